/**
 * The time at the start of a timeline line. Called on every line of a document on every
 * keystroke, so the common case (a line that does not start with a time) is decided with a
 * few character tests; chrono only runs (memoised, in dateAt) when the line starts with a
 * digit followed by a month name, or with a month or weekday name.
 *
 * Decision on a bare date without a time (`Apr 30 - disk full`, `**March 8, 2023**`): it
 * yields a token with status 'unknown', hour null and `date` set, but only when the date is
 * followed by a separator, closing markup or the end of the line. Such a line is a day marker
 * (whose date carries to the following entries) or an entry whose time is not known; either
 * way it must never raise a "missing time" or "malformed time" error. `May 5 servers ...`
 * stays null.
 */
import type { DateValue, Span, TimeStatus, TimeToken } from './types';
import { type ClockCore, inferStartHour, parseClockAt } from './clock';
import { zoneAfter } from './zone-span';
import { dateAt } from './dates';

const CLOSER: Readonly<Record<string, string>> = { '[': ']', '(': ')' };
const APPROX_WORDS = new Set(['around', 'about', 'approx', 'approx.', 'approximately', 'circa', 'ca.', 'roughly']);
const RELATIVE = /T\s?[+\-−]\s?~?\s?(?:\d+(?:\.\d+)?[a-z]*)+/y;
const QUESTION = /\?+(?::\?+)*/y;
// `2X:XX`, `??:??`, and template placeholders such as `HH:MM`.
const PLACEHOLDER = /[0-9XxHh?]{1,2}:[0-9XxMm?]{2}(?::[0-9XxSs?]{2})?(?![0-9A-Za-z])/y;
const DATE_TIME_GAP = /[ \t,]*(?:(?:at|@|on)[ \t]+|T(?=\d)|[|\-–—][ \t]*)?(?:(around|about|approx\.?|approximately)[ \t]+)?/iy;
const RANGE_GAP = /[ \t]*(?:-|–|—|to|until|till)[ \t]*/iy;
const HOURS_SUFFIX = /h(?:rs?)?(?![A-Za-z0-9])/y;
const SPACED_HOURS = /^[ \t]hrs?(?![A-Za-z0-9])/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}
function isAlnum(c: number): boolean {
  return isDigit(c) || isLetter(c);
}
function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}
function skipWs(s: string, i: number): number {
  while (isSpace(s.charCodeAt(i))) i++;
  return i;
}

// Inline HTML around a time: `<span style="...">09:15 AM:</span>`, `<strong>`, `<b>`, `<li>`.
const OPEN_TAG = /<(?:span|strong|b|em|i|u|code|font|mark|time|small|li|p|td)(?:\s[^<>]{0,200})?>/iy;
const CLOSE_TAG = /<\/(?:span|strong|b|em|i|u|code|font|mark|time|small|p|td)>/iy;

/** Length of the inline tag (`open`: an opening one, else a closing one) at `i`, or 0. */
function tagAt(s: string, i: number, open: boolean): number {
  if (s.charCodeAt(i) !== 60 /* < */) return 0;
  const re = open ? OPEN_TAG : CLOSE_TAG;
  re.lastIndex = i;
  const m = re.exec(s);
  return m ? m[0].length : 0;
}

/** Consumes markup that closes what the line opened (`**`, `_`, `` ` ``, `]`, `)`, `</span>`). */
function close(s: string, i: number, opened: string[]): number {
  for (let t = tagAt(s, i, false); t > 0; t = tagAt(s, i, false)) i = skipWs(s, i + t);
  for (let k = opened.length - 1; k >= 0; k--) {
    const o = opened[k] ?? '';
    const c = CLOSER[o] ?? o;
    if (!s.startsWith(c, i)) break;
    i = skipWs(s, i + c.length);
    opened.length = k;
    for (let t = tagAt(s, i, false); t > 0; t = tagAt(s, i, false)) i = skipWs(s, i + t);
  }
  return i;
}

/** Length of the separator at `i` (`:-` `->` `=>` `:` `-` `–` `—` `|` `,`), or 0. */
function separatorAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const n = s.charCodeAt(i + 1);
  if ((c === 58 && n === 45) || (c === 45 && n === 62) || (c === 61 && n === 62)) return 2;
  return c === 58 || isDash(c) || c === 124 || c === 44 ? 1 : 0;
}

