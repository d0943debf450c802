import type { Rule } from '../types';
import { missingFieldFix, openTasks, quote } from './shared';

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
      const fix = missingFieldFix(ctx.source, task, OWNER_COLUMN, { label: 'owner', placeholder: 'owner', name: 'owner' });
      ctx.report({
        range: task.textRange,
        message: `The task ${quote(task.text)} has no owner. Name one person or team: \`(owner: @handle)\`.`,
        fixes: [fix],
      });
    }
  },
};
