import type { Rule, RuleContext } from '../types';
import { formatDuration } from '../../lex/time/durations';
import { quote, resolved } from './shared';
import type { ResolvedEntry, ResolvedPoint } from '../../derive/timeline/types';
import type { TimelineEntry } from '../../model/schema';
import { findTimes } from '../../lex/time/ranges';
import { isoDate } from '../../lex/time/dates';
import { saysDetection, saysMitigation } from '../../derive/timeline/keywords';
import { AFTERMATH, delta, entryBody, entryWords, markedStart, resolutionEntry, restores } from './moments';
import { MomentIndex, shifted12 } from './near';

/** Minutes the timeline may start after the summary's start, or end off the summary's end. */
export const SLACK = 30;
/** Entries this long before the start (the triggering deploy, the lead-up) are fine. */
export const LEAD_UP = 24 * 60;
/** Minutes within which two times are the same moment written twice. */
const SAME = 2;
/** Minutes off an explicit resolution entry below which a summary's end is only rounded. */
const ROUNDED = 5;

/**
 * The same clock time on another date: the dates disagree (date-mismatch says so), not the
 * times. Reporting "82 days earlier" here would say the date gap twice, as a time.
 */
function dateOnly(r: ResolvedEntry, p: ResolvedPoint): boolean {
  return r.point !== null && Math.abs(r.point.localMinutes - p.localMinutes) <= SLACK && Math.abs(r.point.instant - p.instant) >= 12 * 60;
}

/** The entry (or, for a time standing alone, the lines under it) says the incident was detected, and no action was taken. */
function detects(ctx: RuleContext, r: ResolvedEntry): boolean {
  if (r.entry.text.trim() !== '') return ctx.derived.outcomes.detection(r.index) && !ctx.derived.outcomes.mitigation(r.index);
  const body = entryBody(ctx, r);
  return saysDetection(body) && !saysMitigation(body);
}

/** Some entry's line writes the summary's clock time after its own (`1:30PM-1:40PM:`, a range ending there). */
function rangeEndsAt(ctx: RuleContext, timed: readonly ResolvedEntry[], p: ResolvedPoint): boolean {
  return timed.some((r) => findTimes(ctx.lines.at(r.entry.line)?.content ?? '').slice(1).some((t) => t.hour !== null && t.minute !== null && Math.abs(t.hour * 60 + t.minute - p.localMinutes) <= ROUNDED));
}

/**
 * The first entry marking the start: `markedStart`, entry by entry, each entry's answer kept
 * from the last run with the texts it read. An entry the edit did not touch is the same
 * object in the next version, on the same line with the same line view, and is not read
 * again (7,000 entries read per keystroke cost 4 ms). One document's answers are kept.
 */
let lastMarks: { entries: TimelineEntry[]; contents: (string | undefined)[]; marks: boolean[] } | null = null;

function firstMarked(ctx: RuleContext, timed: readonly ResolvedEntry[]): ResolvedEntry | undefined {
  // Updated in place where an entry differs (three new lists of 7,000 a keystroke were most
  // of this walk's cost); only read here.
  const kept = (lastMarks ??= { entries: [], contents: [], marks: [] });
  let found: ResolvedEntry | undefined;
  let i = 0;
  for (; i < timed.length && !found; i++) {
    const r = timed[i] as ResolvedEntry;
    const content = ctx.lines.at(r.entry.line)?.content;
    let m: boolean;
    if (kept.entries[i] === r.entry && kept.contents[i] === content) m = kept.marks[i] === true;
    else {
      m = markedStart(ctx, [r]) !== undefined;
      kept.entries[i] = r.entry;
      kept.contents[i] = content;
      kept.marks[i] = m;
    }
    if (m) found = r;
  }
  // The entries read (up to the first marking one): a later run compares index by index.
  kept.entries.length = kept.contents.length = kept.marks.length = i;
  return found;
}