/** Where the event text starts: past closing markup, one separator, closing markup. */
function textStartAfter(s: string, i: number, opened: string[]): number {
  i = close(s, skipWs(s, i), opened);
  const n = separatorAt(s, i);
  if (n) i = skipWs(s, i + n);
  return close(s, i, opened);
}

/** True when a separator, closing markup or the end follows `i` (for a bare date). */
function separated(s: string, i: number, opened: string[]): boolean {
  const j = close(s, skipWs(s, i), [...opened]);
  return j >= s.length || separatorAt(s, j) > 0 || j > skipWs(s, i);
}

/** Opening markup: `**`, `*`, `__`, `_`, `` ` ``, `[`, `(`, inline HTML tags (any nesting, up to four). */
function openMarkup(s: string, i: number, opened: string[]): number {
  for (let n = 0; n < 4; n++) {
    const ch = s.charAt(i);
    const tag = ch === '<' ? tagAt(s, i, true) : 0;
    if (tag > 0) {
      i += tag;
    } else if (ch === '*' || ch === '_') {
      let j = i;
      while (s.charAt(j) === ch && j - i < 3) j++;
      opened.push(s.slice(i, j));
      i = j;
    } else if (ch === '`' || ch === '[' || ch === '(') {
      opened.push(ch);
      i++;
    } else break;
    i = skipWs(s, i);
  }
  return i;
}

function token(
  s: string, start: number, end: number, status: TimeStatus, core: ClockCore | null,
  zone: Span | null, date: DateValue | null, textStart: number,
): TimeToken {
  const ok = status === 'ok' && core !== null;
  const t: TimeToken = {
    start, end, text: s.slice(start, end), status,
    hour: ok ? core.hour : null, minute: ok ? core.minute : null, second: ok ? core.second : null,
    meridiem: core?.meridiem ?? null, zone, date, textStart,
  };
  if (core?.problem !== undefined) t.problem = core.problem;
  if (core?.suggestion !== undefined) t.suggestion = core.suggestion;
  return t;
}

/** End of the deliberately unknown time at `i` (`T+5m`, `???`, `2X:XX`, `HH:MM`), or -1. */
function unknownEnd(s: string, i: number, c: number): number {
  let re: RegExp | null = null;
  if (c === 84 /* T */ && s.charCodeAt(i + 1) !== 104 /* not "Th..." */) re = RELATIVE;
  else if (c === 63 /* ? */) re = QUESTION;
  if (re === null && (s.charCodeAt(i + 1) === 58 || s.charCodeAt(i + 2) === 58)) re = PLACEHOLDER;
  if (re === null) return -1;
  re.lastIndex = i;
  const m = re.exec(s);
  if (!m || (re === PLACEHOLDER && !/[^0-9:]/.test(m[0]))) return -1;
  return i + m[0].length;
}

// `[03-26 23:04]`, `12/05 16:21`: month and day without a year, right before a clock time.
const MONTH_DAY = /(\d{1,2})([-/])(\d{1,2})[ \t]+(?=\d{1,2}:\d{2})/y;

/**
 * A yearless numeric date that only counts as one because a time follows it. The dash form
 * is ISO order (`--MM-DD`, month first); the slash form is ambiguous when both parts could
 * be the month.
 */
function monthDayAt(s: string, i: number): { date: DateValue; at: number } | null {
  MONTH_DAY.lastIndex = i;
  const m = MONTH_DAY.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const dash = m[2] === '-';
  let month = a;
  let day = b;
  if (!dash && a > 12 && b <= 12) { month = b; day = a; }
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const text = s.slice(i, i + (m[1] ?? '').length + 1 + (m[3] ?? '').length);
  const date: DateValue = { start: i, end: i + text.length, text, year: null, month, day, weekday: null, ambiguous: !dash && a <= 12 && b <= 12 && a !== b };
  return { date, at: i + m[0].length };
}

