import type { Rule } from '../types';
import { quote, timedCount } from './shared';

/** An entry without a time in a timeline whose other entries have one. */
export const timelineMissingTime: Rule = {
  meta: {
    name: 'timeline-missing-time',
    description: 'A timeline entry has no time while the other entries have one.',
    category: 'timeline',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    const timed = timedCount(ctx.model);
    const untimed = ctx.model.untimedEntries;
    // Only in a timeline that is mostly timed: a list of prose bullets is not a timeline of times.
    if (timed < 2 || untimed.length > timed) return;
    for (const u of untimed) {
      ctx.report({
        range: u.range,
        message: `The timeline entry ${quote(u.text, 40)} has no time. Start it with the time it happened, e.g. ${quote('14:05 UTC: ...')}, or mark it unknown with ${quote('[??:??]')}.`,
      });
    }
  },
};
