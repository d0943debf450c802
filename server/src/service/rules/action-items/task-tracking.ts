import type { Rule } from '../types';
import { openTasks, quote } from './shared';

/** Off by default: many teams track follow-ups in the document itself. */
export const taskTracking: Rule = {
  meta: {
    name: 'task-tracking',
    description: 'A task has no ticket or link (`JIRA-123`, `#123`, a URL, or a Ticket column).',
    category: 'action-items',
    defaultSeverity: 'off',
    fixable: false,
    reads: ['items'],
  },
  check(ctx) {
    for (const task of openTasks(ctx.model.tasks)) {
      if (task.tracking) continue;
      ctx.report({
        range: task.textRange,
        message: `The task ${quote(task.text)} has no ticket or link. Link the issue that tracks it (\`OPS-123\`, \`#123\` or a URL).`,
      });
    }
  },
};
