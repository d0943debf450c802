import type { Rule, RuleContext } from '../types';
import type { Range } from '../../text/source-text';
import { findDuration, formatDuration } from '../../lex/time/durations';
import { findTimes } from '../../lex/time/ranges';
import { proseDuration } from '../../derive/timeline/format';
import { quote, resolved } from '../timeline/shared';
import { markedStart, resolutionEntry, restores } from '../timeline/moments';
import { wholeToken } from './date-mismatch';
import { statedFigures } from './stated-figures';
import { summaryLines } from '../../model/summary';
import type { ResolvedEntry } from '../../derive/timeline/types';

/** Minutes of disagreement tolerated: "about 2 hours" for 2h 4m is fine. */
const TOLERANCE = 5;

/** Disagreement tolerated against the timeline: its entries are rounded, and "about nine hours" is a round figure. */
function slack(minutes: number): number {
  return Math.max(15, minutes * 0.15);
}

/** The line writes a clock time, markup aside (`__0300hrs (EAT)__` too). */
function writesTime(content: string): boolean {
  const plain = content.replace(/[*_`]+/g, ' ');
  return findTimes(plain).length > 0 || /\b(?:[01]\d|2[0-3])[0-5]\d\s*hrs?\b/i.test(plain);
}

/** Some entry of `from` lies `minutes` (within `tol`) before some entry of `to`: sorted, one binary search per entry. */
function spanBetween(to: readonly ResolvedEntry[], from: readonly ResolvedEntry[], minutes: number, tol: number): boolean {
  const ends = to.map((r) => r.point?.instant ?? Number.NaN).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  for (const a of from) {
    if (!a.point) continue;
    const lo = a.point.instant + minutes - tol;
    let l = 0;
    let h = ends.length;
    while (l < h) {
      const m = (l + h) >> 1;
      if ((ends[m] ?? 0) < lo) l = m + 1;
      else h = m;
    }
    const e = ends[l];
    if (e !== undefined && e <= a.point.instant + minutes + tol) return true;
  }
  return false;
}

// Between the two times of a span: `to`, `until`, a dash, brackets and a date around them.
const SPAN_GAP = /^[^.;:]{0,40}?(?:\bto\b|\buntil\b|\btill\b|[-–—])[\s(]*$/i;

/**
 * A timeline of one timed entry whose line gives the span itself (`detected at 13:52 ... (to
 * 15:09)`): the stated duration should match it. Below a warning, as the timeline's other
 * spans are: which span the writer measured is a reading.
 */
function oneEntrySpan(ctx: RuleContext, r: ResolvedEntry, duration: { text: string; range: Range; minutes: number }): void {
  const content = ctx.lines.at(r.entry.line)?.content ?? '';
  const [a, b] = findTimes(content).filter((t) => t.status === 'ok');
  if (!a || !b || a.hour === null || b.hour === null || a.minute === null || b.minute === null) return;
  if (!SPAN_GAP.test(content.slice(a.end, b.start).replace(/\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4}/g, ' ').replace(/[*_`]+/g, ' '))) return;
  if (a.date && b.date && (a.date.year !== b.date.year || a.date.month !== b.date.month || a.date.day !== b.date.day)) return;
  const span = b.hour * 60 + b.minute - (a.hour * 60 + a.minute);
  if (span <= 0 || Math.abs(span - duration.minutes) <= slack(duration.minutes)) return;
  ctx.report({
    range: duration.range,
    message: `The summary says the incident lasted ${quote(duration.text)}, but the timeline's entry runs from ${quote(a.text)} to ${quote(b.text)}, ${formatDuration(span)}. Correct the duration, or say what it measures.`,
    related: [{ range: r.entry.timeRange, message: 'the span in the timeline' }],
    uncertain: true,
  });
}

/**
 * The total downtime a metrics list states is neither its time to resolve (measured from the
 * start) nor that plus its time to detect (measured from the detection): under either
 * reading the three figures do not add up.
 */
function figuresAddUp(ctx: RuleContext): void {
  const { total, detect, resolve } = statedFigures(ctx.lines);
  if (!total || !detect || !resolve) return;
  const tol = Math.max(TOLERANCE, total.minutes * 0.02);
  const sum = detect.minutes + resolve.minutes;
  if (Math.abs(total.minutes - resolve.minutes) <= tol || Math.abs(total.minutes - sum) <= tol) return;
  ctx.report({
    range: total.range,
    message: `The total downtime ${quote(total.text)} is neither the time to resolve ${quote(resolve.text)} nor that plus the time to detect ${quote(detect.text)} (${formatDuration(sum)}). Correct whichever figure is wrong.`,
    related: [{ range: detect.range, message: 'the time to detect' }, { range: resolve.range, message: 'the time to resolve' }],
  });
}

/**
 * A stated duration should match the stated start and end, and a duration in the title the
 * summary's. Against the timeline (the span from the entry marking the outage's start, else
 * the first, to the first saying the service is back) a disagreement is said below a
 * warning: which span the writer measured is a reading, and an incident may run on after the
 * outage. It is reported only when no two entries of the timeline are that far apart.
 */
