/**
 * RFC 4180 CSV: CRLF line ends, every field that holds a comma, quote, CR or LF is quoted
 * with inner quotes doubled. Hand-written: the whole format is the two rules below, and a
 * CSV library would be the largest dependency of the pure core.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (CSV
 * injection). A value that starts with `=` or `+`, or with `-`/`@` and looks like a call
 * (`@SUM(`, `-1+cmd|`), gets a leading apostrophe; plain owners such as `@alice` and
 * placeholders such as `-` stay as written.
 */
import { COLUMNS, type Row } from './rows';

function defuse(value: string): string {
  if (/^[=+\t\r]/.test(value)) return `'${value}`;
  if (/^[-@]/.test(value) && /[(=+|!]/.test(value)) return `'${value}`;
  return value;
}

export function csvField(value: string): string {
  const v = defuse(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: Row[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) lines.push(COLUMNS.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
