/**
 * RFC 4180 CSV: CRLF line ends, every field that holds a comma, quote, CR or LF is quoted
 * with inner quotes doubled. Hand-written: the whole format is the two rules below, and a
 * CSV library would be the largest dependency of the pure core.
 *
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula (CSV
 * injection): `-2*3` and `--1` are arithmetic, `@cmd` a call, with no `(` or `|` needed. Every
 * such value gets a leading apostrophe, except the placeholder `-` alone and, in the owner
 * column only, a handle such as `@alice` (a name, where a person looks for one).
 */
import { COLUMNS, type Column, type Row } from './rows';

const HANDLE = /^@[A-Za-z0-9][\w.-]*$/;

function defuse(value: string, column: Column | undefined): string {
  if (value === '-' || (column === 'owner' && HANDLE.test(value))) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field; `column` says which, for the owner column's handles. */
export function csvField(value: string, column?: Column): string {
  const v = defuse(value, column);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: Row[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) lines.push(COLUMNS.map((c) => csvField(row[c], c)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