/** Both points carry a zone with a known offset, and the offsets differ by an hour or more. */
function otherZone(a: ResolvedPoint, b: ResolvedPoint): boolean {
  const x = a.zone?.info?.offsetMinutes;
  const y = b.zone?.info?.offsetMinutes;
  return x !== null && x !== undefined && y !== null && y !== undefined && Math.abs(x - y) >= 60;
}

/** The first entry at `p`'s clock time (within SAME), written with a zone an hour or more off `p`'s. */
function sameClockOtherZone(near: MomentIndex, p: ResolvedPoint): ResolvedEntry | undefined {
  return near.firstAtClock(p, SAME, (r) => r.point !== null && r.entry.zone !== null && Math.abs(r.point.localMinutes - p.localMinutes) <= SAME && otherZone(r.point, p));
}

/**
 * The summary's start and end are both clock times of the timeline, written there in
 * another zone (`02:15 EAT` in the summary, `02:15 UTC` in the timeline): one of the two
 * zones is wrong, and every comparison of instants would only repeat that.
 */
function sameClocksOtherZone(near: MomentIndex, sp: ResolvedPoint, ep: ResolvedPoint): { start: ResolvedEntry; end: ResolvedEntry } | undefined {
  const start = sameClockOtherZone(near, sp);
  const end = sameClockOtherZone(near, ep);
  if (!start || !end || start === end || near.someAgreeing(sp, SAME) || near.someAgreeing(ep, SAME)) return undefined;
  return { start, end };
}

/**
 * One end of the summary is the clock time of an entry written in a zone no other entry
 * uses, while the others are in the summary's zone (`01:00 PM UTC` closing a WAT timeline
 * whose summary ends at `1:00 PM WAT`): the entry's zone is a slip.
 */
function loneZoneAt(timed: readonly ResolvedEntry[], near: MomentIndex, p: ResolvedPoint): ResolvedEntry | undefined {
  const z = (r: ResolvedEntry): string => r.entry.zone?.text.toUpperCase() ?? '';
  const mine = p.zone?.text.toUpperCase();
  if (!mine) return undefined;
  const hit = sameClockOtherZone(near, p);
  if (!hit || near.someAgreeing(p, SAME)) return undefined;
  const others = timed.filter((r) => r !== hit && r.entry.zone !== null);
  return others.length >= 2 && others.every((r) => z(r) === mine) && !others.some((r) => z(r) === z(hit)) ? hit : undefined;
}

/**
 * The dates of two moments on different days, to write beside their clocks (`7:30 PM` on
 * 2023-08-08 against `8:30 PM` on 2023-08-05): a gap of days shown as clocks alone reads as
 * a slip of hours. Empty when they are on one day or a date is not known.
 */
function onDays(a: ResolvedPoint, b: ResolvedPoint): [string, string] {
  if (!a.date || !b.date || isoDate(a.date) === isoDate(b.date)) return ['', ''];
  return [` on ${isoDate(a.date)}`, ` on ${isoDate(b.date)}`];
}

function apart(d: number): string {
  return `${formatDuration(Math.abs(d))} ${d > 0 ? 'later' : 'earlier'}`;
}

