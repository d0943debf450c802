import type { Rule } from '../types';
import { timedCount, timelineAnchor } from './shared';

/** Some entry should say how the incident was detected. */
export const timelineDetection: Rule = {
  meta: {
    name: 'timeline-detection',
    description: 'No timeline entry says how the incident was detected.',
    category: 'timeline',
    defaultSeverity: 'info',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    const { model } = ctx;
    if (timedCount(model) < 2 || model.timeline.some((_, i) => ctx.derived.outcomes.detection(i))) return;
    const at = timelineAnchor(model, ctx.lines);
    if (!at) return;
    ctx.report({
      range: at,
      message: 'No timeline entry says how the incident was detected. Add one, e.g. `12:30 PM: Monitoring alerted the on-call engineer.`',
    });
  },
};
