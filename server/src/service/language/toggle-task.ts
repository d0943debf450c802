/**
 * Ticking a task in the preview: the edit that flips its checkbox (`[ ]` <-> `[x]`; a
 * malformed `[]` becomes well-formed on the way). Null when the line holds no task with a
 * checkbox, so the caller refuses the toggle.
 */
import type { Postmortem } from '../model/schema';
import type { TextEdit } from '../text/source-text';

export function toggleTaskEdit(model: Postmortem, line: number): { edit: TextEdit; checked: boolean } | null {
  const task = model.tasks.find((t) => t.line === line);
  if (!task?.checkbox) return null;
  const checked = !task.checkbox.checked;
  return { edit: { range: task.checkbox.range, newText: checked ? '[x]' : '[ ]' }, checked };
}
