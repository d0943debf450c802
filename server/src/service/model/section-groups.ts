/**
 * Group labels inside the measures, the tasks and the root cause (`**Monitoring:**` over a
 * few measures, a bold sub-cause): a line that names a group of what the section holds, not a
 * section of its own. Read by model/sections.ts.
 */
import type { DocumentLines } from '../parse/document-lines';
import { isProper, matchHeader, readHeaderText, type HeaderText } from './headers';
import { isBucketLabel } from '../lex/section-names';
import { matchEntryTime } from '../lex/time/entry-time';
import type { ModelSectionKind } from './schema';

/** Kinds whose bare sub-labels are groups of the same kind (`GROUP_MARKUP`: which labels). */
export const GROUPED: ReadonlySet<ModelSectionKind> = new Set(['measures', 'action-items', 'root-cause']);
const GROUP_MARKUP: Record<string, ReadonlySet<string>> = {
  measures: new Set(['bold', 'italic', 'plain', 'list-item']),
  'action-items': new Set(['bold', 'italic', 'plain', 'list-item']),
  // A plain `The sequence was:` in a cause's prose introduces a list; only a bold line stands out.
  'root-cause': new Set(['bold']),
};

// What a label looks like: it opens with emphasis (after a list marker) or ends in a colon.
// Asked of every line of a list of measures or tasks on every keystroke: made once (a regex
// literal is a new object each time it is evaluated). The section reader skips lines of
// neither shape by them (sections.ts).
export const OPENS_WITH_EMPHASIS = /^(?:[-*+•]\s+|\d{1,2}[.)]\s+)?[*_]/;
export const ENDS_IN_COLON = /:\s*[*_]*\s*$/;

/**
 * A line that is a label and nothing else, written to group what follows it: a bold or italic
 * line alone, a short capitalised line ending in a colon, or (in a list) a priority bucket.
 * A list item `- **Monitoring:**` with steps under it is one measure, not a group.
 */
export function groupLabel(lines: DocumentLines, i: number, kind: ModelSectionKind): HeaderText | null {
  const li = lines.at(i);
  if (!li || li.block === 'heading' || li.block === 'html') return null;
  // Most lines of a list are its items: only a line that starts with emphasis or ends with a
  // colon can be a label, which spares them the full header reading (this runs per keystroke).
  if (!OPENS_WITH_EMPHASIS.test(li.content) && !ENDS_IN_COLON.test(li.content)) return null;
  const h = readHeaderText(lines, i);
  if (!h || isProper(h) || h.inlineText !== '' || !GROUP_MARKUP[kind]?.has(h.markup)) return null;
  if (matchEntryTime(h.name) !== null) return null;
  const words = h.name.split(/\s+/);
  if (h.markup === 'list-item') return isBucketLabel(h.name) ? h : null;
  if (/[.!?]$/.test(h.name) || words.length > (h.markup === 'plain' ? 6 : 12)) return null;
  // `To avoid this in future:` leads into a list; a label is written as a name (`Better Alerting:`).
  if (h.markup === 'plain' && (!/:\s*$/.test(li.content) || !words.every((w) => w.length < 4 || /^[^\p{L}]*\p{Lu}/u.test(w)))) return null;
  // Sub-causes are prose under their name; a group of measures or tasks holds several of them
  // (`Better Alerting:` above one line of text is that measure's name, not a group).
  return kind === 'root-cause' || itemsBelow(lines, i) >= 2 ? h : null;
}

/** How many lines that start an item (a list item, or a line starting with a capital) follow a label, up to the next label. */
function itemsBelow(lines: DocumentLines, i: number): number {
  let n = 0;
  for (let k = i + 1; k < Math.min(lines.length, i + 16) && n < 2; k++) {
    const li = lines.at(k);
    if (!li || li.block === 'blank' || li.content === '') continue;
    if (li.block === 'heading' || matchHeader(lines, k)) break;
    const next = readHeaderText(lines, k);
    if (next && next.inlineText === '' && !isProper(next) && ENDS_IN_COLON.test(li.content)) break;
    if (li.listItemStart || /^[^\p{L}]*\p{Lu}/u.test(li.content)) n++;
  }
  return n;
}
