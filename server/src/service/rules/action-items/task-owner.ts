import type { Rule } from '../types';
import { dueExample } from './due-example';
import { DUE_FIELD, missingFieldsFix, openTasks, OWNER_FIELD, quote } from './shared';
import { settledTasks } from './settled';
import { secondVersionLine } from '../structure/section-duplicate';
import { OWNER_COLUMN } from '../../lex/items/owner';
import { inSlotSection } from '../structure/template';
import type { Item } from '../../model/schema';

/** The text of a task row's Owner cell when it holds a stand-in (`TBD`, `?`), else null. */
function ownerStandIn(task: Item): string | null {
  for (const [name, value] of Object.entries(task.cells ?? {})) {
    const v = value.replace(/[*_`]/g, '').trim();
    if (v !== '' && OWNER_COLUMN.test(name.trim().toLowerCase())) return v;
  }
  return null;
}

// An item that is only a link (`[#97](...)`, a bare URL): what it asks and who owns it live in the tracker.
const BARE_LINK = /^\W*(?:\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+?>?|#\d+)\W*$/;

/**
 * A task nobody owns tends not to get done. Done tasks are not reported. When the task has
 * no due date either (and task-due-date is on), this one finding says both and its one fix
 * adds both: task-due-date stays silent on that task, so a bare task gets one finding, not
 * two. Turning either rule off in `.postmortemrc.json` keeps the other reporting its field.
 * A task its list calls done ("the following measures have been implemented:"), one written
 * as done ("has been re-enabled"), one that is only a link, one under a lead-in naming a
 * generic doer ("the team should:") and one in a second version of the postmortem (see
 * section-duplicate) are reported below a warning:
 * whether it is still open, or owned in the tracker, is a guess.
 */
export const taskOwner: Rule = {
  meta: {
    name: 'task-owner',
    description: 'A task has no owner (`@handle`, `Owner: Name`, or an Owner column); it also names a missing due date.',
    category: 'action-items',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['items', 'times'],
  },
  check(ctx) {
    const withDue = ctx.config.rules['task-due-date'] !== 'off';
    const example = dueExample(ctx.model);
    const settled = settledTasks(ctx.model, ctx.lines);
    // Tasks of a second version of the postmortem (a retelling) repeat the first one's.
    const copyFrom = secondVersionLine(ctx.model);
    const slot = inSlotSection(ctx.model, ctx.lines, ctx.source);
    for (const task of openTasks(ctx.model.tasks)) {
      if (task.owner) continue;
      const both = withDue && !task.due;
      const standIn = ownerStandIn(task);
      const cell = standIn !== null ? ` (its Owner cell says ${quote(standIn, 20)})` : '';
      ctx.report({
        range: task.textRange,
        message: both
          ? `No owner or due date for ${quote(task.text, 40)}${cell}: add \`(owner: @handle, due: ${example})\`.`
          : `No owner for ${quote(task.text, 40)}${cell}: add \`(owner: @handle)\`.`,
        fixes: [missingFieldsFix(ctx.source, task, both ? [OWNER_FIELD, DUE_FIELD] : [OWNER_FIELD])],
        // A question (`what can we do better next time?`) asks for the task; it is not one yet.
        ...(settled.has(task) || BARE_LINK.test(task.text) || /\?\s*[*_]*\s*$/.test(task.text) || (copyFrom !== null && task.line > copyFrom) || slot(task.line) ? { uncertain: true } : {}),
      });
    }
  },
};
