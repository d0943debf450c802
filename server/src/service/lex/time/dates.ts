/**
 * Calendar dates in prose: `Dec 1, 2022`, `Thursday, May 9, 2024`, `14th August 2024`,
 * `September 15th`, `2024-08-11`, `13/10/2023`.
 *
 * Dates written with month names go to chrono-node (strict mode: no "today", no "next
 * week"). All-numeric dates are hand-written here because chrono silently picks month-first
 * for `05/06/2023`, and the linter must say that such a date is ambiguous; it also reads
 * `13/10/2023` day-first only by accident of validation.
 */
import * as chrono from 'chrono-node';
import type { DateValue } from './types';
import { Memo } from '../../text/memo';

export interface DateOptions {
  /** The year chrono assumes for dates written without one (the result keeps year null). */
  referenceYear?: number;
  /** Read an ambiguous `05/06/2023` day-first (6 May is month-first). Default false. */
  dayFirst?: boolean;
}

/** Day of the week, 0 = Sunday, for a proleptic Gregorian date. */
export function weekdayOf(y: number, m: number, d: number): number {
  const dt = new Date(Date.UTC(2000, m - 1, d));
  dt.setUTCFullYear(y);
  return dt.getUTCDay();
}

function daysInMonth(y: number | null, m: number): number {
  if (m === 2) return y === null || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `2023-03-08`, or `--03-08` when the year is not written. */
export function isoDate(d: { year: number | null; month: number; day: number }): string {
  const md = `${pad2(d.month)}-${pad2(d.day)}`;
  return d.year === null ? `--${md}` : `${String(d.year).padStart(4, '0')}-${md}`;
}

const ISO = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![0-9])/y;
// Day/month/year or month/day/year. Dots and dashes need a four-digit year (`1.2.34` is a
// version, not a date).
const NUMERIC = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![0-9])/y;

function numericAt(s: string, i: number, opts?: DateOptions): DateValue | null {
  const prev = s.charCodeAt(i - 1);
  // Inside `1.2.3`, `1/2/3`, `v1.2.2023` or a word: not a date.
  if ((prev >= 48 && prev <= 57) || prev === 47 || prev === 46 || (prev | 32) >= 97 && (prev | 32) <= 122) return null;
  ISO.lastIndex = i;
  let m = ISO.exec(s);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { start: i, end: i + m[0].length, text: m[0], year, month, day, weekday: null, ambiguous: false };
  }
  NUMERIC.lastIndex = i;
  m = NUMERIC.exec(s);
  if (!m) return null;
  const sep = m[2];
  const yText = m[4] ?? '';
  if (sep !== '/' && yText.length !== 4) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = yText.length === 2 ? 2000 + Number(yText) : Number(yText);
  let day: number;
  let month: number;
  let ambiguous = false;
  if (a > 12 && b <= 12) { day = a; month = b; } else if (b > 12 && a <= 12) { month = a; day = b; } else if (a <= 12 && b <= 12) {
    ambiguous = a !== b;
    if (opts?.dayFirst) { day = a; month = b; } else { month = a; day = b; }
  } else return null;
  if (month < 1 || day < 1 || day > daysInMonth(year, month)) return null;
  return { start: i, end: i + m[0].length, text: m[0], year, month, day, weekday: null, ambiguous };
}

// Clock times are blanked (same length, so offsets hold) before chrono reads a line, so a
// date's span never swallows the time after it, and chrono's own time reading (which
// forgives `23:59 PM`) never matters here.
const CLOCK = /\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm](?![A-Za-z])\.?)?|\b\d{1,2}\s?[AaPp]\.?[Mm](?![A-Za-z])\.?/g;
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;
const LEADING = /^(?:on|the|from|since)\s+/i;
const TRAILING = /(?:[\s,]+(?:at|@|from|on|between))?[\s,]*$/i;

function blank(s: string, re: RegExp): string {
  return s.replace(re, (x) => ' '.repeat(x.length));
}

/**
 * chrono's strict English parser without the refiners that glue a zone (`(GMT+1)`) or a
 * second date (`May 10 - May 11`) onto a date: each date must keep its own span. The
 * refiners are told by what they do, not by class name (a minified bundle renames classes,
 * and chrono exports none of them): each is run alone on dates chrono read from probe
 * texts, and one that makes a date's span reach further is left out. Built on first use.
 */
const GLUE_PROBES = ['May 10, 2024 (GMT+1)', 'May 10, 2024 EST', 'May 10, 2024 - May 11, 2024'];
const PROBE_REF = new Date(2024, 5, 15);

interface Probe { text: string; dates: chrono.ParsingResult[]; endAt: Map<number, number> }

function probe(text: string, bare: chrono.Chrono): Probe {
  const found = bare.parse(text, PROBE_REF).filter((r): r is chrono.ParsingResult => r instanceof chrono.ParsingResult);
  // The outermost dates only (chrono also reads `10` inside `May 10, 2024`).
  const dates = found.filter((r) => !found.some((o) => o !== r && o.index <= r.index && o.index + o.text.length >= r.index + r.text.length && o.text.length > r.text.length));
  return { text, dates, endAt: new Map(dates.map((r) => [r.index, r.index + r.text.length])) };
}

function gluesOn(refiner: chrono.Refiner, probes: readonly Probe[]): boolean {
  return probes.some(({ text, dates, endAt }) => refiner
    .refine(new chrono.ParsingContext(text, PROBE_REF), dates.map((r) => r.clone()))
    .some((r) => r.index + r.text.length > (endAt.get(r.index) ?? Infinity)));
}

