/**
 * Quick fixes for the findings `diagnostic.data` names (never read from message text), applied
 * as edits bound to the document version they were computed for: a stale fix is refused by
 * the client instead of corrupting text. Also the "Disable" entries, the Markdown conversion
 * and `source.fixAll.postmortem`. Which actions apply is the service's (codeActions); this
 * file turns them into LSP code actions.
 *
 * A client that resolves code actions (`textDocument.codeAction.resolveSupport` names `edit`:
 * VS Code) gets them without edits, with `data` saying what each is and the version it is
 * for; `codeAction/resolve` fills in the edit for that version only (a stale one gets none).
 * Other clients get every edit at once, as before. Two exceptions keep their edits: "Fix all"
 * (it is one action, asked for on purpose) and snippet fixes for a client that runs
 * `postmortem.applySnippetFix` (the edits are that command's arguments; a resolved command is
 * not something every client applies).
 */
import { CodeActionKind, type CodeAction, type Connection, type Diagnostic, type Disposable, type ServerCapabilities, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { isDiagnosticData, SOURCE, type DiagnosticData } from './convert';
import { isActionHandle, snippetToText, type ActionHandle, type CodeActionChoice, type DiagnosticRef, type Fix, type PostmortemService } from '../service/index';
import { APPLY_SNIPPET_FIX_COMMAND, type SnippetFixArgs } from '../protocol';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;
export const CONVERT_KIND = `${CodeActionKind.RefactorRewrite}.postmortem`;

export const CODE_ACTION_CAPABILITIES: Partial<ServerCapabilities> = {
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CONVERT_KIND, FIX_ALL_KIND, CodeActionKind.SourceFixAll], resolveProvider: true },
};

/** A lazy action's `data`: the document, the version its edit will be computed for, and what it is. */
interface ActionData { uri: string; version: number; action: ActionHandle }

function isActionData(v: unknown): v is ActionData {
  if (!v || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  return typeof d.uri === 'string' && typeof d.version === 'number' && isActionHandle(d.action);
}

export interface CodeActionSupport {
  /** The client implements `postmortem.applySnippetFix` (snippet edits with tab stops). */
  snippetFixes: boolean;
  /** The client resolves a code action's `edit` (`codeAction/resolve`). */
  resolveEdits: boolean;
}

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

/** A fix's edits as the client applies them: snippets resolved to their defaults (the command path keeps them). */
function fixEdits(edits: readonly TextEdit[], snippet: boolean): TextEdit[] {
  return snippet ? edits.map((e) => ({ ...e, newText: plainSnippet(e.newText) })) : [...edits];
}

/** The edit, inline or (for a client that resolves) as `data` to resolve it by. */
function withEdit(action: CodeAction, uri: string, version: number, edits: readonly TextEdit[], handle: ActionHandle, support: CodeActionSupport): CodeAction {
  if (support.resolveEdits) action.data = { uri, version, action: handle } satisfies ActionData;
  else action.edit = versionedEdit(uri, version, [...edits]);
  return action;
}

function fixToAction(uri: string, version: number, fix: Fix, diagnostic: Diagnostic | null, support: CodeActionSupport, handle: ActionHandle): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix };
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.preferred) action.isPreferred = true;
  if (fix.snippet && support.snippetFixes) {
    const args: SnippetFixArgs = { uri, version, edits: fix.edits };
    action.command = { title: fix.title, command: APPLY_SNIPPET_FIX_COMMAND, arguments: [args] };
    return action;
  }
  return withEdit(action, uri, version, fixEdits(fix.edits, fix.snippet === true), handle, support);
}

function toAction(uri: string, version: number, c: CodeActionChoice, diagnostics: readonly Diagnostic[], support: CodeActionSupport): CodeAction {
  switch (c.kind) {
    case 'fix': return fixToAction(uri, version, c.fix, diagnostics[c.diagnostics[0] ?? -1] ?? null, support, c.handle);
    case 'suppress': return withEdit({ title: c.title, kind: CodeActionKind.QuickFix, diagnostics: c.diagnostics.flatMap((i) => diagnostics[i] ?? []) }, uri, version, [c.edit], c.handle, support);
    case 'convert': return withEdit({ title: c.title, kind: CONVERT_KIND }, uri, version, c.edits, c.handle, support);
    case 'fixAll': return { title: c.title, kind: FIX_ALL_KIND, edit: versionedEdit(uri, version, c.edits) };
  }
}

/** `codeAction/resolve`: the edit of a lazy action, for the version it was offered for; none when the document has moved on. */
export function registerCodeActionResolve(onResolve: Connection['onCodeActionResolve'], service: PostmortemService): Disposable {
  return onResolve(async (action, token) => {
    const data: unknown = action.data;
    if (action.edit || !isActionData(data)) return action;
    const r = await service.resolveCodeAction(data.uri, data.version, data.action, token);
    if (!r) return action;
    return { ...action, edit: versionedEdit(data.uri, data.version, fixEdits(r.edits, r.snippet)) };
  });
}

export function registerCodeActions(onCodeAction: Connection['onCodeAction'], support: CodeActionSupport, service: PostmortemService): Disposable {
  return onCodeAction(async (params, token) => {
    const uri = params.textDocument.uri;
    const only = params.context.only;
    const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && isDiagnosticData(d.data));
    const refs: DiagnosticRef[] = ours.map((d) => {
      const data = d.data as DiagnosticData;
      return { rule: String(d.code), result: data.result, index: data.index, line: d.range.start.line };
    });
    const r = await service.codeActions(uri, {
      diagnostics: refs,
      quickFix: wants(CodeActionKind.QuickFix),
      convert: wants(CONVERT_KIND),
      fixAll: wants(FIX_ALL_KIND) && only?.some((k) => k === CodeActionKind.SourceFixAll || k === FIX_ALL_KIND || k === CodeActionKind.Source) === true,
    }, token);
    if (!r) return [];
    return r.actions.map((c) => toAction(uri, r.version, c, ours, support));
  });
}
