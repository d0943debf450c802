/**
 * The VS Code client for the web (vscode.dev, github.dev, code-server's browser extension
 * host): the server runs in a web worker (dist/browser-server.js) and reads files through
 * this client (web-files.ts). Everything else is shared with the Node entry (activate.ts).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, deactivateClient } from './activate';
import { registerFileRequests } from './web-files';

/**
 * The file systems a web workbench opens Markdown from: a local folder (file), new files
 * (untitled), GitHub and Azure repositories (vscode-vfs), a remote such as code-server
 * (vscode-remote), and @vscode/test-web's (vscode-test-web).
 */
const WEB_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web'];

/**
 * The server's worker. The extension host cannot start a worker from an extension installed
 * on a remote (code-server, Codespaces: `vscode-remote:` URIs), but its fetch reaches them:
 * there the script is fetched and started from a blob.
 */
async function serverWorker(script: vscode.Uri): Promise<Worker> {
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`cannot load the language server (${script.toString(true)}): HTTP ${response.status}`);
  const blob = new Blob([await response.text()], { type: 'application/javascript' });
  return new Worker(URL.createObjectURL(blob));
}

export function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser-server.js');
  return activateClient<LanguageClient>(context, {
    schemes: WEB_SCHEMES,
    docsRoot: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(),
    createClient: async (options) => new LanguageClient('postmortem', 'Postmortem', options, await serverWorker(serverMain)),
    wire: registerFileRequests,
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
