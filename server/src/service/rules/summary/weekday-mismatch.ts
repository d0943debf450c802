import type { DateFact } from '../../model/schema';
import type { Rule } from '../types';
import { weekdayOf } from '../../lex/time/dates';
import { lineRange } from '../../text/source-text';
import { quote } from '../timeline/shared';

const NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = /\b(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)(?:day|nesday|rsday|urday|sday)?\b\.?/i;

/** The correct weekday in the style written: `Thu` -> `Fri`, `THURSDAY` -> `FRIDAY`. */
function styled(written: string, weekday: number): string {
  const full = NAMES[weekday] ?? '';
  const bare = written.replace(/\.$/, '');
  let out = bare.length <= 4 ? full.slice(0, 3) : full;
  if (bare === bare.toUpperCase()) out = out.toUpperCase();
  else if (bare === bare.toLowerCase()) out = out.toLowerCase();
  return out + (written.endsWith('.') ? '.' : '');
}

/** "Thursday, May 10, 2024" should name the weekday that date falls on. */
export const weekdayMismatch: Rule = {
  meta: {
    name: 'weekday-mismatch',
    description: 'A date names the wrong weekday, e.g. `Thursday, May 10, 2024`.',
    category: 'summary',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['times'],
  },
  check(ctx) {
    const { model } = ctx;
    const seen = new Set<string>();
    const dates: (DateFact | null | undefined)[] = [model.title?.date, model.summary.date, ...model.timeline.map((e) => e.date ?? e.day)];
    // A day marker's date (`**Tuesday, March 5**` above its entries) is checked once: `seen` dedupes.
    for (const d of dates) {
      if (!d || d.weekday === null || d.year === null) continue;
      const key = `${d.range.start.line}:${d.range.start.character}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const actual = weekdayOf(d.year, d.month, d.day);
      if (actual === d.weekday) continue;
      const m = WEEKDAY.exec(d.text);
      const right = NAMES[actual] ?? '';
      const fixes = m
        ? [{
            title: `Write ${quote(styled(m[0], actual))}`,
            edits: [{ range: lineRange(d.range.start.line, d.range.start.character + m.index, d.range.start.character + m.index + m[0].length), newText: styled(m[0], actual) }],
          }]
        : [];
      ctx.report({
        range: d.range,
        message: `${quote(d.text)} names the wrong weekday: ${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')} is a ${right}. Correct the weekday or the date.`,
        fixes,
      });
    }
  },
};
