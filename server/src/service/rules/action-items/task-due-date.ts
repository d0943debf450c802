import type { Rule } from '../types';
import { dueExample } from './due-example';
import { DUE_FIELD, missingFieldsFix, openTasks, quote } from './shared';

/**
 * A task without a date has no commitment behind it. Done tasks are not reported, nor tasks
 * without an owner while task-owner is on: its finding names the missing date too.
 */
export const taskDueDate: Rule = {
  meta: {
    name: 'task-due-date',
    description: 'A task has no due date (`due 2024-06-01`, `by June 1`, or a Due column); said by task-owner when the owner is missing too.',
    category: 'action-items',
    defaultSeverity: 'info',
    fixable: true,
    reads: ['items', 'times'],
  },
  check(ctx) {
    const ownerSays = ctx.config.rules['task-owner'] !== 'off';
    const example = dueExample(ctx.model);
    for (const task of openTasks(ctx.model.tasks)) {
      if (task.due || (ownerSays && !task.owner)) continue;
      ctx.report({
        range: task.textRange,
        message: `No due date for ${quote(task.text, 40)}: add \`(due: ${example})\`.`,
        fixes: [missingFieldsFix(ctx.source, task, [DUE_FIELD])],
      });
    }
  },
};