/**
 * The summary's start or end should agree with the timeline. Where the timeline marks the
 * moment itself (an entry saying `Outage begins`, or the first saying the service was
 * restored), that entry is what the summary is compared with; else the first entry. A
 * disagreement beyond half an hour is a warning. One that rests on a reading of intent is
 * said below a warning: a summary that ends at the incident's closing while the timeline has
 * the service restored earlier (the summary may mean the incident, not the outage), a few
 * minutes off an explicit entry, a detection the timeline places before the summary's start,
 * and times the timeline writes without AM/PM that the summary places in the afternoon.
 */
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
    const timed = tl.timed;
    const first = timed[0];
    const last = timed[timed.length - 1];
    // A timeline of one timed entry states no span to disagree with.
    if (!first?.point || !last?.point || timed.length < 2) return;
    const outcomes = ctx.derived.outcomes;
    // Both of the summary's times in the afternoon, and the timeline's first and last written
    // without AM/PM twelve hours off them: the timeline reads as the morning.
    const sp0 = tl.summaryStart;
    const ep0 = tl.summaryEnd;
    const near = new MomentIndex(timed);
    const direct = (p: ResolvedPoint): boolean => near.someAgreeing(p, SAME, (x) => !shifted12(x, p, SAME));
    const morningStart = sp0 && ep0 ? near.firstShifted(sp0, SAME) : undefined;
    const morningEnd = sp0 && ep0 ? near.firstShifted(ep0, SAME) : undefined;
    if (sp0 && ep0 && s.start && morningStart && morningEnd && !direct(sp0) && !direct(ep0)) {
      ctx.report({
        range: morningStart.entry.timeRange,
        message: `${quote(morningStart.entry.timeText)} has no AM or PM, and the summary says ${quote(s.start.text)}: a reader takes the timeline's times for the morning. Write them with PM or in 24-hour form.`,
        related: [{ range: s.start.range, message: 'the summary\'s time' }],
        uncertain: true,
      });
    }

    const slip = sp0 && ep0 && s.start && s.end ? sameClocksOtherZone(near, sp0, ep0) : undefined;
    if (slip && s.start && s.end) {
      const zone = slip.start.entry.zone;
      ctx.report({
        range: zone?.range ?? slip.start.entry.timeRange,
        message: `The summary's ${quote(s.start.text)} to ${quote(s.end.text)}${s.start.zone ? ` ${s.start.zone}` : ''} are the timeline's ${quote(slip.start.entry.timeText)} and ${quote(slip.end.entry.timeText)}${zone ? ` in ${zone.text}` : ''}: the same clocks in zones hours apart. Correct whichever zone is wrong.`,
        related: [{ range: s.start.range, message: 'the summary\'s start' }, { range: slip.end.entry.timeRange, message: 'the summary\'s end in the timeline' }],
      });
      return;
    }

    for (const [p, at, which] of [[sp0, s.start, 'start'], [ep0, s.end, 'end']] as const) {
      const lone = p && at ? loneZoneAt(timed, near, p) : undefined;
      if (!lone || !at) continue;
      ctx.report({
        range: lone.entry.zone?.range ?? lone.entry.timeRange,
        message: `${quote(`${lone.entry.timeText} ${lone.entry.zone?.text ?? ''}`.trim())} is the summary's ${which} ${quote(at.text)} on the clock, but it is the only entry in ${lone.entry.zone?.text ?? 'its zone'}; the others, like the summary, are in ${at.zone ?? 'another zone'}. If it is ${at.zone ?? 'in that zone'} too, correct the zone.`,
        related: [{ range: at.range, message: `the summary's ${which}` }],
      });
      return;
    }

    if (tl.summaryStart && s.start) {
      const sp = tl.summaryStart;
      const marked = firstMarked(ctx, timed);
      if (marked?.point && !dateOnly(marked, sp)) {
        // The timeline says when the outage began: that is the start to agree with.
        const d = marked.point.instant - sp.instant;
        if (Math.abs(d) > SAME && !shifted12(marked, sp, SAME)) {
          ctx.report({
            range: s.start.range,
            message: `The summary says the incident started at ${quote(s.start.text)}, but the timeline marks the start at ${quote(marked.entry.timeText)} (${apart(d)}). Make them agree.`,
            related: [{ range: marked.entry.timeRange, message: 'the start in the timeline' }],
            ...(Math.abs(d) <= SLACK ? { uncertain: true } : {}),
          });
        }
      } else if (!marked && !near.firstAtClock(sp, SLACK, (r) => dateOnly(r, sp))) {
        // One that opens with the detection after the summary's start shows the detection lag, not another start.
        const opensWithDetection = outcomes.detection(first.index);
        const gap = first.point.instant - sp.instant;
        if ((gap < -LEAD_UP || (gap > SLACK && !opensWithDetection)) && !near.someAgreeing(sp, SLACK)) {
          ctx.report({
            range: s.start.range,
            message: `The summary says the incident started at ${quote(s.start.text)}, but the timeline's first entry is ${quote(first.entry.timeText)} (${apart(gap)}). Correct the summary, or add the start to the timeline.`,
            related: [{ range: first.entry.timeRange, message: 'the first timeline entry' }],
          });
        } else {
          // Detected before it started: the summary's start is later than the timeline's detection.
          // (On clocks as written when one of the two zones is unknown: see delta.)
          const before = (r: ResolvedEntry): number => -delta(r, sp);
          const early = morningStart ? undefined : timed.find((r) => r.point && detects(ctx, r) && before(r) > SAME && before(r) <= LEAD_UP);
          if (early?.point && !near.someAgreeing(sp, SAME, (r) => r.point !== null && early.point !== null && r.point.instant < early.point.instant)) {
            ctx.report({
              range: s.start.range,
              message: `The summary says the incident started at ${quote(s.start.text)}, but the timeline has ${quote(early.entry.timeText)} (${quote(early.entry.text.trim() || entryBody(ctx, early), 40)}) ${formatDuration(before(early))} before it. Start the summary at the first sign of the incident.`,
              related: [{ range: early.entry.timeRange, message: 'the earlier entry' }],
              uncertain: true,
            });
          }
        }
      }
    }

    if (tl.summaryEnd && s.end) {
      const ep = tl.summaryEnd;
      // A timeline with no entry saying the incident was resolved is incomplete rather than
      // contradicting (timeline-resolution says so).
      const found = resolutionEntry(ctx);
      const ref = found?.entry;
      if (found && ref?.point && !dateOnly(ref, ep)) {
        const diff = delta(ref, ep);
        // The summary ends at a later entry that closes the incident or follows up (the report
        // sent, monitoring done): it may mean the incident rather than the outage.
        const later = found.restores
          ? near.firstAgreeing(ep, SAME, (r) => r.point !== null && ref.point !== null && r.point.instant > ref.point.instant + ROUNDED && !restores(ctx, r) && AFTERMATH.test(entryWords(ctx, r)))
          : undefined;
        if (Math.abs(diff) > SLACK && !near.someAgreeing(ep, SLACK)) {
          const [summaryDay, entryDay] = onDays(ep, ref.point);
          ctx.report({
            range: s.end.range,
            message: `The summary says the incident ended at ${quote(s.end.text)}${summaryDay}, but the timeline resolves it at ${quote(ref.entry.timeText)}${entryDay} (${apart(diff)}). Correct the summary or the timeline.`,
            related: [{ range: ref.entry.timeRange, message: 'the resolution entry' }],
          });
        } else if (later && Math.abs(diff) > ROUNDED && Math.abs(diff) < 12 * 60) {
          ctx.report({
            range: s.end.range,
            message: `The summary ends the incident at ${quote(s.end.text)}, when the timeline's ${quote(later.entry.text || later.entry.timeText, 40)} happens, but the timeline has the service restored at ${quote(ref.entry.timeText)} (${formatDuration(Math.abs(diff))} before). If the summary means the outage, end it at ${quote(ref.entry.timeText)}.`,
            related: [{ range: ref.entry.timeRange, message: 'the resolution entry' }, { range: later.entry.timeRange, message: 'the entry the summary\'s end matches' }],
            uncertain: true,
          });
        } else if (found.restores && Math.abs(diff) > ROUNDED && Math.abs(diff) <= SLACK && !near.someAgreeing(ep, ROUNDED) && !rangeEndsAt(ctx, timed, ep)) {
          ctx.report({
            range: s.end.range,
            message: `The summary says the incident ended at ${quote(s.end.text)}, but the timeline has the service restored at ${quote(ref.entry.timeText)} (${apart(diff)}). Make them agree.`,
            related: [{ range: ref.entry.timeRange, message: 'the resolution entry' }],
            uncertain: true,
          });
        }
      }
    }
  },
};
