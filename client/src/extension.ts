/**
 * The VS Code client: starts the language server and registers commands. No analysis here:
 * everything the user sees is computed by the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerNewPostmortem } from './new-postmortem';
import { registerPreview } from './preview/panel';
import { registerTracker } from './tracker/index';
import { registerExport } from './export';
import type { InitializationOptions } from '../../server/src/protocol';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitializationOptions = {
    snippetFixes: true,
    // VS Code has the pm- snippets from snippets/postmortem.code-snippets; no second copy.
    snippetCompletions: false,
    docsRoot: context.asAbsolutePath(path.join('docs', 'rules')),
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: 'postmortem',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.postmortemrc.json'),
    },
    initializationOptions,
    outputChannelName: 'Postmortem',
  };
  client = new LanguageClient('postmortem', 'Postmortem', serverOptions, clientOptions);
  registerCommands(context, client);
  registerNewPostmortem(context);
  registerPreview(context, client);
  registerTracker(context, client);
  registerExport(context, client);
  await client.start();
  return client;
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
