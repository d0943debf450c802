/**
 * Table rows of a timeline as cells: where each cell starts, and which column holds the
 * times when it is not the first (`| Moment | Time (UTC) | Source |`). Pure string work on
 * a row's content; memoised by the header row's text.
 */
import { Memo } from '../text/memo';

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

