/**
 * Entry forms beyond "a line that starts with a time" (issue 8, class 4): several entries
 * run together on one line, a time inside a labelled item (`- **Detected:** May 2, 10:00 AM`),
 * a bare date that marks the day, a line that only illustrates the entry above it.
 * Pure string functions; the model decides which lines they apply to.
 */
import { matchEntryTime } from './entry-time';
import { findTimeRange, findTimes } from './ranges';
import { dateAt } from './dates';
import type { DateValue, TimeToken } from './types';

/** Closing punctuation of a sentence, after which a run-on entry can start. */
const SENTENCE_END = /[.!?;]/;
/** A line break written in HTML (`09:15 x<br>09:30 y`): entries on one source line. */
const BREAK_BEFORE = /<br\s*\/?>$/i;
/** A separator between a run-on time and its text (`10:04am: paged`, `10:04 - paged`). */
const RUN_ON_SEPARATOR = /[:\-–—|]/;

/**
 * Offsets in `s` (after `from`) where another entry starts on the same line:
 * `10:00am: alert fired. 10:04am: on-call paged.`, `09:15: x<br>09:30: y`. Only after the end
 * of a sentence or an HTML line break, and only
 * for a time followed by its own separator, so `fired at 10:00. Then...` and
 * `... restarted. 10 minutes later` stay one entry.
 */
export function runOnStarts(s: string, from: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(from, 1); i < s.length; i++) {
    const c = s.charCodeAt(i);
    const digitOrMarkup = (c >= 48 && c <= 57) || c === 42 /* * */ || c === 95 /* _ */ || c === 91 /* [ */ || c === 60 /* < */;
    if (!digitOrMarkup) continue;
    if (!(s.charCodeAt(i - 1) === 62 /* > */ && BREAK_BEFORE.test(s.slice(Math.max(from, i - 8), i)))) {
      if (s.charCodeAt(i - 1) !== 32) continue;
      let j = i - 1;
      while (j > from && s.charCodeAt(j) === 32) j--;
      if (!SENTENCE_END.test(s.charAt(j)) && !BREAK_BEFORE.test(s.slice(Math.max(from, j - 7), j + 1))) continue;
    }
    const rest = s.slice(i);
    const tok = matchEntryTime(rest);
    if (!tok || tok.status === 'unknown' || tok.hour === null && tok.status !== 'malformed') continue;
    if (!RUN_ON_SEPARATOR.test(rest.slice(tok.end, tok.textStart))) continue;
    out.push(i);
    i += tok.textStart;
  }
  return out;
}

/**
 * The first clock time inside an item that does not start with one: `- **Issue Detected:**
 * November 25, 10:00 AM`, `3. Isolation (Nov 5, 21:50): ...`, `detected at 0330hrs (EAT)`.
 * The event text is the whole item (`textStart` 0). A line that states a span (`from 00:00
 * to 13:15`, `Duration: 10:00 - 11:30`) sums the incident up: it is no entry.
 */
export function innerEntryTime(s: string): TimeToken | null {
  if (findTimeRange(s)?.end) return null;
  for (const t of findTimes(s)) {
    if (t.status === 'ok' || t.status === 'malformed') return { ...t, textStart: 0 };
  }
  return null;
}

const ILLUSTRATION = /^(?:!?\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?)[\s|]*$/;

/** A line that is only an image, a link or a URL: it illustrates an entry, it is not one. */
export function isIllustration(s: string): boolean {
  return ILLUSTRATION.test(s.trim());
}

// `**Day 2**`, `Tuesday:`: a day named without a date, a marker between entries.
const DAY_LABEL = /^[*_\s]*(?:day\s+\d{1,2}|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)day)[*_:.\s]*$/i;

/** A line that only names a day (`Day 2`, `**Tuesday**`): it marks the entries below, it is none. */
export function isDayLabel(s: string): boolean {
  return s.length < 40 && DAY_LABEL.test(s);
}

const DAY_REST = /^[\s*_`:.,\-–—]*(?:\([^()]*\))?[\s*_`:.]*$/;

/**
 * A bare date (`2019-01-22`, `**March 8, 2023**`, `## Mar 4`, `2019-10-21 (all times UTC)`):
 * it marks the day of the entries below it and is no entry itself.
 */
export function isDayMarker(tok: TimeToken, s: string): boolean {
  return tok.status === 'unknown' && tok.hour === null && tok.date !== null && tok.start === tok.date.start && DAY_REST.test(s.slice(tok.textStart));
}

/**
 * The day a line marks: the date of a bare-date token, or a date that starts the line and
 * is followed only by a parenthesis (`2019-10-21 (all times UTC)`), else null.
 */
export function dayMarkerDate(s: string, tok: TimeToken | null): DateValue | null {
  if (tok) return isDayMarker(tok, s) ? tok.date : null;
  const i = /^[*_`\s]*/.exec(s)?.[0].length ?? 0;
  const d = dateAt(s, i);
  return d && DAY_REST.test(s.slice(d.end)) ? d : bareMonthDay(s, i);
}

// `1/28` alone in its cell or on its line, the rest of the row empty (`1/28 | `).
const BARE_MONTH_DAY = /(\d{1,2})\/(\d{1,2})(?=[\s|*_`]*$)/y;

/**
 * A month and day with no year, written alone as a row of a table timeline (`1/28 |` over the
 * times of that day): a day marker. Month first, as a US writer means it, unless only the
 * other order is a date (`28/1`); either way the marker only says that a new day begins.
 */
function bareMonthDay(s: string, i: number): DateValue | null {
  BARE_MONTH_DAY.lastIndex = i;
  const m = BARE_MONTH_DAY.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const [month, day] = a >= 1 && a <= 12 && b >= 1 && b <= 31 ? [a, b] : b >= 1 && b <= 12 && a >= 1 && a <= 31 ? [b, a] : [0, 0];
  if (month === 0) return null;
  return { start: i, end: i + m[0].length, text: m[0], year: null, month, day, weekday: null, ambiguous: a <= 12 && b <= 12 };
}
