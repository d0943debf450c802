import { lineRange } from '../../text';
import type { Rule, Fix } from '../types';
import { appendPoint, openTasks, quote, tableCellRange } from './shared';

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
      const cell = tableCellRange(ctx.source, task, DUE_COLUMN);
      let fix: Fix;
      if (cell) {
        fix = { title: 'Fill in the due date', snippet: true, edits: [{ range: lineRange(cell.line, cell.start, cell.end), newText: cell.empty ? ' ${1:YYYY-MM-DD} ' : '${1:YYYY-MM-DD}' }] };
      } else {
        const at = appendPoint(ctx.source, task);
        // `YYYY-MM-DD` is not a date, so the task stays flagged until it is replaced.
        fix = { title: 'Add a due date', snippet: true, edits: [{ range: { start: at, end: at }, newText: ' (due: ${1:YYYY-MM-DD})' }] };
      }
      ctx.report({
        range: task.textRange,
        message: `The task ${quote(task.text)} has no due date. Add one: \`(due: 2024-06-01)\`.`,
        fixes: [fix],
      });
    }
  },
};
