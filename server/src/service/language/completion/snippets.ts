/**
 * The `pm-` templates and entry snippets as completion items, for every LSP editor (VS Code
 * gets the same snippets from snippets/postmortem.code-snippets; both come from
 * buildSnippetFile). Offered where a snippet prefix is being typed at the start of a line:
 * `p`, `pm`, `pm-act`.
 */
import { buildSnippetFile } from '../templates';
import { expandSnippet, substituteVariables } from '../snippet/syntax';
import type { Completion } from './types';

export interface SnippetOptions {
  /** The client inserts LSP snippets (tab stops); otherwise plain text with the defaults. */
  snippetSupport: boolean;
  /** Values of the date and time variables (today's date: see dateVariables). */
  variables: Record<string, string>;
}

const PREFIX_BEFORE = /^(\s*)(p|pm|pm-[a-z-]*)$/;

export function snippetCompletions(line: number, before: string, after: string, options: SnippetOptions): Completion[] | null {
  if (after.trim() !== '') return null;
  const m = PREFIX_BEFORE.exec(before);
  if (!m) return null;
  const start = (m[1] ?? '').length;
  const range = { start: { line, character: start }, end: { line, character: before.length } };
  return Object.entries(buildSnippetFile()).map(([name, entry], i): Completion => {
    const body = entry.body.join('\n');
    return {
      label: entry.prefix,
      kind: 'snippet',
      newText: options.snippetSupport ? substituteVariables(body, options.variables) : expandSnippet(body, { variables: options.variables }),
      range,
      detail: name,
      documentation: entry.description,
      filterText: entry.prefix,
      sortText: `z${String(i).padStart(3, '0')}`,
      ...(options.snippetSupport ? { snippet: true } : {}),
    };
  });
}
