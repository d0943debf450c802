/**
 * The kind an item's own leading label names: `**Tasks**: audit the servers` is a task,
 * `**Improvements:** train the staff` a measure, as the writer says. Only a label that names
 * exactly one of the two counts (`**Monitoring**: ...` names neither).
 */
import { classifySectionName } from '../section-names';

// `**Tasks**: ...`, `**Tasks:** ...`, `_Tasks_: ...`, `Tasks: ...`, with text after the colon.
const LABEL = /^(\*\*|__|\*|_)?([A-Za-z][A-Za-z /&-]{1,40}?)\1?\s*:\s*\1?\s*(?=\S)/;

export function itemLabelKind(text: string): 'measures' | 'action-items' | null {
  const m = LABEL.exec(text);
  if (!m || !/[\p{L}\p{N}]/u.test(text.slice(m[0].length))) return null;
  const kinds = classifySectionName(m[2] ?? '');
  if (kinds.length !== 1) return null;
  const k = kinds[0];
  return k === 'measures' || k === 'action-items' ? k : null;
}
