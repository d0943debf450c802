/**
 * The VS Code client (Node): starts the language server as a Node process over IPC. No
 * analysis here: everything the user sees is computed by the server. What the web entry
 * (browser.ts) shares is in activate.ts.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, deactivateClient } from './activate';

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  return activateClient(context, {
    schemes: ['file', 'untitled'],
    docsRoot: context.asAbsolutePath(path.join('docs', 'rules')),
    createClient: (options) => new LanguageClient('postmortem', 'Postmortem', serverOptions, options),
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
