/**
 * What a safe fix must keep (issue 9, item 1), defined precisely:
 *
 * - Links and images: every link, image, link/image reference and link definition of the
 *   original, as Markdown reads it (target and text, or identifier and text), is still
 *   read in the fixed text, as many times (a multiset inclusion: fixes may add markup,
 *   never lose a link).
 * - Words: a word is a maximal run of letters (with their combining marks) or of digits
 *   in the source text. Markup is not words: checkbox markers (`[ ]`, `[x]` and the
 *   malformed `[]`, `[x ]`, `[ x]`), HTML tags (`<strong>`), and a list marker at the start
 *   of a line (`-`, `*`, `1.`, `2)`: a list item made a heading loses its bullet or number). The original's words, compared without case, must be
 *   a subsequence of the fixed text's words: a fix may insert words (a placeholder, a
 *   heading's zone) and markup, but never delete or reorder one. A clock time (`13:20PM`,
 *   `3:AM`, `00:00 AM`) counts as one word whatever its digits and meridiem, so a time fix
 *   may correct a time (`13:20 PM` -> `13:20`, `3:AM` -> `3:00 AM`) but not delete it.
 */
import type { Node, Parent } from 'unist';
import { parseMarkdown } from '../../../server/src/service/parse/markdown';

const CHECKBOX = /\[\s*[xX]?\s*\]/g;
// A clock time has minutes or a meridiem (`30:` at a label's end is none); it may follow a letter.
const CLOCK = /(?<![0-9])\d{1,2}\s?:\s?(?:\d{1,2}(?:\s?[aApP]\.?[mM]\.?)?|\s?[aApP]\.?[mM]\.?)(?![\p{L}\p{N}])/gu;
const WORD = /\u2460|[\p{L}\p{M}]+|\p{N}+/gu;

export function words(text: string): string[] {
  const t = text.replace(/<\/?[A-Za-z][^<>\n]*>/g, ' ').replace(/^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+/gm, ' ').replace(CHECKBOX, ' ');
  return (t.replace(CLOCK, ' \u2460 ').match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** The original's words that are not kept, in order, by the fixed text (empty: nothing lost). */
export function lostWords(before: string, after: string): string[] {
  const a = words(after);
  const lost: string[] = [];
  let j = 0;
  for (const w of words(before)) {
    let k = j;
    while (k < a.length && a[k] !== w) k++;
    if (k < a.length) j = k + 1;
    else lost.push(w);
  }
  return lost;
}

interface MdNode extends Node { value?: string; url?: string; alt?: string | null; identifier?: string; children?: MdNode[] }

function plain(n: MdNode): string {
  if (typeof n.value === 'string') return n.value;
  if (n.type === 'image' || n.type === 'imageReference') return n.alt ?? '';
  return (n.children ?? []).map(plain).join('');
}

function norm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Every link, image, reference and definition Markdown reads in the text, as a string key. */
export function linksOf(text: string): string[] {
  const out: string[] = [];
  const walk = (n: MdNode): void => {
    switch (n.type) {
      case 'link': out.push(`link ${n.url ?? ''} ${norm(plain(n))}`); break;
      case 'image': out.push(`image ${n.url ?? ''} ${norm(n.alt ?? '')}`); break;
      case 'linkReference': out.push(`linkref ${n.identifier ?? ''} ${norm(plain(n))}`); break;
      case 'imageReference': out.push(`imageref ${n.identifier ?? ''} ${norm(n.alt ?? '')}`); break;
      case 'definition': out.push(`definition ${n.identifier ?? ''} ${n.url ?? ''}`); break;
    }
    for (const c of (n as Parent).children ?? []) walk(c as MdNode);
  };
  walk(parseMarkdown(text) as MdNode);
  return out;
}

/** The original's links and images the fixed text no longer reads (multiset difference). */
export function lostLinks(before: string, after: string): string[] {
  const left = new Map<string, number>();
  for (const l of linksOf(after)) left.set(l, (left.get(l) ?? 0) + 1);
  const lost: string[] = [];
  for (const l of linksOf(before)) {
    const n = left.get(l) ?? 0;
    if (n > 0) left.set(l, n - 1);
    else lost.push(l);
  }
  return lost;
}