export const durationMismatch: Rule = {
  meta: {
    name: 'duration-mismatch',
    description: 'A stated duration disagrees with the stated start and end, or with the timeline.',
    category: 'summary',
    defaultSeverity: 'warning',
    fixable: true,
    // The metrics a document states are read from any line (statedFigures).
    reads: ['document'],
  },
  check(ctx) {
    figuresAddUp(ctx);
    const s = ctx.model.summary;
    if (!s.duration) return;
    const duration = s.duration;
    const tl = resolved(ctx);
    // The title's own figure ("a 30min outage") against the summary's.
    const title = ctx.model.title;
    const inTitle = title ? findDuration(title.text) : null;
    if (title && inTitle && inTitle.minutes > 0 && duration.range.start.line !== title.line && Math.abs(inTitle.minutes - duration.minutes) > Math.max(TOLERANCE, duration.minutes * 0.1)) {
      // Point at the odd one out: the title, when the timeline's span agrees with the summary.
      const first = tl.timed[0]?.point;
      const last = tl.timed[tl.timed.length - 1]?.point;
      const span = first && last ? last.instant - first.instant : null;
      const titleOdd = span !== null && Math.abs(span - duration.minutes) <= slack(duration.minutes) && Math.abs(span - duration.minutes) < Math.abs(span - inTitle.minutes);
      ctx.report({
        range: titleOdd ? title.range : duration.range,
        message: titleOdd
          ? `The title says the incident lasted ${quote(inTitle.text)}, but the summary says ${quote(duration.text)} and the timeline runs ${formatDuration(span ?? 0)}. Correct the title.`
          : `The summary says the incident lasted ${quote(duration.text)}, but the title says ${quote(inTitle.text)}. Make them agree.`,
        related: [{ range: titleOdd ? duration.range : title.range, message: titleOdd ? 'the summary\'s duration' : 'the title\'s duration' }],
      });
      return;
    }
    if (s.start && s.end && tl.summaryStart && tl.summaryEnd) {
      const computed = tl.summaryEnd.instant - tl.summaryStart.instant;
      if (computed >= 0 && Math.abs(computed - duration.minutes) > TOLERANCE) {
        const glued = /^\d+(?:\.\d+)?[a-z]/i.test(duration.text);
        const newText = glued ? formatDuration(computed).replace(/ /g, '') : proseDuration(computed);
        ctx.report({
          range: duration.range,
          message: `The summary says the incident lasted ${quote(duration.text)}, but ${quote(s.start.text)} to ${quote(s.end.text)} is ${formatDuration(computed)}. Correct the duration or the times.`,
          related: [{ range: s.start.range, message: 'start' }, { range: s.end.range, message: 'end' }],
          // No fix inside a longer token (`12 minutes2`): it would keep the rest of the word.
          fixes: wholeToken(ctx, duration.range) ? [{ title: `Replace with ${quote(newText)}`, edits: [{ range: duration.range, newText }] }] : [],
        });
        return;
      }
    }
    // Against the timeline; not when the summary writes times the reading did not take (its
    // own span is then unknown), unless the timeline marks the start.
    const timed = tl.timed;
    const only = timed.length === 1 ? timed[0] : undefined;
    if (only && !(s.start && s.end)) {
      oneEntrySpan(ctx, only, duration);
      return;
    }
    if (timed.length < 2 || (!tl.dated && tl.rollovers > 0)) return;
    const marked = markedStart(ctx, timed);
    // (A start the timeline marks itself needs no summary time.)
    if (!marked && !(s.start && s.end) && summaryLines(ctx.lines, ctx.model.sections).some((i) => writesTime(ctx.lines.at(i)?.content ?? ''))) return;
    const from = marked ?? timed[0];
    const found = resolutionEntry(ctx);
    if (!from?.point || !found?.restores || !found.entry.point) return;
    // Without a marked start, the summary's own start is where the outage began (a timeline
    // that opens with the detection starts late).
    const startAt = !marked && tl.summaryStart && s.start ? tl.summaryStart.instant : from.point.instant;
    const startText = !marked && s.start ? s.start.text : from.entry.timeText;
    const span = found.entry.point.instant - startAt;
    if (span <= 0) return;
    const off = Math.abs(span - duration.minutes);
    if (off <= slack(duration.minutes)) return;
    // Two entries that far apart: the writer may have measured between them.
    const tol = slack(duration.minutes);
    // (Not to an entry after the service is back that only closes or follows up.)
    const endAt = found.entry.point.instant;
    const fits = !marked && spanBetween(timed.filter((b) => b.point && (b.point.instant <= endAt || restores(ctx, b))), timed, duration.minutes, tol);
    if (fits) return;
    ctx.report({
      range: duration.range,
      message: `The summary says the incident lasted ${quote(duration.text)}, but ${formatDuration(span)} run from ${quote(startText)}${marked ? ' (the start the timeline marks)' : ''} to ${quote(found.entry.entry.timeText)}, when the timeline has the service back. Correct the duration, or say what it measures.`,
      related: [{ range: from.entry.timeRange, message: 'the start in the timeline' }, { range: found.entry.entry.timeRange, message: 'the service back' }],
      uncertain: true,
    });
  },
};
