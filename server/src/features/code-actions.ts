/**
 * Quick fixes built statelessly from `diagnostic.data` (never from message text), applied
 * as edits bound to the document version they were computed for: a stale fix is refused by
 * the client instead of corrupting text. Also the "Disable" entries, the Markdown conversion
 * and `source.fixAll.postmortem`. Which actions apply is the service's (codeActions); this
 * file turns them into LSP code actions.
 */
import { CodeActionKind, type CodeAction, type Connection, type Diagnostic, type Disposable, type ServerCapabilities, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { isDiagnosticData, SOURCE } from './convert';
import { snippetToText, type CodeActionChoice, type DiagnosticRef, type Fix, type PostmortemService } from '../service/index';
import { APPLY_SNIPPET_FIX_COMMAND, type SnippetFixArgs } from '../protocol';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;
export const CONVERT_KIND = `${CodeActionKind.RefactorRewrite}.postmortem`;

export const CODE_ACTION_CAPABILITIES: Partial<ServerCapabilities> = {
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CONVERT_KIND, FIX_ALL_KIND, CodeActionKind.SourceFixAll] },
};

function versionedEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri, version }, edits }] };
}

/**
 * A snippet's placeholders resolved to their defaults, for clients without snippet edits:
 * the one snippet parser (service/text/snippet.ts), which reads `\$5` as the text `$5` (regexes
 * here took `$5` for a tabstop and left `Pay \`).
 */
export function plainSnippet(text: string): string {
  return snippetToText(text);
}

/** `snippetFixes`: the client implements `postmortem.applySnippetFix` (snippet edits with tab stops). */
export function fixToAction(uri: string, version: number, fix: Fix, diagnostic: Diagnostic | null, snippetFixes: boolean): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix };
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.preferred) action.isPreferred = true;
  if (fix.snippet && snippetFixes) {
    const args: SnippetFixArgs = { uri, version, edits: fix.edits };
    action.command = { title: fix.title, command: APPLY_SNIPPET_FIX_COMMAND, arguments: [args] };
  } else {
    const edits = fix.snippet ? fix.edits.map((e) => ({ ...e, newText: plainSnippet(e.newText) })) : fix.edits;
    action.edit = versionedEdit(uri, version, edits);
  }
  return action;
}

function toAction(uri: string, version: number, c: CodeActionChoice, diagnostics: readonly Diagnostic[], snippetFixes: boolean): CodeAction {
  switch (c.kind) {
    case 'fix': return fixToAction(uri, version, c.fix, diagnostics[c.diagnostics[0] ?? -1] ?? null, snippetFixes);
    case 'suppress': return { title: c.title, kind: CodeActionKind.QuickFix, diagnostics: c.diagnostics.flatMap((i) => diagnostics[i] ?? []), edit: versionedEdit(uri, version, [c.edit]) };
    case 'convert': return { title: c.title, kind: CONVERT_KIND, edit: versionedEdit(uri, version, c.edits) };
    case 'fixAll': return { title: c.title, kind: FIX_ALL_KIND, edit: versionedEdit(uri, version, c.edits) };
  }
}

export function registerCodeActions(onCodeAction: Connection['onCodeAction'], snippetFixes: boolean, service: PostmortemService): Disposable {
  return onCodeAction(async (params, token) => {
    const uri = params.textDocument.uri;
    const only = params.context.only;
    const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && isDiagnosticData(d.data));
    const refs: DiagnosticRef[] = ours.map((d) => {
      const data = d.data as { rule: string; version: number; fixes: Fix[] };
      return { rule: data.rule, version: data.version, line: d.range.start.line, fixes: data.fixes };
    });
    const r = await service.codeActions(uri, {
      diagnostics: refs,
      quickFix: wants(CodeActionKind.QuickFix),
      convert: wants(CONVERT_KIND),
      fixAll: wants(FIX_ALL_KIND) && only?.some((k) => k === CodeActionKind.SourceFixAll || k === FIX_ALL_KIND || k === CodeActionKind.Source) === true,
    }, token);
    if (!r) return [];
    return r.actions.map((c) => toAction(uri, r.version, c, ours, snippetFixes));
  });
}
