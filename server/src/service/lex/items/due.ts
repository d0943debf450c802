/**
 * The due date of an item: `due 2023-04-01`, `by April 1`, `(due: 2024-05-01)`,
 * `deadline: Friday`, `by end of Q3`, or a Due/Deadline column. Prose dates are parsed with
 * chrono-node; only the calendar shorthands chrono does not know (quarters, sprints, EOW)
 * are matched by hand below.
 */
import * as chrono from 'chrono-node';
import { cellHit, findCell, isPlaceholder } from './cells';
import type { Hit } from './position';
import { Memo } from '../../text/memo';
import { allMatches } from '../../text/matches';

export const DUE_COLUMN = /^(?:due|due date|due by|deadline|target|target date|eta|when|by when|date due)$/;

/** A keyword that introduces a due date; the date must follow right after it (global: read it with allMatches). */
export const DUE_KEYWORD = /\b(?:due(?:\s+(?:date|by|on))?|deadline|target(?:\s+date)?|eta|by|before|until|no later than)\b\s*[:=]?\s*/gi;

/** Planning shorthands chrono-node does not parse. */
const SHORTHAND = /^(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week|month|quarter|year|sprint|Q[1-4](?:\s+\d{4})?)|(?:next|this|the\s+next)\s+(?:sprint|release|week|month|quarter)|Q[1-4](?:\s*'?\d{2}(?:\d{2})?)?|H[12]\s+\d{4}|EO[DWMQY]|sprint\s+\d+)\b/i;

/**
 * How a date chrono-node's casual English parser reads can begin: the first word of every
 * pattern of its parsers (chrono-node 2.10: ISO, slash and year-month-day dates, month and
 * weekday names, ordinals, "today"/"tomorrow", "in/within/for <units>", "<units> ago/later",
 * "this/next/last/past <unit>", "+2 days", times such as "at 5pm" or "noon" that its refiners
 * merge with a date that follows). Month and weekday names by their first three letters,
 * which also covers every abbreviation. A phrase that starts otherwise cannot be read at its
 * start, and chrono is not asked. Measured: `by`/`before`/`until` are mostly prose ("by the
 * on-call engineer", "before customers notice"): 280 of the 452 phrases after a due keyword in
 * the team's corpus, and chrono costs ~0.3 ms a call warm (~370 ms of a 10,000-line analysis).
 * If chrono-node gains a parser, add its first words here (test/unit/lex/due-precheck.test.ts
 * compares this guard with chrono itself over every line of the fixtures and generated text).
 */
const CHRONO_START = new RegExp(
  // Month and weekday prefixes go on (`january`, `mon.`); every other word is whole (`the`, not `they`).
  '^(?:[0-9+\\-(,\uff08]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|tmr|(?:' + [
    'weekend', 'weekday',
    'now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'yesterday', 'last', 'morning', 'afternoon', 'evening', 'night', 'midnight', 'midday', 'noon',
    'this', 'next', 'past', 'after', 'end', 'within', 'in', 'for', 'on', 'at', 'from', 'about', 'around', 'half', 'few', 'several', 'couple',
    // `the`, `a`, `an` start a date chrono reads at the phrase's start only before a unit or an
    // amount (`a week later`, `the day after tomorrow`, `a few days ago`): `the 3rd of May` and
    // `the end of May` are read from their second word, which chronoRead does not take.
    '(?:the|an?)\\s+(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|mon|months?|fortnight|few|couple|several)',
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth',
    'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty', 'thirtieth', 'thirty',
  ].join('|') + ')\\b)',
  'i',
);

/** May chrono read a date at the very start of `rest`? (A cheap test of its first characters.) */
export function mayStartDate(rest: string): boolean {
  return CHRONO_START.test(rest);
}

/** Chrono reads a date at the very start of `rest`, naming at least a day, weekday or month. */
export function chronoAt(rest: string): string | null {
  if (!mayStartDate(rest)) return null;
  // chrono reads the first 60 characters only; the same phrase is read once (a task list
  // repeats its due phrases: 60 distinct among the 1,600 tasks of the 10,000-line bench
  // document, where chrono cost ~250 ms of the first analysis).
  const head = rest.slice(0, 60);
  return chronoMemo.get(head, () => chronoRead(head));
}

const chronoMemo = new Memo<string | null>();

/** chrono-node itself, unguarded (exported for the test that checks the guard against it). */
export function chronoRead(rest: string): string | null {
  const results = chrono.parse(rest.slice(0, 60), new Date(2000, 0, 1));
  const first = results[0];
  if (!first || first.index !== 0) return null;
  const c = first.start;
  if (!(c.isCertain('day') || c.isCertain('weekday') || c.isCertain('month'))) return null;
  return first.text;
}

export function findDue(text: string, cells?: Record<string, string>): Hit | null {
  const cell = findCell(cells, DUE_COLUMN);
  if (cell !== null) return isPlaceholder(cell) ? null : cellHit(text, cell);

  for (const m of allMatches(text, DUE_KEYWORD)) {
    const start = (m.index ?? 0) + m[0].length;
    const rest = text.slice(start);
    const short = SHORTHAND.exec(rest);
    const found = short ? short[0] : chronoAt(rest);
    if (found) return { start, end: start + found.length, text: found };
  }
  return null;
}
