/**
 * Quick fixes built statelessly from `diagnostic.data` (never from message text), applied
 * as edits bound to the document version they were computed for: a stale fix is refused by
 * the client instead of corrupting text. Also `source.fixAll.postmortem`.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { isDiagnosticData, SOURCE } from './convert';
import type { Fix } from '../service/index';
import { APPLY_SNIPPET_FIX_COMMAND, type SnippetFixArgs } from '../protocol';
import { fixAllEdits } from '../service/index';
import { snippetToText } from '../service/index';
import { suppressionActions } from './suppression-actions';
import { CONVERT_TITLE } from '../service/index';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.postmortem`;
export const CONVERT_KIND = `${CodeActionKind.RefactorRewrite}.postmortem`;

function versionedEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri, version }, edits }] };
}

/**
 * A snippet's placeholders resolved to their defaults, for clients without snippet edits:
 * the one snippet parser (format/snippet.ts), which reads `\$5` as the text `$5` (regexes
 * here took `$5` for a tabstop and left `Pay \`).
 */
export function plainSnippet(text: string): string {
  return snippetToText(text);
}

export function fixToAction(ctx: ServerContext, uri: string, version: number, fix: Fix, diagnostic: Diagnostic | null): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix };
  if (diagnostic) action.diagnostics = [diagnostic];
  if (fix.preferred) action.isPreferred = true;
  if (fix.snippet && ctx.support.snippetFixes) {
    const args: SnippetFixArgs = { uri, version, edits: fix.edits };
    action.command = { title: fix.title, command: APPLY_SNIPPET_FIX_COMMAND, arguments: [args] };
  } else {
    const edits = fix.snippet ? fix.edits.map((e) => ({ ...e, newText: plainSnippet(e.newText) })) : fix.edits;
    action.edit = versionedEdit(uri, version, edits);
  }
  return action;
}

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(async (params) => {
    const uri = params.textDocument.uri;
    const version = ctx.store.version(uri);
    if (version === undefined) return [];
    // A version number used before names two texts: a fix bound to it could apply to the wrong one.
    if (ctx.store.versionReused(uri)) return [];
    const only = params.context.only;
    const wants = (kind: string): boolean => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const actions: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      // The real fixes first (preferred ones at the top, each offered once), then at most
      // two "Disable" entries per line, naming every rule reported on it.
      const fixes: CodeAction[] = [];
      const seen = new Set<string>();
      const byLine = new Map<number, { rules: string[]; diagnostics: Diagnostic[] }>();
      for (const d of params.context.diagnostics) {
        if (d.source !== SOURCE || !isDiagnosticData(d.data)) continue;
        // Computed for another version: the client would refuse it; offer nothing stale.
        if (d.data.version !== version) continue;
        for (const fix of d.data.fixes) {
          const key = JSON.stringify([fix.title, fix.edits]);
          if (!seen.has(key)) fixes.push(fixToAction(ctx, uri, version, fix, d));
          seen.add(key);
        }
        const line = byLine.get(d.range.start.line) ?? { rules: [], diagnostics: [] };
        line.rules.push(d.data.rule);
        line.diagnostics.push(d);
        byLine.set(d.range.start.line, line);
      }
      actions.push(...fixes.filter((a) => a.isPreferred), ...fixes.filter((a) => !a.isPreferred));
      for (const { rules, diagnostics } of byLine.values()) actions.push(...suppressionActions(ctx, uri, version, rules, diagnostics));
    }
    // "Convert to Markdown headings and lists" anywhere in a document that renders as run-on
    // paragraphs, not only on the lines of its findings (there it is a quick fix already).
    if (wants(CONVERT_KIND) && !actions.some((a) => a.title === CONVERT_TITLE)) {
      const analysis = await ctx.analysisFor(uri);
      const fix = analysis?.findings.find((f) => f.rule === 'run-on-list')?.fixes.find((f) => f.title === CONVERT_TITLE);
      if (fix && ctx.store.version(uri) === version) actions.push({ title: fix.title, kind: CONVERT_KIND, edit: versionedEdit(uri, version, fix.edits) });
    }
    if (wants(FIX_ALL_KIND) && only?.some((k) => k === CodeActionKind.SourceFixAll || k === FIX_ALL_KIND || k === CodeActionKind.Source)) {
      const analysis = await ctx.analysisFor(uri);
      if (analysis && ctx.store.version(uri) === version) {
        const edits = fixAllEdits(analysis.findings);
        if (edits.length > 0) actions.push({ title: 'Fix all auto-fixable postmortem problems', kind: FIX_ALL_KIND, edit: versionedEdit(uri, version, edits) });
      }
    }
    return actions;
  });
}
