/**
 * The due date of an item: `due 2023-04-01`, `by April 1`, `(due: 2024-05-01)`,
 * `deadline: Friday`, `by end of Q3`, or a Due/Deadline column. Prose dates are parsed with
 * chrono-node; only the calendar shorthands chrono does not know (quarters, sprints, EOW)
 * are matched by hand below.
 */
import * as chrono from 'chrono-node';
import { cellHit, findCell, isPlaceholder } from './cells';
import type { Hit } from './position';

const DUE_COLUMN = /^(?:due|due date|due by|deadline|target|target date|eta|when|by when|date due)$/;

/** A keyword that introduces a due date; the date must follow right after it. */
const KEYWORD = /\b(?:due(?:\s+(?:date|by|on))?|deadline|target(?:\s+date)?|eta|by|before|until|no later than)\b\s*[:=]?\s*/gi;

/** Planning shorthands chrono-node does not parse. */
const SHORTHAND = /^(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week|month|quarter|year|sprint|Q[1-4](?:\s+\d{4})?)|(?:next|this|the\s+next)\s+(?:sprint|release|week|month|quarter)|Q[1-4](?:\s*'?\d{2}(?:\d{2})?)?|H[12]\s+\d{4}|EO[DWMQY]|sprint\s+\d+)\b/i;

/** Chrono reads a date at the very start of `rest`, naming at least a day, weekday or month. */
function chronoAt(rest: string): string | null {
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

  for (const m of text.matchAll(KEYWORD)) {
    const start = (m.index ?? 0) + m[0].length;
    const rest = text.slice(start);
    const short = SHORTHAND.exec(rest);
    const found = short ? short[0] : chronoAt(rest);
    if (found) return { start, end: start + found.length, text: found };
  }
  return null;
}
