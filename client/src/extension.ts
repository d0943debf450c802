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
  // In an untrusted workspace the server reads only rule severities from rc files.
  const trusted = vscode.workspace.isTrusted;
  const initializationOptions: InitializationOptions & { workspaceTrusted: boolean } = {
    snippetFixes: true,
    // VS Code has the pm- snippets from snippets/postmortem.code-snippets; no second copy.
    snippetCompletions: false,
    docsRoot: context.asAbsolutePath(path.join('docs', 'rules')),
    workspaceTrusted: trusted,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: {
      configurationSection: 'postmortem',
      // rc files reconfigure; Markdown files keep the server's action-items index current.
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.postmortemrc.json'), vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}')],
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
  if (!trusted) showRestricted(context);
  await client.start();
  return client;
}

/** Says so in the status bar, and restarts the server with the rc files once trust is granted. */
function showRestricted(context: vscode.ExtensionContext): void {
  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  item.text = '$(shield) Postmortem: restricted';
  item.tooltip = 'The workspace is not trusted: .postmortemrc.json files set rule severities only (their globs, profiles and other settings are ignored).';
  item.command = 'workbench.trust.manage';
  item.show();
  context.subscriptions.push(
    item,
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      item.dispose();
      void deactivate().then(() => activate(context));
    }),
  );
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
