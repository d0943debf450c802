/** One flat row per task, shared by the CSV, Markdown and JSON exports. */
import type { Item } from '../../model/schema';

export interface ExportDoc { file: string; title: string | null; tasks: Item[]; measures: Item[] }

export const COLUMNS = ['file', 'line', 'status', 'task', 'owner', 'due', 'priority', 'tracking', 'type'] as const;
export type Column = (typeof COLUMNS)[number];
export type Row = Record<Column, string>;

export function taskRows(docs: ExportDoc[]): Row[] {
  return docs.flatMap((doc) => doc.tasks.map((t) => ({
    file: doc.file,
    line: String(t.line + 1),
    status: t.status ?? '',
    task: t.text,
    owner: t.owner?.text ?? '',
    due: t.due?.text ?? '',
    priority: t.priority?.text ?? '',
    tracking: t.tracking?.text ?? '',
    type: t.type ?? '',
  })));
}
