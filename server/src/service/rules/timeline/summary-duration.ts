import type { Rule } from '../types';
import { quote, summaryAnchor } from './shared';

/** The summary should say when the incident started and ended, or how long it lasted. */
export const summaryDuration: Rule = {
  meta: {
    name: 'summary-duration',
    description: 'The summary gives no start and end time (or no duration) for the incident.',
    category: 'summary',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    const s = ctx.model.summary;
    if ((s.start && s.end) || s.duration) return;
    const at = summaryAnchor(ctx.model, ctx.lines);
    if (!at) return;
    const what = s.start
      ? `gives the start ${quote(s.start.text)} but no end or duration`
      : s.end ? `gives the end ${quote(s.end.text)} but no start or duration` : 'gives no start, end or duration';
    ctx.report({
      range: s.start?.range ?? s.end?.range ?? at,
      message: `The summary ${what} for the incident. State both ends with a zone, e.g. ${quote('from 12:30 PM to 2:30 PM EST')}, or how long it lasted.`,
    });
  },
};
