import { lineRange } from '../../text';
import type { Rule, Fix } from '../types';
import { appendPoint, openTasks, quote, tableCellRange } from './shared';

const OWNER_COLUMN = /^(?:owners?|owner role|who|assignee|assigned to|responsible|dri|lead)$/;

/** A task nobody owns tends not to get done. Done tasks are not reported. */
export const taskOwner: Rule = {
  meta: {
    name: 'task-owner',
    description: 'A task has no owner (`@handle`, `Owner: Name`, or an Owner column).',
    category: 'action-items',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check(ctx) {
    for (const task of openTasks(ctx.model.tasks)) {
      if (task.owner) continue;
      const cell = tableCellRange(ctx.source, task, OWNER_COLUMN);
      let fix: Fix;
      if (cell) {
        fix = { title: 'Fill in the owner', snippet: true, edits: [{ range: lineRange(cell.line, cell.start, cell.end), newText: cell.empty ? ' ${1:owner} ' : '${1:owner}' }] };
      } else {
        const at = appendPoint(ctx.source, task);
        // `owner` alone is read as a placeholder, so the task stays flagged until it is replaced.
        fix = { title: 'Add an owner', snippet: true, edits: [{ range: { start: at, end: at }, newText: ' (owner: ${1:owner})' }] };
      }
      ctx.report({
        range: task.textRange,
        message: `The task ${quote(task.text)} has no owner. Name one person or team: \`(owner: @handle)\`.`,
        fixes: [fix],
      });
    }
  },
};
