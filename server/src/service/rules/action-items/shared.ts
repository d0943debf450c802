/** Helpers the action-item rules share: quoting, the open tasks, and where a field is appended. */
import type { Item } from '../../model/schema';
import { lineRange, type Position, type SourceText } from '../../text/source-text';
import type { Fix } from '../types';

export { quote } from '../quote';

/** Tasks still to do: done tasks need no owner, due date or ticket any more. */
export function openTasks(tasks: readonly Item[]): Item[] {
  return tasks.filter((t) => t.status !== 'done');
}

/** The end of an item's text on its first line, trailing blanks excluded: where a field is appended. */
export function appendPoint(source: SourceText, item: Item): Position {
  const line = item.textRange.start.line;
  const raw = source.lineAt(line);
  const end = Math.min(item.textRange.end.character, raw.length);
  let at = end;
  while (at > item.textRange.start.character && /\s/.test(raw[at - 1] ?? '')) at--;
  return { line, character: at };
}

/**
 * An item's whole text: its first line and the lines it runs on to (a title's description,
 * the details under a bullet), list markers and emphasis aside. What a measure asks for is
 * often in those lines ("Review provider contracts:" / "Compare the throttling terms ...").
 */
export function fullText(source: SourceText, item: Item): string {
  const parts = [item.text];
  for (let l = item.line + 1; l <= item.endLine; l++) {
    parts.push(source.lineAt(l).replace(/^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])?\s*(?:\[[ xX]?\]\s*)?/, '').trim());
  }
  return parts.filter((p) => p !== '').join(' ');
}

/** Escape text for use inside an LSP snippet (`$`, `}` and `\`). */
export function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * For a table row with a column matching `header`: the range of that cell's content (the
 * whitespace-trimmed text between its pipes, or all of it when it is blank), so a fix can
 * fill it in. Null otherwise.
 */
export function tableCellRange(source: SourceText, item: Item, header: RegExp): { line: number; start: number; end: number; empty: boolean } | null {
  if (item.markup !== 'table-row' || !item.cells) return null;
  const index = Object.keys(item.cells).findIndex((k) => header.test(k.trim().toLowerCase()));
  if (index < 0) return null;
  const raw = source.lineAt(item.line);
  const pipes: number[] = [];
  for (let i = 0; i < raw.length; i++) if (raw[i] === '|' && raw[i - 1] !== '\\') pipes.push(i);
  // A row may or may not start with a pipe.
  const leading = raw.trimStart().startsWith('|');
  const bounds = leading ? pipes : [-1, ...pipes];
  const left = bounds[index];
  if (left === undefined) return null;
  const right = bounds[index + 1] ?? raw.length;
  let start = left + 1;
  let end = right;
  while (start < end && /\s/.test(raw[start] ?? '')) start++;
  while (end > start && /\s/.test(raw[end - 1] ?? '')) end--;
  // An empty cell is replaced whole, so the fix can pad its value with one space each side.
  if (start === end) return { line: item.line, start: left + 1, end: right, empty: true };
  return { line: item.line, start, end, empty: false };
}

/**
 * What a task says, without the fields it carries (owner, due date, priority, ticket) and
 * their labels and status words, so two tasks that differ only in those compare equal.
 */
export function coreText(item: Item): string {
  const base = item.textRange.start;
  const cuts: [number, number][] = [];
  for (const f of [item.owner, item.due, item.priority, item.tracking]) {
    if (!f || f.range.start.line !== base.line || f.range.end.line !== base.line) continue;
    cuts.push([f.range.start.character - base.character, f.range.end.character - base.character]);
  }
  let t = item.text;
  for (const [s, e] of cuts.sort((a, b) => b[0] - a[0])) if (s >= 0 && e <= t.length) t = `${t.slice(0, s)} ${t.slice(e)}`;
  return t
    .replace(/\b(?:owners?|assignee|assigned to|due(?: date| by| on)?|deadline|by|priority|status|ticket)\s*[:=]?\s*(?=[\s,;)\]]|$)/gi, ' ')
    .replace(/\b(?:DONE|TODO|WIP)\b/g, ' ')
    .replace(/[([]\s*[,;]?\s*[)\]]/g, ' ')
    .replace(/(?<!\s)\s*[,;]\s*(?=[,;)]|$)/g, ' ') // starts at its blank run: linear
    .replace(/\s+/g, ' ')
    .trim();
}

export interface MissingField {
  /** The label written before the value: `owner`, `due`. */
  label: string;
  /** The snippet placeholder: not read as a value, so the task stays flagged until it is replaced. */
  placeholder: string;
  /** How the title names it: `owner`, `due date`. */
  name: string;
  /** The table column that holds it. */
  column: RegExp;
}

/**
 * One snippet fix for a task missing fields (owner, due date, or both): fill each field's
 * table column when the task is a row with one, else append `(owner: …, due: …)` after the
 * text, all missing fields in one parenthesis. Tab stops are numbered in order, so the user
 * tabs from one field to the next.
 */
export function missingFieldsFix(source: SourceText, task: Item, fields: readonly MissingField[]): Fix {
  const edits: Fix['edits'] = [];
  const appended: string[] = [];
  fields.forEach((field, i) => {
    const snippet = `\${${i + 1}:${field.placeholder}}`;
    const cell = tableCellRange(source, task, field.column);
    if (cell) edits.push({ range: lineRange(cell.line, cell.start, cell.end), newText: cell.empty ? ` ${snippet} ` : snippet });
    else appended.push(`${field.label}: ${snippet}`);
  });
  if (appended.length > 0) {
    const at = appendPoint(source, task);
    edits.push({ range: { start: at, end: at }, newText: ` (${appended.join(', ')})` });
  }
  const fill = appended.length === 0;
  const what = fields.map((f) => `${fill ? 'the' : /^[aeiou]/.test(f.name) ? 'an' : 'a'} ${f.name}`).join(' and ');
  return { title: `${fill ? 'Fill in' : 'Add'} ${what}`, snippet: true, preferred: true, edits: edits.sort((a, b) => a.range.start.character - b.range.start.character) };
}

export const OWNER_FIELD: MissingField = {
  label: 'owner',
  placeholder: 'owner',
  name: 'owner',
  column: /^(?:owners?|owner role|who|assignee|assigned to|responsible|dri|lead)$/,
};

export const DUE_FIELD: MissingField = {
  label: 'due',
  placeholder: 'YYYY-MM-DD',
  name: 'due date',
  column: /^(?:due|due date|due by|deadline|target|target date|eta|when|by when|date due)$/,
};
