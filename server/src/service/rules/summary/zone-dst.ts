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
    // One finding per abbreviation and date, fixing every use of it on that date.
    const groups = new Map<string, Use[]>();
    for (const u of uses) {
      const key = `${u.text.toUpperCase()}|${isoOf(u.date)}`;
      const g = groups.get(key);
      if (g) g.push(u);
      else groups.set(key, [u]);
    }
    for (const g of groups.values()) {
      const first = g[0];
      if (!first) continue;
      const res = checkDst(first.text, first.date);
      if (!res || res.ok || !res.expected) continue;
      const expected = res.expected;
      const inDst = zoneInfo(expected, first.date.year, res.iana)?.daylight === true;
      const why = `daylight saving ${inDst ? 'is' : 'is not'} in effect there`;
      const places = [...new Map(g.map((u) => [`${u.range.start.line}:${u.range.start.character}`, u])).values()];
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
