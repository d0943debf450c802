/**
 * The "Action Items" view in the Explorer: the open tasks of every postmortem in the
 * workspace, from the server's index (`postmortem/actionItems`), grouped by document or by
 * owner. Refreshed when the server says the index changed.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient'; // Node or browser client
import { ActionItemsRequest, type TrackedDocument, type TrackedTask } from '../../../server/src/protocol';
import { fileName, groupRow, taskRow } from './labels';

export type GroupBy = 'document' | 'owner';

type Node =
  | { kind: 'group'; label: string; description: string; tasks: { doc: TrackedDocument; task: TrackedTask }[]; uri: string | null }
  | { kind: 'task'; doc: TrackedDocument; task: TrackedTask; showFile: boolean };

const NO_OWNER = 'No owner';

export class ActionItemsProvider implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private docs: Promise<TrackedDocument[]> | null = null;

  constructor(private readonly client: LanguageClient, public groupBy: GroupBy) {}

  refresh(): void {
    this.docs = null;
    this.emitter.fire(undefined);
  }

  private load(): Promise<TrackedDocument[]> {
    this.docs ??= this.client.sendRequest(ActionItemsRequest, {}).then((r) => r.documents, () => []);
    return this.docs;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'task') return [];
    if (node?.kind === 'group') return node.tasks.map(({ doc, task }) => ({ kind: 'task', doc, task, showFile: this.groupBy === 'owner' }));
    const docs = await this.load();
    if (this.groupBy === 'document') {
      return docs.map((doc) => ({
        kind: 'group', label: doc.title ?? fileName(doc.uri), description: doc.title ? fileName(doc.uri) : '',
        tasks: doc.tasks.map((task) => ({ doc, task })), uri: doc.uri,
      }));
    }
    const byOwner = new Map<string, { doc: TrackedDocument; task: TrackedTask }[]>();
    for (const doc of docs) for (const task of doc.tasks) {
      const key = task.owner ?? NO_OWNER;
      byOwner.set(key, [...(byOwner.get(key) ?? []), { doc, task }]);
    }
    const keys = [...byOwner.keys()].sort((a, b) => (a === NO_OWNER ? 1 : b === NO_OWNER ? -1 : a.localeCompare(b)));
    return keys.map((k) => ({ kind: 'group', label: k, description: '', tasks: byOwner.get(k) ?? [], uri: null }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const row = groupRow(node.label, node.description, node.tasks.length, node.uri);
      const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = row.description;
      item.tooltip = markdown(row.tooltip);
      item.iconPath = new vscode.ThemeIcon(node.uri ? 'file' : 'person');
      if (node.uri) item.resourceUri = vscode.Uri.parse(node.uri);
      item.contextValue = 'postmortemGroup';
      return item;
    }
    const { task, doc } = node;
    const row = taskRow(doc, task, node.showFile);
    const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
    item.description = row.description;
    // The row is cut at the pane's width: the tooltip has the whole task, its fields and the document.
    item.tooltip = markdown(row.tooltip);
    item.iconPath = new vscode.ThemeIcon('circle-large-outline');
    item.contextValue = 'postmortemTask';
    item.command = { title: 'Reveal task', command: 'postmortem.revealTask', arguments: [doc.uri, task.line] };
    return item;
  }
}

/** Escaped Markdown from labels.ts: no HTML, no command links. */
function markdown(source: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(source);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}
