import type { Range } from '../../text/source-text';
import type { Rule } from '../types';
import { dstCheck } from '../../lex/time/zones';
import { isoOf } from '../../derive/timeline/dates';
import { zoneInfo } from '../../derive/timeline/zone-cache';
import type { CalendarDate } from '../../derive/timeline/types';
import { quote, resolved } from '../timeline/shared';

const checks = new Map<string, ReturnType<typeof dstCheck>>();
/** dstCheck (Intl through luxon) memoised per abbreviation and date. */
function checkDst(abbrev: string, d: CalendarDate): ReturnType<typeof dstCheck> {
  const key = `${abbrev}|${isoOf(d)}`;
  if (checks.has(key)) return checks.get(key) ?? null;
  if (checks.size > 2000) checks.clear();
  const r = dstCheck(abbrev, d);
  checks.set(key, r);
  return r;
}

interface Use { text: string; range: Range; date: CalendarDate }

/** A calendar day as one number (2023-07-04 is 20230704), for grouping without building strings. */
function dayNumber(d: CalendarDate): number {
  return (d.year * 100 + d.month) * 100 + d.day;
}

/**
 * The uses grouped by abbreviation (in capitals) and day, groups in the order of their first
 * use. A 7,000-entry timeline in one zone is one group: keys are the text's capitals (computed
 * once per distinct spelling) and the day's number, not a string built per entry (measured:
 * the rule went from 22-28 to 17-19 ms a run on the 10,000-line bench document, median of 15).
 */
function byZoneAndDay(uses: readonly Use[]): Use[][] {
  const upper = new Map<string, string>();
  const index = new Map<string, Map<number, Use[]>>();
  const groups: Use[][] = [];
  for (const u of uses) {
    let up = upper.get(u.text);
    if (up === undefined) {
      up = u.text.toUpperCase();
      upper.set(u.text, up);
    }
    let days = index.get(up);
    if (!days) {
      days = new Map();
      index.set(up, days);
    }
    const day = dayNumber(u.date);
    const g = days.get(day);
    if (g) g.push(u);
    else {
      const fresh = [u];
      days.set(day, fresh);
      groups.push(fresh);
    }
  }
  return groups;
}

/**
 * The group's uses with one per place (a mention can be collected twice: found by the fuzz
 * test): at the place of its first use, the last (as a Map keyed by place keeps them).
 */
function distinctPlaces(g: readonly Use[]): Use[] {
  const seen = new Map<number, Map<number, number>>();
  const places: Use[] = [];
  for (const u of g) {
    const { line, character } = u.range.start;
    let chars = seen.get(line);
    if (!chars) {
      chars = new Map();
      seen.set(line, chars);
    }
    const at = chars.get(character);
    if (at === undefined) {
      chars.set(character, places.length);
      places.push(u);
    } else places[at] = u;
  }
  return places;
}

/** `EST` in July, `CEST` in January: the abbreviation contradicts daylight saving on that date. */
export const zoneDst: Rule = {
  meta: {
    name: 'zone-dst',
    description: 'A standard-time abbreviation on a date when daylight saving applies there, or the reverse (`EST` in July).',
    category: 'summary',
    defaultSeverity: 'info',
    fixable: true,
    reads: ['times'],
  },
  check(ctx) {
    const tl = resolved(ctx);
    if (!tl.dated) return;
    const uses: Use[] = [];
    const sz = ctx.model.summary.zone;
    const sd = tl.summaryStart?.date;
    if (sz?.range && sd && tl.summaryStart?.zone?.info?.kind === 'abbreviation') uses.push({ text: sz.text, range: sz.range, date: sd });
    for (const r of tl.timed) {
      const z = r.entry.zone;
      const d = r.point?.date;
      if (z?.range && d && r.point?.zone?.info?.kind === 'abbreviation') uses.push({ text: z.text, range: z.range, date: d });
    }
    for (const g of byZoneAndDay(uses)) {
      const first = g[0];
      if (!first) continue;
      const res = checkDst(first.text, first.date);
      if (!res || res.ok || !res.expected) continue;
      const expected = res.expected;
      const inDst = zoneInfo(expected, first.date.year, res.iana)?.daylight === true;
      const why = `daylight saving ${inDst ? 'is' : 'is not'} in effect there`;
      const places = distinctPlaces(g);
      ctx.report({
        range: first.range,
        message: `${quote(first.text)} on ${isoOf(first.date)} is wrong for ${res.iana ?? 'its zone'}: ${why} that day. Write ${quote(expected)}.`,
        related: g.slice(1, 20).map((u) => ({ range: u.range, message: `also ${u.text}` })),
        // One edit per place: a mention can be collected twice (found by the fuzz test).
        fixes: [{ title: `Write ${quote(expected)}${places.length > 1 ? ` (${places.length} places)` : ''}`, edits: places.map((u) => ({ range: u.range, newText: expected })) }],
      });
    }
  },
};
