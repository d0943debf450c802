import { actionability } from '../../derive/coverage/matching';
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
  },
  check(ctx) {
    for (const task of ctx.model.tasks) {
      const a = actionability(task.text);
      if (a.ok || !a.reason) continue;
      ctx.report({ range: task.textRange, message: `The task ${quote(task.text)} ${PROBLEM[a.reason]}. ${REMEDY[a.reason]}` });
    }
  },
};
