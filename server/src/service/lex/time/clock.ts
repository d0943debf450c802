/**
 * Clock times: reading the core of one written time (`12:30 PM`, `07:30:15`, `2100hrs`,
 * `9am`, `3:AM`) at a known offset, validating it, and small arithmetic helpers.
 *
 * Hand-written on purpose: chrono-node reads times in prose but silently "fixes" or drops
 * malformed ones (`23:59 PM`, `13:20PM`, `3:AM`), which are exactly what the linter must
 * report, and it is far too slow for the per-line hot path (see entry-time.ts).
 */
import type { TimeStatus } from './types';

export type Meridiem = 'am' | 'pm';

/** The clock part of a time as written, before any zone or date. */
export interface ClockCore {
  start: number;
  end: number;
  status: TimeStatus;
  /** 24-hour clock; null unless status is 'ok'. */
  hour: number | null;
  minute: number | null;
  second: number | null;
  meridiem: Meridiem | null;
  problem?: string;
  suggestion?: string;
}

// `\s?` before the meridiem accepts `12:30 PM` and `9:00AM`; `a.m.`, `a.m`, `AM`, `am`. A letter
// of any script (or a combining mark) after it makes it part of a word: `PMé` is no meridiem.
const MER = String.raw`(?:\s?([AaPp])(?:\.\s?)?[Mm](?![\p{L}\p{M}])\.?)`;
const HM = new RegExp(String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?![0-9])${MER}?`, 'uy');
const MISSING_MINUTES = new RegExp(String.raw`(\d{1,2}):\s?([AaPp])(?:\.\s?)?[Mm](?![\p{L}\p{M}])\.?`, 'uy');
const HOUR_MER = new RegExp(String.raw`(\d{1,2})${MER}`, 'uy');
// `9.30am`, `10.15 p.m.`: a dot between hour and minutes, safe with a meridiem only.
const DOT_MER = new RegExp(String.raw`(\d{1,2})\.(\d{2})(?![0-9])${MER}`, 'uy');
const COMPACT = /(\d{2})(\d{2})\s?(?:hrs|hr|h|hours)(?![\p{L}\p{M}])/uy;
const FRENCH = /(\d{2})h(\d{2})(?![0-9\p{L}\p{M}])/uy;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Reads a clock time starting exactly at `i`, or returns null. The caller checks what
 * follows (a zone, a separator); this only guarantees the time is not glued to more digits.
 */
export function parseClockAt(s: string, i: number): ClockCore | null {
  if (!isDigit(s.charCodeAt(i))) return null;
  HM.lastIndex = i;
  let m = HM.exec(s);
  if (m) {
    const mer = merOf(m[4]);
    const hourText = m[1] ?? '';
    const digitsEnd = i + hourText.length + 3 + (m[3] === undefined ? 0 : 3);
    return validate(i, i + m[0].length, Number(hourText), Number(m[2]), m[3] === undefined ? null : Number(m[3]), mer, s.slice(i, digitsEnd));
  }
  MISSING_MINUTES.lastIndex = i;
  m = MISSING_MINUTES.exec(s);
  if (m) {
    return malformed(i, i + m[0].length, merOf(m[2]), 'the minutes are missing');
  }
  COMPACT.lastIndex = i;
  m = COMPACT.exec(s);
  if (m) return validate(i, i + m[0].length, Number(m[1]), Number(m[2]), null, null, `${m[1]}:${m[2]}`);
  FRENCH.lastIndex = i;
  m = FRENCH.exec(s);
  if (m) return validate(i, i + m[0].length, Number(m[1]), Number(m[2]), null, null, `${m[1]}:${m[2]}`);
  DOT_MER.lastIndex = i;
  m = DOT_MER.exec(s);
  if (m) return validate(i, i + m[0].length, Number(m[1]), Number(m[2]), null, merOf(m[3]), `${m[1]}:${m[2]}`);
  HOUR_MER.lastIndex = i;
  m = HOUR_MER.exec(s);
  if (m) return validate(i, i + m[0].length, Number(m[1]), 0, null, merOf(m[2]), null);
  return null;
}

function merOf(letter: string | undefined): Meridiem | null {
  if (letter === undefined) return null;
  return letter === 'a' || letter === 'A' ? 'am' : 'pm';
}

function malformed(start: number, end: number, meridiem: Meridiem | null, problem: string, suggestion?: string): ClockCore {
  const core: ClockCore = { start, end, status: 'malformed', hour: null, minute: null, second: null, meridiem, problem };
  if (suggestion !== undefined) core.suggestion = suggestion;
  return core;
}

/**
 * Checks ranges and the 12-hour rules. `digits` is the time as written without its
 * meridiem (`23:59`), used as the suggestion when a 24-hour time carries a needless `PM`.
 */
function validate(
  start: number, end: number, h: number, min: number, sec: number | null,
  mer: Meridiem | null, digits: string | null,
): ClockCore {
  if (min > 59) return malformed(start, end, mer, `minute ${min} is out of range (00-59)`);
  if (sec !== null && sec > 59) return malformed(start, end, mer, `second ${sec} is out of range (00-59)`);
  if (mer === null) {
    if (h === 24 && min === 0 && !sec) {
      return malformed(start, end, mer, '24:00 is midnight at the end of the day; write 00:00 with the next date, or 23:59');
    }
    if (h > 23) return malformed(start, end, mer, `hour ${h} is out of range (00-23)`);
    return { start, end, status: 'ok', hour: h, minute: min, second: sec, meridiem: null };
  }
  if (h === 0) {
    // `00:30 AM` mixes a 24-hour hour with a meridiem, like `13:20 PM`: the 24-hour time
    // as written is the evident fix. `00:30 PM` contradicts itself.
    if (mer === 'am' && digits !== null) return malformed(start, end, mer, `a 24-hour time (${digits}) needs no AM; in 12-hour form it is 12:${String(min).padStart(2, '0')} AM`, digits);
    return malformed(start, end, mer, 'hour 0 with PM: a 12-hour time runs from 1 to 12');
  }
  if (h > 23) return malformed(start, end, mer, `hour ${h} is out of range`);
  if (h > 12) {
    // A 24-hour time with a meridiem: `13:20PM`, `23:59 PM`. With PM the hour already says
    // afternoon, so dropping the meridiem is the evident fix; with AM it contradicts itself.
    if (mer === 'pm' && digits !== null) {
      return malformed(start, end, mer, `a 24-hour time (${digits}) needs no PM`, digits);
    }
    return malformed(start, end, mer, `hour ${h} cannot be ${mer === 'am' ? 'AM' : 'PM'}: a 12-hour time runs from 1 to 12`);
  }
  return { start, end, status: 'ok', hour: from12h(h, mer), minute: min, second: sec, meridiem: mer };
}

/** 12-hour to 24-hour: 12 AM is midnight (0), 12 PM is noon (12). */
export function from12h(hour12: number, meridiem: Meridiem): number {
  if (meridiem === 'am') return hour12 === 12 ? 0 : hour12;
  return hour12 === 12 ? 12 : hour12 + 12;
}

/**
 * Minutes after midnight (seconds as a fraction), or null when the time is unknown or
 * malformed. `12:30 PM` is 750, `12:05 AM` is 5, `1:00 PM` is 780.
 */
export function toMinutes(t: { hour: number | null; minute: number | null; second?: number | null }): number | null {
  if (t.hour === null || t.minute === null) return null;
  return t.hour * 60 + t.minute + (t.second ?? 0) / 60;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `HH:MM`, or `HH:MM:SS` when seconds are given. */
export function formatClock(h: number, m: number, s?: number | null): string {
  const hm = `${pad2(h)}:${pad2(m)}`;
  return s === undefined || s === null ? hm : `${hm}:${pad2(s)}`;
}

/** 24-hour to 12-hour text: (0, 5) -> `12:05 AM`, (12, 30) -> `12:30 PM`, (13, 0) -> `1:00 PM`. */
export function to12h(h: number, m: number, s?: number | null): string {
  const mer = h < 12 ? 'AM' : 'PM';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const sec = s === undefined || s === null ? '' : `:${pad2(s)}`;
  return `${h12}:${pad2(m)}${sec} ${mer}`;
}

/**
 * A range written with the meridiem on its end only (`10 to 11:30 AM`, `11 - 1 PM`): the
 * start takes the end's meridiem when that keeps it before the end, else the other one.
 * Returns the start's 24-hour hour. `startHour12` must be 1-12.
 */
export function inferStartHour(startHour12: number, startMinute: number, endHour24: number, endMinute: number): { hour: number; meridiem: Meridiem } {
  const endMer: Meridiem = endHour24 < 12 ? 'am' : 'pm';
  const same = from12h(startHour12, endMer);
  if (same * 60 + startMinute <= endHour24 * 60 + endMinute) return { hour: same, meridiem: endMer };
  const other: Meridiem = endMer === 'am' ? 'pm' : 'am';
  return { hour: from12h(startHour12, other), meridiem: other };
}
