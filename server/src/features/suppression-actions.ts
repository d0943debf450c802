/**
 * "Disable <rules> for this line / for this file": two entries per line, whatever the number
 * of findings on it (one directive names every rule reported there).
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { disableForFileEdit, disableForLineEdit } from '../service/index';

export function suppressionActions(ctx: ServerContext, uri: string, version: number, rule: string | readonly string[], d: Diagnostic | readonly Diagnostic[]): CodeAction[] {
  const parsed = ctx.store.parsed(uri);
  if (!parsed) return [];
  const diagnostics = Array.isArray(d) ? [...d] : [d as Diagnostic];
  const first = diagnostics[0];
  if (!first) return [];
  const rules = typeof rule === 'string' ? [rule] : [...new Set(rule)];
  const lines = parsed.source.lines;
  const eol = parsed.source.eol;
  const isCode = (l: number): boolean => parsed.lines.isCode(l);
  const out: CodeAction[] = [];
  const add = (title: string, e: TextEdit | undefined): void => {
    if (e) out.push({ title, kind: CodeActionKind.QuickFix, diagnostics, edit: { documentChanges: [{ textDocument: { uri, version }, edits: [e] }] } });
  };
  const names = rules.join(', ');
  add(`Disable ${names} for this line`, disableForLineEdit(lines, first.range.start.line, rules, eol, isCode));
  add(`Disable ${names} for this file`, disableForFileEdit(lines, rules, eol, isCode));
  return out;
}
