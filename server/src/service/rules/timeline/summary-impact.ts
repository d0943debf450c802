import type { Rule } from '../types';
import { summaryAnchor } from './shared';

/** The summary should quantify the impact: a share, a count, or the affected service. */
export const summaryImpact: Rule = {
  meta: {
    name: 'summary-impact',
    description: 'The summary gives no quantified impact (a share of users, a count, or the affected service).',
    category: 'summary',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    if (ctx.model.summary.impact) return;
    const at = summaryAnchor(ctx.model, ctx.lines);
    if (!at) return;
    ctx.report({
      range: at,
      message: 'The summary does not say who or what was affected. Quantify the impact, e.g. `25% of users saw errors` or `1,200 orders were delayed`, and name the service.',
    });
  },
};
