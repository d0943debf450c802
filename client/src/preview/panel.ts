/**
 * The action-items preview: a webview beside the editor that follows the active postmortem
 * and re-renders (debounced) as it is edited. The server computes the data
 * (`postmortem/preview`); this file only renders it with the pure renderer, under a strict
 * CSP with a fresh nonce per full render, and turns the webview's clicks into a reveal or
 * a version-bound checkbox edit.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient'; // Node or browser client
import { PreviewRequest, ToggleTaskRequest } from '../../../server/src/protocol';
import { renderPreviewBody, renderPreviewHtml } from './render/render';
import type { PreviewData } from '../../../server/src/service/index';
import { isWebviewMessage } from './messages';
import { nonce } from './nonce';

const VIEW_TYPE = 'postmortem.actionItemsPreview';
const DEBOUNCE_MS = 250;

export class ActionItemsPreview implements vscode.Disposable {
  private static current: ActionItemsPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private uri: vscode.Uri | undefined;
  private rendered = false;
  private wasVisible = true;
  private timer: NodeJS.Timeout | undefined;

  static show(client: LanguageClient, doc: vscode.TextDocument | undefined): ActionItemsPreview {
    const existing = ActionItemsPreview.current;
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      if (doc) void existing.follow(doc);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Action Items', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [],
    });
    const preview = new ActionItemsPreview(panel, client);
    ActionItemsPreview.current = preview;
    if (doc) void preview.follow(doc);
    else void preview.render(null);
    return preview;
  }

  private constructor(private readonly panel: vscode.WebviewPanel, private readonly client: LanguageClient) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      // A hidden webview loses its page, and the updates posted meanwhile with it; shown
      // again it reloads the first full render. Render it whole again from the current data.
      panel.onDidChangeViewState((e) => {
        const shown = e.webviewPanel.visible && !this.wasVisible;
        this.wasVisible = e.webviewPanel.visible;
        if (shown) { this.rendered = false; void this.refresh(); }
      }),
      panel.webview.onDidReceiveMessage((m: unknown) => { void this.onMessage(m); }),
      vscode.window.onDidChangeActiveTextEditor((e) => { if (e && e.document.languageId === 'markdown') void this.follow(e.document, true); }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (this.uri && e.document.uri.toString() === this.uri.toString()) this.schedule(); }),
    );
  }

  /** Show `doc` when it is a postmortem; with `onlyIfPostmortem`, keep the current one otherwise. */
  async follow(doc: vscode.TextDocument, onlyIfPostmortem = false): Promise<void> {
    const data = await this.fetch(doc.uri);
    if (!data && onlyIfPostmortem && this.uri) return;
    this.uri = doc.uri;
    this.panel.title = `Action Items: ${doc.uri.path.split('/').pop() ?? ''}`;
    await this.render(data);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { void this.refresh(); }, DEBOUNCE_MS);
  }

  private async refresh(): Promise<void> {
    if (this.uri) await this.render(await this.fetch(this.uri));
  }

  private async fetch(uri: vscode.Uri): Promise<PreviewData | null> {
    try {
      return await this.client.sendRequest(PreviewRequest, { uri: uri.toString() });
    } catch {
      return null;
    }
  }

  private async render(data: PreviewData | null): Promise<void> {
    if (!this.rendered) {
      this.panel.webview.html = renderPreviewHtml(data, { nonce: nonce(), cspSource: this.panel.webview.cspSource });
      this.rendered = true;
      return;
    }
    await this.panel.webview.postMessage({ type: 'update', html: renderPreviewBody(data), version: data?.version });
  }

  private async document(): Promise<vscode.TextDocument | undefined> {
    return this.uri ? vscode.workspace.openTextDocument(this.uri) : undefined;
  }

  private async onMessage(m: unknown): Promise<void> {
    if (!isWebviewMessage(m)) return;
    const doc = await this.document();
    if (!doc) return;
    if (m.type === 'reveal') {
      const column = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn ?? vscode.ViewColumn.One;
      const pos = new vscode.Position(m.line, 0);
      await vscode.window.showTextDocument(doc, { viewColumn: column, selection: new vscode.Range(pos, doc.lineAt(Math.min(m.line, doc.lineCount - 1)).range.end) });
      return;
    }
    // A toggle computed for another version is refused here and by the server: re-render.
    const stale = (): void => {
      void vscode.window.showWarningMessage('Postmortem: the document changed before the task could be ticked; nothing was changed. Try again.');
      void this.refresh();
    };
    if (doc.version !== m.version) return stale();
    const r = await this.client.sendRequest(ToggleTaskRequest, { uri: doc.uri.toString(), line: m.line, version: m.version });
    if (!r || doc.version !== m.version) return stale();
    const edit = await this.client.protocol2CodeConverter.asWorkspaceEdit(r.edit);
    if (!(await vscode.workspace.applyEdit(edit))) stale();
  }

  dispose(): void {
    clearTimeout(this.timer);
    if (ActionItemsPreview.current === this) ActionItemsPreview.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('postmortem.openActionItemsPreview', (uri?: vscode.Uri) => {
    const editor = vscode.window.activeTextEditor;
    const doc = uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? editor?.document : editor?.document;
    ActionItemsPreview.show(client, doc?.languageId === 'markdown' ? doc : undefined);
  }));
}
