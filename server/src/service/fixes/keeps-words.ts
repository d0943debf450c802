/**
 * Whether a rewrite keeps every word of the text it replaces, in order (it may add words
 * and markup). A word is a run of letters or of digits; case is ignored. Used by fixes that
 * rewrite a line (a section header made a heading) to check the rewrite drops nothing the
 * reader saw; HTML tags, list markers and checkbox markers are markup, not words.
 */
const WORD = /[\p{L}\p{M}]+|\p{N}+/gu;

function wordsOf(text: string): string[] {
  const t = text.replace(/<[^>]*>/g, ' ').replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/gm, ' ').replace(/\[\s*[xX]?\s*\]/g, ' ');
  return (t.match(WORD) ?? []).map((w) => w.toLowerCase());
}

export function keepsWords(before: string, after: string): boolean {
  const a = wordsOf(after);
  let j = 0;
  for (const w of wordsOf(before)) {
    while (j < a.length && a[j] !== w) j++;
    if (j === a.length) return false;
    j++;
  }
  return true;
}
