/**
 * Table rows as cells: a row's cells, where each cell starts (in the content or the raw line),
 * the range of each named cell, and which column of a timeline holds the times when it is not
 * the first (`| Moment | Time (UTC) | Source |`). Pure string work on a row; the time column is
 * memoised by the header row's text.
 */
import { Memo } from '../text/memo';
import { lineRange } from '../text/source-text';
import type { Item } from '../model/schema';

const timeColumnMemo = new Memo<number>();
const TIME_HEADER = /\b(?:time|when|timestamp)\b/i;

/** Cell starts (offsets just past each `|`, and 0) of a table row's content. */
export function cellStarts(row: string): number[] {
  const out = [row.charCodeAt(row.search(/\S|$/)) === 124 ? row.indexOf('|') + 1 : 0];
  for (let k = out[0] ?? 0; k < row.length; k++) {
    if (row.charCodeAt(k) === 92 /* a backslash escapes the next character */) { k++; continue; }
    if (row.charCodeAt(k) === 124) out.push(k + 1);
  }
  return out;
}

/** The column a timeline table keeps its times in, when not the first (`| Moment | Time (UTC) |`). */
export function timeColumn(header: string): number {
  return timeColumnMemo.get(header, () => {
    const starts = cellStarts(header);
    const cells = starts.map((a, k) => header.slice(a, (starts[k + 1] ?? header.length + 1) - 1));
    if (TIME_HEADER.test(cells[0] ?? '')) return 0;
    const k = cells.findIndex((c) => TIME_HEADER.test(c));
    return k > 0 ? k : 0;
  });
}

/** A table row's cells, trimmed (an escaped pipe is text). */
export function splitCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** Where cell `k`'s trimmed text starts in the raw row (an earlier cell may hold the same text). */
export function cellOffset(raw: string, k: number): number {
  let i = raw.length - raw.trimStart().length;
  if (raw[i] === '|') i++;
  for (let cell = 0; cell < k; cell++) {
    while (i < raw.length && !(raw[i] === '|' && raw[i - 1] !== '\\')) i++;
    i++;
  }
  while (i < raw.length && /\s/.test(raw[i] ?? '')) i++;
  return Math.min(i, raw.length);
}

/**
 * Where each named cell of a table row sits (keys in column order, as `cells` holds them):
 * its text without the blanks around it, or for a blank cell all between its pipes. A row
 * may or may not start with a pipe; an escaped pipe (`\|`) is text.
 */
export function cellRanges(raw: string, line: number, keys: readonly string[]): NonNullable<Item['cellRanges']> {
  const pipes: number[] = [];
  for (let i = 0; i < raw.length; i++) if (raw[i] === '|' && raw[i - 1] !== '\\') pipes.push(i);
  const bounds = raw.trimStart().startsWith('|') ? pipes : [-1, ...pipes];
  const out: NonNullable<Item['cellRanges']> = {};
  keys.forEach((key, index) => {
    const left = bounds[index];
    if (left === undefined) return;
    const right = bounds[index + 1] ?? raw.length;
    let start = left + 1;
    let end = right;
    while (start < end && /\s/.test(raw[start] ?? '')) start++;
    while (end > start && /\s/.test(raw[end - 1] ?? '')) end--;
    out[key] = start === end
      ? { range: lineRange(line, left + 1, right), blank: true }
      : { range: lineRange(line, start, end), blank: false };
  });
  return out;
}
