import type { Rule } from '../types';
import { quote } from './shared';

/** `3:AM`, `23:59 PM`, `13:20PM`: meant as a time but malformed. */
export const timelineTimeFormat: Rule = {
  meta: {
    name: 'timeline-time-format',
    description: 'A timeline time is malformed: `3:AM`, `23:59 PM`, `13:20PM`.',
    category: 'timeline',
    defaultSeverity: 'error',
    fixable: true,
    reads: ['times'],
  },
  check(ctx) {
    for (const e of ctx.model.timeline) {
      if (e.status !== 'malformed') continue;
      const fix = e.suggestion;
      ctx.report({
        range: e.timeRange,
        message: `${quote(e.timeText)} is not a valid time: ${e.problem ?? 'it cannot be read'}. ${fix ? `Write ${quote(fix)}.` : 'Correct it, e.g. `3:00 AM` or `15:00`.'}`,
        fixes: fix ? [{ title: `Write ${quote(fix)}`, edits: [{ range: e.timeRange, newText: fix }], safe: true, preferred: true }] : [],
      });
    }
  },
};
