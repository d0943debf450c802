/**
 * Whether a rewrite keeps every word of the text it replaces, in order (it may add words
 * and markup). A word is a run of letters or of digits; case is ignored. Used by fixes that
 * rewrite a line (a section header made a heading) to check the rewrite drops nothing the
 * reader saw; HTML tags, list markers and checkbox markers are markup, not words (a list
 * marker is indented by blanks only: JavaScript's `\s` also takes U+FEFF, which Markdown
 * shows as text). And
 * whether it keeps every inline link, image, reference link and autolink verbatim (a
 * rewrite that splits `[Summary](#summary)` leaves text that no longer renders a link).
 */
const WORD = /[\p{L}\p{M}]+|\p{N}+/gu;

function wordsOf(text: string): string[] {
  const t = text.replace(/<\/?[A-Za-z][^<>\n]*>/g, ' ').replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/gm, ' ').replace(/\[\s*[xX]?\s*\]/g, ' ');
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

const LINK = /!?\[[^\]\n]*\]\([^)\n]*\)|!?\[[^\]\n]*\]\[[^\]\n]*\]|<[A-Za-z][A-Za-z0-9+.-]*:[^<>\s]*>/g;

export function keepsLinks(before: string, after: string): boolean {
  let rest = after;
  for (const m of before.match(LINK) ?? []) {
    const at = rest.indexOf(m);
    if (at < 0) return false;
    rest = rest.slice(0, at) + rest.slice(at + m.length);
  }
  return true;
}
