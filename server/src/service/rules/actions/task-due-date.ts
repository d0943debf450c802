import type { Rule } from '../types';
import { missingFieldFix, openTasks, quote } from './shared';

const DUE_COLUMN = /^(?:due|due date|due by|deadline|target|target date|eta|when|by when|date due)$/;

/** A task without a date has no commitment behind it. Done tasks are not reported. */
export const taskDueDate: Rule = {
  meta: {
    name: 'task-due-date',
    description: 'A task has no due date (`due 2024-06-01`, `by June 1`, or a Due column).',
    category: 'action-items',
    defaultSeverity: 'info',
    fixable: true,
  },
  check(ctx) {
    for (const task of openTasks(ctx.model.tasks)) {
      if (task.due) continue;
      const fix = missingFieldFix(ctx.source, task, DUE_COLUMN, { label: 'due', placeholder: 'YYYY-MM-DD', name: 'due date' });
      ctx.report({
        range: task.textRange,
        message: `The task ${quote(task.text)} has no due date. Add one: \`(due: 2024-06-01)\`.`,
        fixes: [fix],
      });
    }
  },
};
