import type { Fix, Rule } from '../types';
import { sortTimelineEdit } from '../fixes/timeline-sort';
import { pointText, usesTwelveHour } from '../../derive/timeline/format';
import { previousOf } from '../../derive/timeline/resolve';
import { quote, resolved } from './shared';

/** An entry earlier than the one before it, after dates, zones and midnight are accounted for. */
export const timelineOrder: Rule = {
  meta: {
    name: 'timeline-order',
    description: 'A timeline entry is earlier than the one before it, after dates, zones and midnight are accounted for.',
    category: 'timeline',
    defaultSeverity: 'error',
    fixable: true,
    reads: ['document'],
  },
  check(ctx) {
    const tl = resolved(ctx);
    const bad = tl.timed.filter((r) => r.anomaly === 'order');
    if (bad.length === 0) return;
    const edit = sortTimelineEdit(ctx.model, tl, ctx.lines, ctx.source, ctx.config);
    const fixes: Fix[] = edit ? [{ title: 'Sort the timeline (keeps every line as written)', edits: [edit], preferred: true }] : [];
    const twelve = usesTwelveHour(ctx.model.timeline);
    for (const r of bad) {
      const prev = previousOf(tl, r);
      if (!prev?.point || !r.point) continue;
      const zoned = r.point.zone?.text !== prev.point.zone?.text;
      const detail = zoned ? ` (${pointText(r.point, twelve)} is before ${pointText(prev.point, twelve)})` : '';
      ctx.report({
        range: r.entry.timeRange,
        message: `${quote(r.entry.timeText)} comes after ${quote(prev.entry.timeText)} but is earlier${detail}: the timeline is out of order. ${edit ? 'Sort the timeline' : 'Move the entry to its place'}, or correct the time.`,
        related: [{ range: prev.entry.timeRange, message: `the entry before: ${prev.entry.timeText}` }],
        fixes,
      });
    }
  },
};
