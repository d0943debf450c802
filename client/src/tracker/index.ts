/**
 * Wires the Action Items view: the tree, the group-by toggle (a context key picks which
 * title button shows), reveal and the server's change notification. Markdown files changed
 * on disk reach the server's index through the client's file watcher (extension.ts).
 */
import * as vscode from 'vscode';
// The common API (either client, Node or browser): the browser bundle must not pull in /node.
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { ActionItemsChangedNotification } from '../../../server/src/protocol';
import { ActionItemsProvider, type GroupBy } from './provider';

const VIEW_ID = 'postmortem.actionItems';
const GROUP_KEY = 'postmortem.tracker.groupBy';
const CONTEXT_KEY = 'postmortem.tracker.byOwner';

export function registerTracker(context: vscode.ExtensionContext, client: LanguageClient): void {
  const groupBy = context.workspaceState.get<GroupBy>(GROUP_KEY) === 'owner' ? 'owner' : 'document';
  const provider = new ActionItemsProvider(client, groupBy);
  const setGroup = async (g: GroupBy): Promise<void> => {
    provider.groupBy = g;
    await context.workspaceState.update(GROUP_KEY, g);
    await vscode.commands.executeCommand('setContext', CONTEXT_KEY, g === 'owner');
    provider.refresh();
  };
  void vscode.commands.executeCommand('setContext', CONTEXT_KEY, groupBy === 'owner');

  context.subscriptions.push(
    vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true }),
    client.onNotification(ActionItemsChangedNotification, () => provider.refresh()),
    // A view opened before the server ran got nothing: ask again once it runs.
    client.onDidChangeState((e) => { if (e.newState === State.Running) provider.refresh(); }),
    vscode.commands.registerCommand('postmortem.tracker.groupByOwner', () => setGroup('owner')),
    vscode.commands.registerCommand('postmortem.tracker.groupByDocument', () => setGroup('document')),
    vscode.commands.registerCommand('postmortem.tracker.refresh', () => provider.refresh()),
    vscode.commands.registerCommand('postmortem.revealTask', async (uri: string, line: number) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const at = Math.min(line, doc.lineCount - 1);
      await vscode.window.showTextDocument(doc, { selection: doc.lineAt(at).range, preview: false });
    }),
  );
}
