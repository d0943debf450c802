import type { Fix, Rule } from '../types';
import { fromEpochDay, epochDay, isoOf } from '../../derive/timeline/dates';
import { formatDuration } from '../../lex/time/durations';
import { previousOf } from '../../derive/timeline/resolve';
import { quote, resolved } from './shared';

/** A long backwards step read as crossing midnight, with no date to say so. */
export const timelineMidnight: Rule = {
  meta: {
    name: 'timeline-midnight',
    description: 'A long backwards step in the timeline is read as crossing midnight, but no date says so.',
    category: 'timeline',
    defaultSeverity: 'info',
    fixable: true,
    reads: ['times'],
  },
  check(ctx) {
    const tl = resolved(ctx);
    for (const r of tl.timed) {
      const previous = previousOf(tl, r);
      if (r.anomaly !== 'midnight' || !r.point || !previous || r.step === null) continue;
      const d = r.point.date;
      const fixes: Fix[] = [];
      if (d && tl.dated) {
        const next = isoOf(fromEpochDay(epochDay(d) + r.point.dayOffset));
        fixes.push({ title: `Add the date: ${quote(`${next} ${r.entry.timeText}`)}`, edits: [{ range: { start: r.entry.timeRange.start, end: r.entry.timeRange.start }, newText: `${next} ` }] });
      }
      ctx.report({
        range: r.entry.timeRange,
        message: `${quote(r.entry.timeText)} after ${quote(previous.entry.timeText)} is read as the next day (a ${formatDuration(r.step)} step across midnight), but no date says so. Add the date to the entry, or correct the time if it is out of order.`,
        related: [{ range: previous.entry.timeRange, message: `the entry before: ${previous.entry.timeText}` }],
        fixes,
      });
    }
  },
};
