/**
 * Clock times and time ranges in summary prose: `from 12:30 PM to 2:30 PM EST`,
 * `10:30 AM - 12:00 PM (UTC-5)`, `between 14:30 and 16:45 UTC`,
 * `Start Time: 2023-11-09 01:20:40 EAT`.
 */
import type { DateValue, Span, TimeToken } from './types';
import { inferStartHour, parseClockAt } from './clock';
import { zoneAfter } from './zone-span';
import { findDates } from './dates';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isWordChar(c: number): boolean {
  return isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 46 /* . */ || c === 58 /* : */ || c === 47 /* / */;
}

/** The date written right before a time (`2023-11-09 01:20`, `Dec 1 at 12:30`) or right after. */
// Inline markup around the date (`` `August 4, 2023` 4:25 PM ``) is not a word between them.
const BEFORE_GAP = /^[\s,`*_]*(?:(?:at|@|on|around|about|approx\.?|approximately)\s*)*T?$/i;
const AFTER_GAP = /^[\s`*_]*(?:[-–—,]|on)?\s*$/i;
const HOURS_WORD = /^ ?(?:hrs|hr|hours)(?![A-Za-z0-9])/i;

/**
 * Every clock time in a line (valid or malformed), in order. `end` is the end of the time
 * itself; `textStart` is the end of the time with its zone. Dates come from findDates.
 */
export function findTimes(s: string): TimeToken[] {
  const out: TimeToken[] = [];
  let dates: DateValue[] | null = null;
  for (let i = 0; i < s.length; i++) {
    if (!isDigit(s.charCodeAt(i)) || (i > 0 && isWordChar(s.charCodeAt(i - 1)))) continue;
    const core = parseClockAt(s, i);
    if (!core) continue;
    let end = core.end;
    // `21:00hrs`, `21:00 hrs`: the hours word is the time's, as in `2100hrs`.
    if (core.meridiem === null) end += HOURS_WORD.exec(s.slice(end, end + 7))?.[0].length ?? 0;
    const z = zoneAfter(s, end);
    if (z) end = z.end;
    else if (isDigit(s.charCodeAt(end)) || ((s.charCodeAt(end) | 32) >= 97 && (s.charCodeAt(end) | 32) <= 122)) continue;
    dates ??= findDates(s);
    const date = dates.find((d) => d.end <= core.start && BEFORE_GAP.test(s.slice(d.end, core.start)))
      ?? dates.find((d) => d.start >= end && AFTER_GAP.test(s.slice(end, d.start)))
      ?? null;
    // Numeric dates (`2023-11-09`) contain digits the loop would otherwise revisit.
    if (dates.some((d) => d.start <= i && i < d.end)) continue;
    const ok = core.status === 'ok';
    const t: TimeToken = {
      start: core.start, end: core.end, text: s.slice(core.start, core.end), status: core.status,
      hour: ok ? core.hour : null, minute: ok ? core.minute : null, second: ok ? core.second : null,
      meridiem: core.meridiem, zone: z ? z.zone : null, date, textStart: end,
    };
    if (core.problem !== undefined) t.problem = core.problem;
    if (core.suggestion !== undefined) t.suggestion = core.suggestion;
    out.push(t);
    i = end - 1;
  }
  return out;
}

export interface TimeRange {
  start: TimeToken;
  end: TimeToken | null;
  /** The zone that applies to both ends (`to 2:30 PM EST` covers the start too). */
  zone: Span | null;
  /**
   * With a single time: 'end' when the text labels it as an end (`End Time:`, `resolved
   * at`), so the caller can pair it with a start found on another line.
   */
  role: 'start' | 'end';
}

const RANGE_WORD = /^[\s`*_]*(?:-|–|—|to|until|till|through|thru|->|→)[\s`*_]*$/i;
const AND = /^\s*and\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s*$/i;
// `... EAT, End Time: 2023-11-09 04:00`: a labelled end in the same line.
const END_LABEL = /(?:\b(?:end(?:ed)?|resolved|recovered|restored|finish(?:ed)?|until|mitigated)\b[^0-9]{0,24})$/i;
const BARE_START = /(?<![\d:.])(\d{1,2})(?::(\d{2}))?\s*(?:-|–|—|to|until|till)\s*$/i;

/** A start written as a bare hour before an end with a meridiem: `from 10 to 11:30 AM`. */
function bareStart(s: string, end: TimeToken): TimeToken | null {
  if (end.meridiem === null || end.hour === null || end.minute === null) return null;
  const m = BARE_START.exec(s.slice(0, end.start));
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h < 1 || h > 12 || min > 59) return null;
  const inferred = inferStartHour(h, min, end.hour, end.minute);
  const start = m.index;
  const stop = start + (m[1] ?? '').length + (m[2] === undefined ? 0 : 3);
  return {
    start, end: stop, text: s.slice(start, stop), status: 'ok', hour: inferred.hour, minute: min,
    second: null, meridiem: inferred.meridiem, zone: null, date: null, textStart: stop,
  };
}

/** Gives the start the end's meridiem when only the end has one (`10:30 - 11:45 AM`). */
function withInferredMeridiem(a: TimeToken, b: TimeToken): TimeToken {
  if (a.status !== 'ok' || a.meridiem !== null || b.meridiem === null || a.hour === null || a.minute === null
    || b.hour === null || b.minute === null || a.hour < 1 || a.hour > 12) return a;
  const inferred = inferStartHour(a.hour, a.minute, b.hour, b.minute);
  return { ...a, hour: inferred.hour, meridiem: inferred.meridiem };
}

function pair(a: TimeToken, b: TimeToken): TimeRange {
  return { start: withInferredMeridiem(a, b), end: b, zone: b.zone ?? a.zone, role: 'start' };
}

/**
 * The time range a line states, or its single time, or null. A zone written on either end
 * applies to both; a meridiem on the end only applies to the start when that keeps it first
 * (the inferred meridiem is then set on the start).
 */
export function findTimeRange(s: string): TimeRange | null {
  const times = findTimes(s);
  for (let k = 0; k + 1 < times.length; k++) {
    const a = times[k];
    const b = times[k + 1];
    if (!a || !b) continue;
    const gap = s.slice(a.textStart, b.start);
    const gapToDate = b.date && b.date.start >= a.textStart && b.date.end <= b.start ? s.slice(a.textStart, b.date.start) : gap;
    if (RANGE_WORD.test(gap) || RANGE_WORD.test(gapToDate)
      || (AND.test(gap) && BETWEEN_BEFORE.test(s.slice(0, a.start)))
      || (gapToDate.length <= 40 && END_LABEL.test(gapToDate))) {
      return pair(a, b);
    }
  }
  const first = times[0];
  if (!first) return null;
  const bare = bareStart(s, first);
  if (bare) return pair(bare, first);
  const before = s.slice(Math.max(0, (first.date?.start ?? first.start) - 30), first.date?.start ?? first.start);
  return { start: first, end: null, zone: first.zone, role: END_LABEL.test(before) ? 'end' : 'start' };
}
