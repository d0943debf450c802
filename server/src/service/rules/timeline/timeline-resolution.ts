import type { Rule } from '../types';
import { saysResolution } from '../../timeline/keywords';
import { timedCount, timelineAnchor } from './shared';

/** Some entry should say when the incident was resolved. */
export const timelineResolution: Rule = {
  meta: {
    name: 'timeline-resolution',
    description: 'No timeline entry says when the incident was resolved.',
    category: 'timeline',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    const { model } = ctx;
    if (timedCount(model) < 2 || model.timeline.some((e) => saysResolution(e.text))) return;
    const at = timelineAnchor(model, ctx.lines);
    if (!at) return;
    ctx.report({
      range: at,
      message: 'No timeline entry says when the incident was resolved. Add one, e.g. `2:30 PM: Service restored; the incident was resolved.`',
    });
  },
};
