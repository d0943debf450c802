/** A GFM table of the tasks: pipes escaped, line breaks as <br>, so every task stays one row. */
import { COLUMNS, type Row } from './rows';

export function mdCell(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
}

export function toMarkdown(rows: Row[]): string {
  const lines = [
    `| ${COLUMNS.join(' | ')} |`,
    `| ${COLUMNS.map((c) => (c === 'line' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${COLUMNS.map((c) => mdCell(r[c])).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
