/** Helpers the action-item rules share: quoting, the open tasks, and where a field is appended. */
import type { Item } from '../../model/schema';
import { lineRange, type Position, type SourceText } from '../../text/source-text';
import type { Fix } from '../types';

export { quote } from '../quote';
export { coreText, fullText } from '../../derive/coverage/texts';

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

/** Escape text for use inside an LSP snippet (`$`, `}` and `\`). */
export { escapeSnippetText as snippetText } from '../../text/snippet';

/**
 * For a table row with a column matching `header`: the range of that cell's content (the
 * whitespace-trimmed text between its pipes, or all of it when it is blank), so a fix can
 * fill it in. Null otherwise.
 */
export function tableCellRange(_source: SourceText, item: Item, header: RegExp): { line: number; start: number; end: number; empty: boolean } | null {
  if (item.markup !== 'table-row' || !item.cells || !item.cellRanges) return null;
  const key = Object.keys(item.cells).find((k) => header.test(k.trim().toLowerCase()));
  const cell = key === undefined ? undefined : item.cellRanges[key];
  if (!cell) return null;
  return { line: cell.range.start.line, start: cell.range.start.character, end: cell.range.end.character, empty: cell.blank };
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
