/**
 * Facts written as headings: `# Date:` with `April 11, 2024` on the next line, `# Duration:`
 * over `4 hours`, `# Prepared by:` over a name. Each is a label and its value, not a section,
 * when it comes in a run of such headings (three or more, one short line under each, most
 * of them naming no section): the writer used heading markup for a form's fields. A single
 * `## Impact:` over one line is still the impact section.
 */
import type { DocumentLines } from '../parse/document-lines';
import { classifySectionName } from '../lex/section-names';

const VALUE_MAX = 90;

/** `# Date 📅:` over one short line and then the next heading: the heading's name, or null. */
function fieldLike(lines: DocumentLines, i: number): { name: string; next: number } | null {
  const li = lines.at(i);
  if (!li || li.block !== 'heading') return null;
  const text = li.content.replace(/^#{1,6}\s*/, '').replace(/[^\p{L}\p{N}:)]+$/u, '');
  if (!text.endsWith(':')) return null;
  let k = i + 1;
  while (lines.at(k)?.block === 'blank') k++;
  const value = lines.at(k);
  if (!value || value.block === 'heading' || value.content.length > VALUE_MAX) return null;
  let n = k + 1;
  while (lines.at(n)?.block === 'blank') n++;
  if (n < lines.length && lines.at(n)?.block !== 'heading') return null;
  return { name: text.slice(0, -1), next: n };
}

/** The heading at `i` is one of a run of field headings. */
export function isFieldHeading(lines: DocumentLines, i: number): boolean {
  const me = fieldLike(lines, i);
  if (!me) return false;
  // The run: field-like headings back to back, each the next heading after the one before.
  const run: string[] = [me.name];
  for (let f = fieldLike(lines, me.next); f && run.length < 64; f = fieldLike(lines, f.next)) run.push(f.name);
  for (let at = i; run.length < 64; ) {
    let h = at - 1;
    while (h >= 0 && lines.at(h)?.block !== 'heading') h--;
    const f = h >= 0 ? fieldLike(lines, h) : null;
    if (!f || f.next !== at) break;
    run.unshift(f.name);
    at = h;
  }
  if (run.length < 3) return false;
  const unnamed = run.filter((name) => classifySectionName(name).length === 0).length;
  return unnamed * 2 > run.length;
}