let strictParser: chrono.Chrono | undefined;
function ownSpanParser(): chrono.Chrono {
  if (!strictParser) {
    const p = chrono.strict.clone();
    const bare = new chrono.Chrono({ parsers: p.parsers, refiners: [] });
    const probes = GLUE_PROBES.map((t) => probe(t, bare));
    p.refiners = p.refiners.filter((r) => !gluesOn(r, probes));
    strictParser = p;
  }
  return strictParser;
}

/** The refiners the date reader leaves out (for tests). */
export function leftOutRefiners(): chrono.Refiner[] {
  const kept = new Set(ownSpanParser().refiners);
  return chrono.strict.refiners.filter((r) => !kept.has(r));
}

/**
 * chrono is the costly part of reading dates (~0.5 ms a call, in the CLI's profile), and a
 * document reads some lines more than once (its title and summary, then the rules that read
 * dates): over the corpus, 281 calls for 171 texts. Its answers are kept by text and year
 * (callers never change them; findDates puts them in an array of its own).
 */
const chronoMemo = new Memo<DateValue[]>(2_000);

function chronoDates(masked: string, opts?: DateOptions): DateValue[] {
  const year = opts?.referenceYear ?? new Date().getFullYear();
  return chronoMemo.get(`${year}|${masked}`, () => readChrono(masked, year));
}

function readChrono(masked: string, year: number): DateValue[] {
  const ref = new Date(year, 5, 15);
  const out: DateValue[] = [];
  for (const r of ownSpanParser().parse(masked, ref, { forwardDate: false })) {
    const c = r.start;
    if (!c.isCertain('month') || !c.isCertain('day')) continue;
    // chrono includes a leading `On` in `On 14th August 2024`; the date is what follows.
    const lead = LEADING.exec(r.text)?.[0].length ?? 0;
    const gap = r.text.indexOf('  ', lead);
    const text = r.text.slice(lead, gap < 0 ? undefined : gap).replace(TRAILING, '');
    if (!MONTH_WORD.test(text) || !/\d/.test(text)) continue; // numeric forms are ours
    const month = c.get('month');
    const day = c.get('day');
    if (month === null || day === null) continue;
    out.push({
      start: r.index + lead, end: r.index + lead + text.length, text,
      year: c.isCertain('year') ? c.get('year') : null,
      month, day,
      weekday: c.isCertain('weekday') ? c.get('weekday') : null,
      ambiguous: false,
    });
  }
  return out;
}

/** Every date in a line of prose, in order, with offsets into `s`. */
export function findDates(s: string, opts?: DateOptions): DateValue[] {
  const numeric: DateValue[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const d = numericAt(s, i, opts);
    if (d) { numeric.push(d); i = d.end - 1; continue; }
    while (i + 1 < s.length && s.charCodeAt(i + 1) >= 48 && s.charCodeAt(i + 1) <= 57) i++;
  }
  // Numeric dates are blanked in one pass (slicing the string per date was quadratic on a
  // line of many dates); `numeric` is in order and its spans do not overlap.
  const clockFree = blank(s, CLOCK);
  const parts: string[] = [];
  let at = 0;
  for (const d of numeric) {
    parts.push(clockFree.slice(at, d.start), ' '.repeat(d.end - d.start));
    at = d.end;
  }
  parts.push(clockFree.slice(at));
  const masked = parts.join('');
  const all = MONTH_WORD.test(masked) ? numeric.concat(chronoDates(masked, opts)) : numeric;
  return all.sort((x, y) => x.start - y.start);
}

/** Month and weekday names (lower case) that can start a date. */
export const DATE_LEAD_WORDS: ReadonlySet<string> = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june',
  'jul', 'july', 'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov',
  'november', 'dec', 'december', 'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed',
  'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun',
  'sunday',
]);
const ORDINAL_MONTH = /\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iy;
const FIRST_CLOCK = /\d{1,2}:\d{2}|\d{1,2}\s?[AaPp]\.?[Mm](?![A-Za-z])|\d{4}\s?hrs/;

const leadCache = new Map<string, DateValue | null>();

/**
 * The date that starts exactly at `i`, or null. Cheap unless the text there starts with a
 * digit or a month or weekday name; chrono results are memoised by the text before the
 * first clock time, which entries of the same day share.
 */
export function dateAt(s: string, i: number, opts?: DateOptions): DateValue | null {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) {
    const d = numericAt(s, i, opts);
    if (d) return d;
    ORDINAL_MONTH.lastIndex = i;
    if (!ORDINAL_MONTH.test(s)) return null;
  } else {
    let j = i;
    while (j - i < 10 && ((s.charCodeAt(j) | 32) >= 97 && (s.charCodeAt(j) | 32) <= 122)) j++;
    if (j - i < 3 || j - i > 9 || !DATE_LEAD_WORDS.has(s.slice(i, j).toLowerCase())) return null;
  }
  let piece = s.slice(i, i + 48);
  const clock = FIRST_CLOCK.exec(piece);
  if (clock) piece = piece.slice(0, clock.index);
  const key = `${opts?.referenceYear ?? ''}|${piece}`;
  let d = leadCache.get(key);
  if (d === undefined) {
    d = chronoDates(piece, opts).find((x) => x.start === 0) ?? null;
    if (leadCache.size > 5000) leadCache.clear();
    leadCache.set(key, d);
  }
  return d ? { ...d, start: d.start + i, end: d.end + i } : null;
}
