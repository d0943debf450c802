import { checkParts, type Rule, type RulePart } from '../types';
import type { TimelineEntry } from '../../model/schema';
import { lineRange } from '../../text/source-text';
import { headingSpanAfterSummary, quote } from './shared';
import type { Range } from '../../text/source-text';
import type { RuleContext } from '../types';
import { slippedTimes } from './slipped-times';

const TWELVE_AM = /^\s*12[:.]\d\d(?::\d\d)?\s*a\.?m\.?\b/i;

interface SpanEnd { text: string; range: Range; minutes: number }

/** The summary's start and end as written: its facts, else the heading that stands for a wordless summary. */
function summarySpan(ctx: RuleContext): { start: SpanEnd; end: SpanEnd } | null {
  const s = ctx.model.summary;
  if (s.start && s.end) return { start: s.start, end: s.end };
  if (s.start || s.end) return null;
  const h = headingSpanAfterSummary(ctx.model, ctx.source);
  const a = h?.span.start;
  const b = h?.span.end;
  if (!h || !a || !b || a.hour === null || b.hour === null) return null;
  const at = (t: typeof a): SpanEnd => ({ text: t.text, range: lineRange(h.line, t.start, t.end), minutes: (t.hour ?? 0) * 60 + (t.minute ?? 0) });
  return { start: at(a), end: at(b) };
}

/** Minutes between consecutive timed entries, the middle one. */
function medianStep(timed: readonly TimelineEntry[]): number {
  const steps: number[] = [];
  for (let i = 1; i < timed.length; i++) {
    const a = timed[i - 1]?.minutes;
    const b = timed[i]?.minutes;
    if (a != null && b != null) steps.push(Math.abs(b - a));
  }
  steps.sort((x, y) => x - y);
  return steps[Math.floor(steps.length / 2)] ?? 0;
}

/** The step into entry `at` is the timeline's only one of three hours or more. */
function onlyJump(timed: readonly TimelineEntry[], at: number): boolean {
  for (let i = 1; i < timed.length; i++) {
    const a = timed[i - 1]?.minutes;
    const b = timed[i]?.minutes;
    if (i !== at && a != null && b != null && (b - a + 1440) % 1440 >= 180) return false;
  }
  return true;
}

/** Malformed entry times, and the meridiem slips between consecutive entries: the entries' times alone. */
const entryTimes: RulePart = {
  reads: ['times'],
  check(ctx) {
    for (const e of ctx.model.timeline) {
      if (e.status !== 'malformed') continue;
      const fix = e.suggestion;
      ctx.report({
        range: e.timeRange,
        message: `${quote(e.timeText)} is not a valid time: ${e.problem ?? 'it cannot be read'}. ${fix ? `Write ${quote(fix)}.` : 'Correct it, e.g. `3:00 AM` or `15:00`.'}`,
        fixes: fix ? [{ title: `Write ${quote(fix)}`, edits: [{ range: e.timeRange, newText: fix }], safe: true, preferred: true }] : [],
      });
    }
    const timed = ctx.model.timeline.filter((e) => e.minutes !== null);
    // The median step sorts every step of the timeline: worked out only when a flip is in question.
    let step: number | undefined;
    for (let i = 1; i < timed.length; i++) {
      const a = timed[i - 1];
      const b = timed[i];
      if (!a || !b || a.minutes === null || b.minutes === null || a.date || b.date) continue;
      const noonMeant = a.meridiem === 'am' && a.minutes >= 9 * 60 && a.minutes < 12 * 60 && TWELVE_AM.test(b.timeText);
      const d = (b.minutes - a.minutes + 1440) % 1440;
      const flipped = !noonMeant && a.meridiem !== null && b.meridiem !== null && a.meridiem !== b.meridiem && Math.abs(d - 720) <= 60 && timed.length >= 4 && (step ??= medianStep(timed)) <= 30 && onlyJump(timed, i);
      if (!noonMeant && !flipped) continue;
      const meant = b.timeText.replace(/([ap])(\.?m\.?)/i, (_m, x: string, rest: string) => `${x === x.toLowerCase() ? (x === 'a' ? 'p' : 'a') : x === 'A' ? 'P' : 'A'}${rest}`);
      ctx.report({
        range: b.timeRange,
        message: noonMeant
          ? `${quote(b.timeText)} is just after midnight, but it follows ${quote(a.timeText)}: noon is ${quote(meant)}. Correct the AM/PM.`
          : `${quote(b.timeText)} follows ${quote(a.timeText)}: twelve hours later, in a timeline that moves in minutes. If it is ${quote(meant)}, correct the AM/PM.`,
        related: [{ range: a.timeRange, message: 'the entry before' }],
        uncertain: true,
      });
    }
  },
};

