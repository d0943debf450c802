import type { Rule } from '../types';
import { formatDuration } from '../../lex/time/durations';
import { proseDuration } from '../../derive/timeline/format';
import { quote, resolved } from '../timeline/shared';
import { wholeToken } from './date-mismatch';

/** Minutes of disagreement tolerated: "about 2 hours" for 2h 4m is fine. */
const TOLERANCE = 5;

/** A stated duration should match the stated start and end. */
export const durationMismatch: Rule = {
  meta: {
    name: 'duration-mismatch',
    description: 'A stated duration disagrees with the stated start and end.',
    category: 'summary',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['timeline'],
  },
  check(ctx) {
    const s = ctx.model.summary;
    if (!s.duration || !s.start || !s.end) return;
    const tl = resolved(ctx);
    if (!tl.summaryStart || !tl.summaryEnd) return;
    const computed = tl.summaryEnd.instant - tl.summaryStart.instant;
    if (computed < 0 || Math.abs(computed - s.duration.minutes) <= TOLERANCE) return;
    const glued = /^\d+(?:\.\d+)?[a-z]/i.test(s.duration.text);
    const newText = glued ? formatDuration(computed).replace(/ /g, '') : proseDuration(computed);
    ctx.report({
      range: s.duration.range,
      message: `The summary says the incident lasted ${quote(s.duration.text)}, but ${quote(s.start.text)} to ${quote(s.end.text)} is ${formatDuration(computed)}. Correct the duration or the times.`,
      related: [{ range: s.start.range, message: 'start' }, { range: s.end.range, message: 'end' }],
      // No fix inside a longer token (`12 minutes2`): it would keep the rest of the word.
      fixes: wholeToken(ctx, s.duration.range) ? [{ title: `Replace with ${quote(newText)}`, edits: [{ range: s.duration.range, newText }] }] : [],
    });
  },
};
