/** "Disable <rule> for this line / for this file" on every diagnostic. */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { disableForFileEdit, disableForLineEdit } from '../service/suppress/index';

export function suppressionActions(ctx: ServerContext, uri: string, version: number, rule: string, d: Diagnostic): CodeAction[] {
  const parsed = ctx.store.parsed(uri);
  if (!parsed) return [];
  const lines = parsed.source.lines;
  const eol = parsed.source.eol;
  const isCode = (l: number): boolean => parsed.lines.isCode(l);
  const out: CodeAction[] = [];
  const add = (title: string, e: TextEdit | undefined): void => {
    if (e) out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { documentChanges: [{ textDocument: { uri, version }, edits: [e] }] } });
  };
  add(`Disable ${rule} for this line`, disableForLineEdit(lines, d.range.start.line, rule, eol, isCode));
  add(`Disable ${rule} for this file`, disableForFileEdit(lines, rule, eol, isCode));
  return out;
}
