/**
 * An item written as a title and its description: `Review the proxy settings:` on one line
 * and what to do on the next, or `- **Alerting:**` with one nested bullet saying what. A
 * person reads one measure there, at the title, not a label introducing a list of one. A
 * title with several lines or bullets under it is a group label instead, and an intro
 * ("We will take the following steps:") is a sentence, not a title.
 */
import type { DocumentLines } from '../../parse/document-lines';

const MAX_TITLE_WORDS = 6;
const INTRO_WORDS = /\b(?:following|below|these|we|our|will|are|is|include|includes|including)\b/i;

function titleText(content: string): string | null {
  const t = content.replace(/<[^>]*>/g, '').replace(/[*_`]/g, '').trim();
  if (!/:\s*$/.test(t)) return null;
  const name = t.replace(/:\s*$/, '').trim();
  if (name === '' || name.split(/\s+/).length > MAX_TITLE_WORDS || INTRO_WORDS.test(name)) return null;
  return name;
}

/**
 * When line `i` is the title of an item whose description follows, the description's last
 * line; null otherwise. `to` bounds the search (the end of the region).
 */
export function titledItemEnd(lines: DocumentLines, i: number, to: number): number | null {
  const li = lines.at(i);
  if (!li || titleText(li.content) === null) return null;
  if (li.listItemStart) {
    // `- **Alerting:**` with its description on the next line of the same item (a lazy
    // continuation, no blank between): one measure, titled.
    const next = lines.at(i + 1);
    if (next && i + 1 < to && next.block === 'paragraph' && !next.listItemStart && next.listDepth === li.listDepth && next.content !== '' && titleText(next.content) === null) {
      let end = i + 1;
      while (end + 1 < to && lines.at(end + 1)?.block === 'paragraph' && !lines.at(end + 1)?.listItemStart && lines.at(end + 1)?.listDepth === li.listDepth) end++;
      return end;
    }
    let children = 0;
    let end = i;
    for (let k = i + 1; k < to; k++) {
      const lk = lines.at(k);
      if (!lk) break;
      if (lk.block === 'blank') continue;
      if (lk.listDepth <= li.listDepth) break;
      if (lk.listItemStart) children++;
      end = k;
    }
    return children === 1 ? end : null;
  }
  if (li.block !== 'paragraph' || li.listDepth > 0) return null;
  // The description: the rest of the title's paragraph, or the next paragraph after a blank.
  let k = i + 1;
  if (lines.at(k)?.block === 'blank') k++;
  const first = lines.at(k);
  if (k >= to || !first || first.block !== 'paragraph' || first.listItemStart || first.listDepth > 0) return null;
  let end = k;
  while (end + 1 < to && lines.at(end + 1)?.block === 'paragraph' && !lines.at(end + 1)?.listItemStart) {
    // A second title in the same paragraph means these are labels of one-line items, not a description.
    if (titleText(lines.at(end + 1)?.content ?? '') !== null) return null;
    end++;
  }
  return end - k === 0 ? end : null;
}
