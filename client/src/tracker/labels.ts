/**
 * What a row of the Action Items view says: its label, description and tooltip. Pure (no
 * `vscode` import) so it is unit-tested; provider.ts wraps the tooltip in a MarkdownString.
 * The view's pane is narrow, so the row is cut by VS Code: the tooltip always carries the
 * whole task, its owner, due date and priority (saying so when one is missing), and the
 * document (title, file and line).
 */
import type { TrackedDocument, TrackedTask } from '../../../server/src/protocol';

export interface RowText {
  label: string;
  description: string;
  /** Markdown source (document text escaped); no HTML, no command links. */
  tooltip: string;
}

function decode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

export function fileName(uri: string): string {
  return decode(uri.split('/').pop() ?? uri);
}

/** Escapes Markdown syntax so document text reads literally (`*`, `_`, `[x](y)`, `<b>`, `#`...). */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}

/** One line of the task text (the tree shows one line; the tooltip shows it all). */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function taskRow(doc: TrackedDocument, task: TrackedTask, showFile: boolean): RowText {
  const parts = [showFile ? fileName(doc.uri) : task.owner ?? 'no owner', task.due ? `due ${task.due}` : '', task.priority ?? ''];
  const field = (name: string, value: string | null, missing: string): string => `${name}: ${value === null ? `*${missing}*` : mdEscape(value)}`;
  const fields = [
    field('Owner', task.owner, 'no owner'),
    field('Due', task.due, 'no due date'),
    ...(task.priority ? [field('Priority', task.priority, '')] : []),
  ].join(' · ');
  const where = `${doc.title ? `${mdEscape(doc.title)} — ` : ''}${mdEscape(fileName(doc.uri))}, line ${task.line + 1}`;
  return {
    label: oneLine(task.text),
    description: parts.filter(Boolean).join(' · '),
    tooltip: `**${mdEscape(oneLine(task.text))}**\n\n${fields}\n\n${where}`,
  };
}

export function groupRow(label: string, description: string, open: number, uri: string | null): RowText {
  const count = `${open} open task${open === 1 ? '' : 's'}`;
  const where = uri ? `\n\n${mdEscape(decode(uri.replace(/^file:\/\//, '')))}` : '';
  return {
    label,
    description: `${description ? `${description} · ` : ''}${open} open`,
    tooltip: `**${mdEscape(label)}**\n\n${count}${where}`,
  };
}
