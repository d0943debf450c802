/**
 * "Postmortem: Export Action Items": the current postmortem's or the whole workspace's
 * tasks as CSV, a Markdown table or JSON, rendered by the server
 * (`postmortem/exportActionItems`) and saved where the user says. Scriptable: called with
 * `{ scope, format, target? }` it asks nothing, writes `target` when given, and returns the
 * content.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient'; // Node or browser client
import { ExportActionItemsRequest, type ExportParams } from '../../server/src/protocol';

interface ExportArgs { scope?: 'current' | 'workspace'; format?: ExportParams['format']; target?: vscode.Uri }

const FORMATS: { label: string; format: ExportParams['format']; ext: string }[] = [
  { label: 'CSV', format: 'csv', ext: 'csv' },
  { label: 'Markdown table', format: 'md', ext: 'md' },
  { label: 'JSON', format: 'json', ext: 'json' },
];

async function ask(args: ExportArgs, current: vscode.TextDocument | undefined): Promise<{ scope: 'current' | 'workspace'; format: ExportParams['format'] } | undefined> {
  let scope = args.scope;
  if (!scope) {
    const items = [
      ...(current ? [{ label: 'Current postmortem', description: vscode.workspace.asRelativePath(current.uri), scope: 'current' as const }] : []),
      { label: 'Whole workspace', description: 'every postmortem', scope: 'workspace' as const },
    ];
    scope = items.length === 1 ? 'workspace' : (await vscode.window.showQuickPick(items, { title: 'Export action items of' }))?.scope;
  }
  const format = args.format ?? (await vscode.window.showQuickPick(FORMATS, { title: 'Export format' }))?.format;
  return scope && format ? { scope, format } : undefined;
}

export function registerExport(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('postmortem.exportActionItems', async (raw?: unknown) => {
    const args: ExportArgs = typeof raw === 'object' && raw !== null && !(raw instanceof vscode.Uri) ? raw as ExportArgs : {};
    const editor = vscode.window.activeTextEditor;
    const current = editor?.document.languageId === 'markdown' ? editor.document : undefined;
    const choice = await ask(args, current);
    if (!choice) return undefined;
    const uri = choice.scope === 'current' && current ? current.uri.toString() : null;
    const r = await client.sendRequest(ExportActionItemsRequest, { uri, format: choice.format });
    const ext = FORMATS.find((f) => f.format === choice.format)?.ext ?? 'txt';
    let target = args.target;
    if (!target && !args.format) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      target = await vscode.window.showSaveDialog({
        title: `Export ${r.tasks} action items`,
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `action-items.${ext}`) } : {}),
        filters: { [ext.toUpperCase()]: [ext] },
      });
    }
    if (target) {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(r.content));
      void vscode.window.showInformationMessage(`Exported ${r.tasks} action items from ${r.documents} postmortem(s) to ${vscode.workspace.asRelativePath(target)}.`);
    }
    return r.content;
  }));
}
