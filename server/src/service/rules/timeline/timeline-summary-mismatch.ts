import type { Rule } from '../types';
import { formatDuration } from '../../lex/time/durations';
import { quote, resolved } from './shared';
import type { ResolvedEntry, ResolvedPoint } from '../../derive/timeline/types';

/**
 * True when an entry sits at the instant, or 12 hours off it while the entry writes no
 * meridiem (`07:30` in a timeline whose summary says `07:30 pm`): the same time written
 * without AM/PM, not a disagreement.
 */
function agrees(r: ResolvedEntry, p: ResolvedPoint): boolean {
  if (!r.point) return false;
  const d = r.point.instant - p.instant;
  if (Math.abs(d) <= SLACK) return true;
  // A zone named in words no zone table knows ("West African Time") is placed at UTC: then
  // only the clocks as written can be compared.
  if (unknownZone(r.point) !== unknownZone(p) && Math.abs(r.point.localMinutes - p.localMinutes) <= SLACK) return true;
  return r.entry.meridiem === null && r.point.localMinutes < 780 && Math.abs(Math.abs(d) - 720) <= SLACK;
}

function unknownZone(p: ResolvedPoint): boolean {
  return p.zone !== null && p.zone.info === null;
}

/** Minutes the timeline may start after the summary's start, or end off the summary's end. */
export const SLACK = 30;
/** Entries this long before the start (the triggering deploy, the lead-up) are fine. */
export const LEAD_UP = 24 * 60;

/** The summary's start or end should agree with the timeline. */
export const timelineSummaryMismatch: Rule = {
  meta: {
    name: 'timeline-summary-mismatch',
    description: 'The summary\'s start or end disagrees with the timeline.',
    category: 'timeline',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    const tl = resolved(ctx);
    const s = ctx.model.summary;
    const first = tl.timed[0];
    const last = tl.timed[tl.timed.length - 1];
    if (!first?.point || !last?.point) return;
    // A timeline of one timed entry states no span to disagree with; one that opens with the
    // detection after the summary's start shows the detection lag, not another start.
    const opensWithDetection = ctx.derived.outcomes.detection(first.index);
    if (tl.summaryStart && s.start && tl.timed.length >= 2) {
      const sp = tl.summaryStart;
      const gap = first.point.instant - sp.instant;
      if ((gap < -LEAD_UP || (gap > SLACK && !opensWithDetection)) && !tl.timed.some((r) => agrees(r, sp))) {
        ctx.report({
          range: s.start.range,
          message: `The summary says the incident started at ${quote(s.start.text)}, but the timeline's first entry is ${quote(first.entry.timeText)} (${formatDuration(Math.abs(gap))} ${gap > 0 ? 'later' : 'earlier'}). Correct the summary, or add the start to the timeline.`,
          related: [{ range: first.entry.timeRange, message: 'the first timeline entry' }],
        });
      }
    }
    if (tl.summaryEnd && s.end && tl.timed.length >= 2) {
      const ep = tl.summaryEnd;
      const end = ep.instant;
      const resolution = tl.timed.find((r) => ctx.derived.outcomes.resolution(r.index));
      const ref = resolution?.point ? resolution : null;
      // A timeline that stops before the summary's end, with no entry saying the incident
      // was resolved, is incomplete rather than contradicting (timeline-resolution says so).
      const diff = ref?.point ? ref.point.instant - end : 0;
      const wrong = ref !== null && Math.abs(diff) > SLACK && !tl.timed.some((r) => agrees(r, ep));
      if (wrong) {
        const other = ref ?? last;
        ctx.report({
          range: s.end.range,
          message: `The summary says the incident ended at ${quote(s.end.text)}, but the timeline ${ref ? 'resolves it' : 'ends'} at ${quote(other.entry.timeText)} (${formatDuration(Math.abs(diff))} ${diff > 0 ? 'later' : 'earlier'}). Correct the summary or the timeline.`,
          related: [{ range: other.entry.timeRange, message: ref ? 'the resolution entry' : 'the last timeline entry' }],
        });
      }
    }
  },
};
