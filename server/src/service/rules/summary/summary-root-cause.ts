import type { Rule } from '../types';
import { summaryAnchor } from '../timeline/shared';

/** A good summary states the root cause in one sentence. */
export const summaryRootCause: Rule = {
  meta: {
    name: 'summary-root-cause',
    description: 'The summary does not state the root cause.',
    category: 'summary',
    defaultSeverity: 'info',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    if (ctx.model.summary.rootCause) return;
    const at = summaryAnchor(ctx.model, ctx.lines);
    if (!at) return;
    ctx.report({
      range: at,
      message: 'The summary does not state the root cause. Add one sentence, e.g. `The root cause was an overloaded database server.`',
    });
  },
};
