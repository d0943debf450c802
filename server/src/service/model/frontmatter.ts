/** YAML front matter: parsed with the `yaml` package; validated later by its own rule. */
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import { range } from '../text/source-text';
import { findDates } from '../lex/time/dates';
import type { FrontMatter } from './schema';

type CalendarDate = NonNullable<FrontMatter['date']>;

/** The front matter's `date` as a calendar date, if it parses (with its year). */
function dateOf(data: Record<string, unknown>): CalendarDate | null {
  const raw = data['date'];
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) {
    return { year: raw.getUTCFullYear(), month: raw.getUTCMonth() + 1, day: raw.getUTCDate() };
  }
  if (typeof raw !== 'string') return null;
  const d = findDates(raw)[0];
  return d && d.year !== null ? { year: d.year, month: d.month, day: d.day } : null;
}

export function readFrontMatter(tree: Root): FrontMatter | null {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml' || !node.position) return null;
  // The whole block, fences included: the opening `---` line to the closing one (0-based).
  const open = node.position.start.line - 1;
  const close = node.position.end.line - 1;
  const whole = range(open, 0, close, node.position.end.column - 1);
  try {
    const data: unknown = parseYaml(node.value);
    if (data === null || data === undefined) return { range: whole, data: {}, error: null, date: null };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { range: whole, data: null, error: { message: 'Front matter must be a mapping of keys to values.', line: open }, date: null };
    }
    const map = data as Record<string, unknown>;
    return { range: whole, data: map, error: null, date: dateOf(map) };
  } catch (e) {
    const err = e as { message?: string; linePos?: { line: number }[] };
    // linePos counts from the first YAML line, the one after the opening fence.
    const line = open + (err.linePos?.[0]?.line ?? 1);
    return { range: whole, data: null, error: { message: String(err.message ?? e).split('\n')[0] ?? 'invalid YAML', line: Math.min(line, close) }, date: null };
  }
}
