import type { Rule } from '../types';
import { timedCount, timelineAnchor } from './shared';

/**
 * Some entry should say when the incident was resolved: in the usual words ("resolved",
 * "restored") or in others a reader takes the same way ("OUTAGE ENDS", "back to normal",
 * "users could log in again", "site back online").
 */
export const timelineResolution: Rule = {
  meta: {
    name: 'timeline-resolution',
    description: 'No timeline entry says when the incident was resolved.',
    category: 'timeline',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    const { model } = ctx;
    const says = ctx.derived.outcomes;
    if (timedCount(model) < 2) return;
    // An entry as a reader reads it: with its whole first line and the lines under it.
    if (model.timeline.some((_, i) => says.resolvedAsRead(i))) return;
    // `- **Resolution:** the disk was swapped at 10:30 PM`: a line of the timeline without a leading time.
    if (model.untimedEntries.some((_, i) => says.untimedResolved(i))) return;
    const at = timelineAnchor(model, ctx.lines);
    if (!at) return;
    ctx.report({
      range: at,
      message: 'No timeline entry says when the incident was resolved. Add one, e.g. `2:30 PM: Service restored; the incident was resolved.`',
    });
  },
};
