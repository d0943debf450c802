/**
 * Table-row cells (keyed by the header's lower-cased name) and placeholder values. A cell's
 * range is found by locating its value in the row text; when it is not there (the model
 * kept only the task cell as `text`), the field points at the whole text.
 */
import type { Hit } from './position';

/** The first cell whose header matches, with a non-placeholder value. */
export function findCell(cells: Record<string, string> | undefined, header: RegExp): string | null {
  if (!cells) return null;
  for (const [key, value] of Object.entries(cells)) {
    if (header.test(key.trim().toLowerCase()) && value.trim() !== '') return value.trim();
  }
  return null;
}

/** Where `value` appears in `text` (first occurrence), else the whole text. */
export function cellHit(text: string, value: string): Hit {
  const i = text.indexOf(value);
  if (i >= 0) return { start: i, end: i + value.length, text: value };
  return { start: 0, end: text.length, text: value };
}

/** Strip emphasis, code, brackets and braces that people wrap placeholders in. */
export function stripMarkup(value: string): string {
  return value.replace(/[*_`~[\]{}<>()"']/g, '').trim();
}

const PLACEHOLDER = /^(?:tbd|tba|tbc|n\/?a|none|nobody|unassigned|unknown|\?+|[-–—]+|x{2,}|owner|name|assignee|todo|date|due|\.\.\.|…|insert.*)$/i;

/** True for `*TBD*`, `TBD`, `?`, `-`, `[owner]`, `{{name}}`, `N/A` and the like. */
export function isPlaceholder(value: string): boolean {
  const v = stripMarkup(value);
  return v === '' || PLACEHOLDER.test(v);
}
