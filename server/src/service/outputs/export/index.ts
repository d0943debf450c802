/**
 * Export the action items of one or more postmortems (the CLI's `--export` and the
 * editor's "Export action items" command): CSV, a Markdown table, or JSON.
 */
import type { Item } from '../../model/schema';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';
import { taskRows, type ExportDoc } from './rows';

export type { ExportDoc } from './rows';
export { COLUMNS } from './rows';
/** The export formats, in the order help and menus give them (the CLI's --action-items, the client's picker). */
export const EXPORT_FORMATS = ['csv', 'md', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

function jsonItem(i: Item) {
  return {
    line: i.line + 1,
    text: i.text,
    status: i.status,
    owner: i.owner?.text ?? null,
    due: i.due?.text ?? null,
    priority: i.priority?.text ?? null,
    tracking: i.tracking?.text ?? null,
    type: i.type,
    checkbox: i.checkbox ? i.checkbox.checked : null,
  };
}

export function exportItems(docs: ExportDoc[], format: ExportFormat): string {
  switch (format) {
    case 'csv': return toCsv(taskRows(docs));
    case 'md': return toMarkdown(taskRows(docs));
    case 'json': {
      const out = docs.map((d) => ({ file: d.file, title: d.title, tasks: d.tasks.map(jsonItem), measures: d.measures.map(jsonItem) }));
      return `${JSON.stringify(out, null, 2)}\n`;
    }
  }
}
