import { actionability } from '../../derive/coverage/matching';
import { opensWithNonVerb } from '../../lex/items/actionability';
import type { Rule } from '../types';
import { quote } from './shared';

const REMEDY = {
  'no-verb': 'Start it with what to do (`Add ...`, `Write ...`, `Migrate ...`).',
  vague: 'Say what will be done, so that someone can finish it and close it.',
  'past-tense': 'Write what is still to do; move what was done to the resolution or timeline.',
} as const;

const PROBLEM = {
  'no-verb': 'is not written as an action',
  vague: 'is vague: it promises to look at something, not to do something',
  'past-tense': 'is written as already done',
} as const;

export const taskActionable: Rule = {
  meta: {
    name: 'task-actionable',
    description: 'A task is not an action: no leading verb, vague ("Investigate ..."), or written as already done ("Tried to ...").',
    category: 'action-items',
    defaultSeverity: 'info',
    fixable: false,
    reads: ['items'],
  },
  check(ctx) {
    for (const task of ctx.model.tasks) {
      const a = actionability(task.text);
      if (a.ok || !a.reason) continue;
      // "Not an action" only when the opening is plainly no verb: an unknown verb is no evidence.
      if (a.reason === 'no-verb' && !opensWithNonVerb(task.text)) continue;
      ctx.report({ range: task.textRange, message: `The task ${quote(task.text)} ${PROBLEM[a.reason]}. ${REMEDY[a.reason]}` });
    }
  },
};
