/** Client commands: snippet fixes bound to a document version, marking a file as a postmortem, linting the workspace. */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient'; // Node or browser client
import { APPLY_SNIPPET_FIX_COMMAND, LintWorkspaceRequest, MarkAsPostmortemNotification, type LintWorkspaceResult, type SnippetFixArgs } from '../../server/src/protocol';
import { snippetToText } from '../../server/src/service/index';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(APPLY_SNIPPET_FIX_COMMAND, async (args: SnippetFixArgs) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri);
      if (!doc || doc.version !== args.version) {
        void vscode.window.showWarningMessage('Postmortem: the document changed since this fix was computed; try again.');
        return false;
      }
      const editor = await vscode.window.showTextDocument(doc);
      const ranges = args.edits.map((e) => new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character));
      // One edit: insert as a snippet so the user tabs through its placeholders.
      const first = args.edits[0];
      if (args.edits.length === 1 && first && ranges[0]) return editor.insertSnippet(new vscode.SnippetString(first.newText), ranges[0]);
      const edit = new vscode.WorkspaceEdit();
      args.edits.forEach((e, i) => {
        const r = ranges[i];
        if (r) edit.replace(doc.uri, r, snippetToText(e.newText));
      });
      return vscode.workspace.applyEdit(edit);
    }),
    vscode.commands.registerCommand('postmortem.markAsPostmortem', () => mark(client, true)),
    vscode.commands.registerCommand('postmortem.unmarkAsPostmortem', () => mark(client, false)),
    vscode.commands.registerCommand('postmortem.lintWorkspace', () => lintWorkspace(client)),
  );
}

/** Re-lints every closed Markdown file (the server shows the progress); resolves with what it found. */
async function lintWorkspace(client: LanguageClient): Promise<LintWorkspaceResult> {
  const r = await client.sendRequest(LintWorkspaceRequest, {});
  if (!r.cancelled) void vscode.window.showInformationMessage(`Postmortem: ${r.postmortems} postmortems among ${r.files} closed Markdown files, ${r.findings} findings (in the Problems panel).`);
  return r;
}

function mark(client: LanguageClient, postmortem: boolean): void {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return;
  void client.sendNotification(MarkAsPostmortemNotification, { uri: doc.uri.toString(), postmortem });
}