// Forms read only at the start of an entry, where what follows confirms them:
// `10.15: deployed` (dot, then a separator) and `0900 UTC: paged` (military, then UTC/GMT/Z
// and a separator, so `2024 UTC migration` stays a year).
const DOT_ENTRY = /(\d{2})\.(\d{2})(?=[ \t]*(?:[:|\-–—][ \t]|[A-Z]{2,5}\b))/y;
const MILITARY_UTC = /(\d{2})(\d{2})(?=[ \t]?(?:UTC|GMT|Z)[ \t]*[:|\-–—])/y;

function entryClockAt(s: string, i: number): ClockCore | null {
  for (const re of [DOT_ENTRY, MILITARY_UTC]) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) continue;
    const hour = Number(m[1]);
    const minute = Number(m[2]);
    if (hour > 23 || minute > 59) return null;
    return { start: i, end: i + m[0].length, status: 'ok', hour, minute, second: null, meridiem: null };
  }
  return null;
}

const DAY_N = /day[ \t]+\d{1,2}[ \t]*[,:\-–—][ \t]*/iy;
const WEEKDAY_LEAD = /(sun|mon|tue|wed|thu|fri|sat)[a-z]{0,6}\.?,?[ \t]+(?=\d)/iy;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** `Thur 2023-11-09`, `Mon 03/08 10:00`: a weekday name before a numeric date (chrono leaves those to us). */
function weekdayNumericAt(s: string, i: number): DateValue | null {
  WEEKDAY_LEAD.lastIndex = i;
  const m = WEEKDAY_LEAD.exec(s);
  if (!m) return null;
  const at = i + m[0].length;
  const d = dateAt(s, at) ?? monthDayAt(s, at)?.date ?? null;
  if (!d) return null;
  return { ...d, start: i, text: s.slice(i, d.end), weekday: WEEKDAYS.indexOf((m[1] ?? '').toLowerCase()) };
}

// `🔴 10:00 - alert`, `⚠️ 10:05`: an emoji before the time marks the entry, it is not its text.
const PICTOGRAPHS = /(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+[ \t]*/uy;

function skipPictographs(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x2000) return i;
  PICTOGRAPHS.lastIndex = i;
  const m = PICTOGRAPHS.exec(s);
  return m ? i + m[0].length : i;
}

export function matchEntryTime(s: string): TimeToken | null {
  const opened: string[] = [];
  let i = openMarkup(s, skipPictographs(s, skipWs(s, 0)), opened);
  let approx = -1;
  let c = s.charCodeAt(i);
  if (isLetter(c)) {
    // `At 12:30`, `Around 04:00`, `approx. 04:00`: a lead word before the time.
    let j = i + 1;
    while (j - i < 14 && isLetter(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) === 46) j++;
    if (j - i <= 14 && isSpace(s.charCodeAt(j))) {
      const w = s.slice(i, j).toLowerCase();
      if (w === 'at' || w === 'on' || APPROX_WORDS.has(w)) {
        if (w !== 'at' && w !== 'on') approx = i;
        i = skipWs(s, j);
        c = s.charCodeAt(i);
      }
    }
    // `Day 2 - 14:00`, `Day 1, 10:00:`: the day of the incident, then the time.
    DAY_N.lastIndex = i;
    const dn = DAY_N.exec(s);
    if (dn && isDigit(s.charCodeAt(i + dn[0].length))) {
      i += dn[0].length;
      c = s.charCodeAt(i);
    }
  }
  if (c === 0x2248 /* ≈ */ || c === 126 /* ~ */) {
    approx = i;
    i = skipWs(s, i + 1);
    c = s.charCodeAt(i);
  }
  let core = isDigit(c) ? parseClockAt(s, i) ?? entryClockAt(s, i) : null;
  if (core) return afterClock(s, core, approx, null, opened);
  const md = isDigit(c) ? monthDayAt(s, i) : null;
  if (md) {
    core = parseClockAt(s, md.at);
    if (core) return afterClock(s, core, approx, md.date, opened);
  }
  // Deliberately unknown or relative times: never an error.
  const u = unknownEnd(s, i, c);
  if (u > 0) return token(s, i, u, 'unknown', null, null, null, textStartAfter(s, u, opened));
  const date = dateAt(s, i) ?? weekdayNumericAt(s, i);
  if (!date) return null;
  // `**Mar 4**, 09:00`: the date's markup closes before the time.
  const shut = [...opened];
  const after = close(s, date.end, shut);
  if (after > date.end) {
    DATE_TIME_GAP.lastIndex = after;
    const g = DATE_TIME_GAP.exec(s);
    const c2 = parseClockAt(s, after + (g ? g[0].length : 0));
    if (c2) { opened.length = 0; opened.push(...shut); return afterClock(s, c2, approx, date, opened); }
  }
  DATE_TIME_GAP.lastIndex = date.end;
  const gap = DATE_TIME_GAP.exec(s);
  const at = date.end + (gap ? gap[0].length : 0);
  // `June 8 around 8:00 a.m`: an approximate time, like `≈08:00`.
  if (gap?.[1] !== undefined) approx = at - gap[0].length + gap[0].lastIndexOf(gap[1]);
  core = parseClockAt(s, at);
  if (core) return afterClock(s, core, approx, date, opened);
  if (!separated(s, date.end, opened)) return null;
  return token(s, date.start, date.end, 'unknown', null, null, date, textStartAfter(s, date.end, opened));
}