/**
 * The slips looked for on every line (the summary's prose as the timeline), each line on its
 * own: a line whose entry time is malformed is said by `entryTimes` (an entry is a model
 * object on its line).
 */
const slippedLines: RulePart = {
  reads: ['lines'],
  check(ctx) {
    const slips = slippedTimes(ctx.lines);
    if (slips.length === 0) return;
    const reported = new Set(ctx.model.timeline.filter((e) => e.status === 'malformed').map((e) => e.line));
    for (const slip of slips) {
      if (reported.has(slip.line)) continue;
      const range = lineRange(slip.line, slip.start, slip.end);
      ctx.report({
        range,
        message: `${quote(slip.text)} is not written as a time: ${slip.problem}. Write ${quote(slip.fix)}.`,
        fixes: [{ title: `Write ${quote(slip.fix)}`, edits: [{ range, newText: slip.fix }], safe: slip.safe, preferred: true }],
        uncertain: true,
      });
    }
  },
};

/**
 * The summary's end written `12:30 AM` after a late-morning start (also in the heading that
 * stands for a wordless summary: `# 2022-10-02 from 11 AM to 12:30 AM: ...`, which is read
 * from the summary section's lines, so this part reads the document).
 */
const summaryEnd: RulePart = {
  reads: ['document'],
  check(ctx) {
    const span = summarySpan(ctx);
    if (span && TWELVE_AM.test(span.end.text) && /a\.?m/i.test(span.start.text) && span.start.minutes >= 9 * 60 && span.start.minutes < 12 * 60) {
      ctx.report({
        range: span.end.range,
        message: `The summary ends the incident at ${quote(span.end.text)}, just after midnight, after a start at ${quote(span.start.text)}: noon is ${quote(span.end.text.replace(/a\.?m\.?/i, 'PM'))}. Correct the AM/PM.`,
        related: [{ range: span.start.range, message: 'the start' }],
        uncertain: true,
      });
    }
  },
};

const parts = [entryTimes, slippedLines, summaryEnd];

/**
 * `3:AM`, `23:59 PM`, `13:20PM`: meant as a time but malformed. Below a warning, the two
 * meridiem slips a reader catches: `12:30 AM` right after a late-morning time (half past
 * midnight, where noon is meant), and a time whose AM/PM flips twelve hours away from the
 * entry before it (`10:07 AM`, then `10:10 PM`) in a timeline that moves in minutes.
 * Wherever a time is written (the summary's prose as the timeline), two slips the reading
 * passes over because the meant time is plain: `9:00 pM` and `By 7:40: PM` (a warning).
 * In parts, so a keystroke in an entry's words keeps the times' findings and reads again
 * only the edited lines for slips (the whole check cost ~4 ms a keystroke at 10,000 lines).
 */
export const timelineTimeFormat: Rule = {
  meta: {
    name: 'timeline-time-format',
    description: 'A timeline time is malformed: `3:AM`, `23:59 PM`, `13:20PM`; or its AM/PM is evidently slipped.',
    category: 'timeline',
    defaultSeverity: 'error',
    fixable: true,
    // The widest of its parts' reads: the summary's end is read from the summary's lines.
    reads: ['document'],
  },
  parts,
  check: checkParts(parts),
};
