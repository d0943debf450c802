/**
 * The browser server has no disk: it asks the client for the files it reads
 * (`.postmortemrc.json`, the tracker's Markdown files), and the client answers through
 * `vscode.workspace.fs` and `workspace.findFiles`, which reach any file system the
 * workbench has (github.dev's vscode-vfs, a remote, a local folder).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FindFilesRequest, ReadFileRequest } from '../../server/src/protocol';

export function registerFileRequests(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const decoder = new TextDecoder();
  context.subscriptions.push(
    client.onRequest(ReadFileRequest, async ({ uri }) => {
      try {
        return { text: decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))) };
      } catch {
        return null; // no such file (the rc walk asks for many that do not exist)
      }
    }),
    client.onRequest(FindFilesRequest, async ({ folder, include, exclude, max }) => {
      const pattern = new vscode.RelativePattern(vscode.Uri.parse(folder), include);
      const uris = await vscode.workspace.findFiles(pattern, exclude.length > 0 ? `{${exclude.join(',')}}` : null, max);
      return { uris: uris.map((u) => u.toString()) };
    }),
  );
}