/** Zone, range end, trailing date and separator after the clock time. */
function afterClock(s: string, core: ClockCore, approx: number, date: DateValue | null, opened: string[]): TimeToken | null {
  let end = core.end;
  let zone: Span | null = null;
  const z = zoneAfter(s, end);
  if (z) {
    zone = z.zone;
    end = z.end;
    const j = skipWs(s, end);
    if (s.charCodeAt(j) === 40 /* ( */) end = zoneAfter(s, j)?.end ?? end; // `WAT (UTC+1)`
  } else if (isSpace(s.charCodeAt(end)) && SPACED_HOURS.test(s.slice(end, end + 6))) {
    end += (SPACED_HOURS.exec(s.slice(end, end + 6))?.[0].length ?? 0); // `09:00 hrs`
  } else if (isAlnum(s.charCodeAt(end))) {
    HOURS_SUFFIX.lastIndex = end;
    const h = HOURS_SUFFIX.exec(s);
    if (!h) return null; // `12:30abc` is not a time
    end += h[0].length;
  }
  const next = s.charCodeAt(skipWs(s, end));
  let endCore: ClockCore | null = null;
  if (isDash(next) || (next | 32) === 116 /* t */ || (next | 32) === 117 /* u */) {
    RANGE_GAP.lastIndex = end;
    const rg = RANGE_GAP.exec(s);
    endCore = rg ? parseClockAt(s, end + rg[0].length) : null;
  }
  if (endCore) {
    end = endCore.end;
    const z2 = zoneAfter(s, end);
    if (z2) { zone ??= z2.zone; end = z2.end; }
    if (core.status === 'ok' && core.meridiem === null && endCore.status === 'ok' && endCore.meridiem !== null
      && core.hour !== null && core.minute !== null && core.hour >= 1 && core.hour <= 12
      && endCore.hour !== null && endCore.minute !== null) {
      // `10:00 - 11:30 AM`: the start takes the end's meridiem when that keeps it first.
      const inferred = inferStartHour(core.hour, core.minute, endCore.hour, endCore.minute);
      core = { ...core, hour: inferred.hour };
    }
  }
  if (!date) {
    // `13:52:04 - 25th May 2023 - text`, `12:30 on March 8`.
    let j = skipWs(s, end);
    if (isDash(s.charCodeAt(j)) || s.charCodeAt(j) === 44 || s.charCodeAt(j) === 124) j = skipWs(s, j + 1);
    else if (s.startsWith('on ', j)) j = skipWs(s, j + 3);
    const d = isAlnum(s.charCodeAt(j)) ? dateAt(s, j) : null;
    if (d && separated(s, d.end, opened)) { date = d; end = d.end; }
  }
  const start = approx >= 0 ? approx : core.start;
  const status: TimeStatus = approx >= 0 ? 'unknown' : core.status;
  return token(s, start, core.end, status, core, zone, date, textStartAfter(s, end, opened));
}
