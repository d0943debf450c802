/**
 * The status bar item on Markdown files: whether the active file is linted as a postmortem
 * and why (the server's detection reason, `postmortem/detection`); a click marks it as a
 * postmortem, or unmarks a marked one (back to detection). While the server reads the
 * workspace's closed files (`postmortem/workspaceScan`) it spins instead.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DetectionRequest, WorkspaceScanNotification, type WorkspaceScanParams } from '../../server/src/protocol';

export const STATUS_ITEM_ID = 'postmortem.detection';
export const TOGGLE_MARK_COMMAND = 'postmortem.toggleMark';

interface Detected { uri: string; postmortem: boolean; reason: string }

export function registerStatus(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Right, 99);
  item.name = 'Postmortem detection';
  let detected: Detected | null = null;
  let scan: WorkspaceScanParams | null = null;
  let asked = 0;

  const render = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    if (scan?.scanning) {
      item.text = `$(sync~spin) Postmortem: ${scan.done}/${scan.total}`;
      item.tooltip = `Linting the workspace's postmortems: ${scan.done} of ${scan.total} files read`;
      item.command = undefined;
      item.show();
      return;
    }
    if (!doc || doc.languageId !== 'markdown' || !detected || detected.uri !== doc.uri.toString()) {
      item.hide();
      return;
    }
    const marked = detected.reason === 'marked as a postmortem';
    item.text = detected.postmortem ? `$(pass) Postmortem: ${detected.reason}` : `$(circle-slash) Not a postmortem: ${detected.reason}`;
    item.tooltip = marked ? 'Marked as a postmortem. Click to unmark it (back to detection).' : `Detection: ${detected.reason}. Click to mark this file as a postmortem.`;
    item.command = TOGGLE_MARK_COMMAND;
    item.show();
  };

  const refresh = async (): Promise<void> => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown') {
      detected = null;
      render();
      return;
    }
    const ask = ++asked;
    const uri = doc.uri.toString();
    const r = await client.sendRequest(DetectionRequest, { uri }).catch(() => null);
    if (ask !== asked) return; // a newer question is on its way
    detected = r ? { uri, postmortem: r.postmortem, reason: r.reason } : null;
    render();
  };

  const toggle = async (): Promise<void> => {
    await refresh();
    const marked = detected?.reason === 'marked as a postmortem';
    await vscode.commands.executeCommand(marked ? 'postmortem.unmarkAsPostmortem' : 'postmortem.markAsPostmortem');
    // The mark is a notification; this request is answered after it.
    await refresh();
  };

  context.subscriptions.push(
    item,
    vscode.commands.registerCommand(TOGGLE_MARK_COMMAND, toggle),
    vscode.window.onDidChangeActiveTextEditor(() => { void refresh(); }),
    // Findings change with the text, the settings and the marks: so may detection.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) void refresh();
    }),
    client.onNotification(WorkspaceScanNotification, (p) => {
      scan = p;
      render();
    }),
  );
  void refresh();
}
