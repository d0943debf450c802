import type { Rule } from '../types';
import { quote, timedCount } from './shared';

const RELATIVE = /\b(?:after|afterwards|later|then|next|meanwhile|shortly|soon|subsequently|following|before|within|minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i;

/** An entry without a time in a timeline whose other entries have one. */
export const timelineMissingTime: Rule = {
  meta: {
    name: 'timeline-missing-time',
    description: 'A timeline entry has no time while the other entries have one.',
    category: 'timeline',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['timeline'],
  },
  check(ctx) {
    const timed = timedCount(ctx.model);
    const untimed = ctx.model.untimedEntries;
    // Only in a timeline that is mostly timed: a list of prose bullets is not a timeline of times.
    if (timed < 2 || untimed.length > timed) return;
    const lines = ctx.model.timeline.map((e) => e.line);
    const first = Math.min(...lines);
    const last = Math.max(...lines);
    for (const u of untimed) {
      // A bullet before the first or after the last timed entry often sums up a phase, and one
      // that says "about 10 minutes after" or "then" places itself: commentary as likely as an
      // event, so not a warning.
      const uncertain = u.line < first || u.line > last || RELATIVE.test(u.text);
      ctx.report({
        ...(uncertain ? { uncertain: true } : {}),
        range: u.range,
        message: `The timeline entry ${quote(u.text, 40)} has no time. Start it with the time it happened, e.g. ${quote('14:05 UTC: ...')}, or mark it unknown with ${quote('[??:??]')}.`,
      });
    }
  },
};
