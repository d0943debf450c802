/**
 * What both entries of the client do (extension.ts for Node, browser.ts for the web): the
 * client options, the commands, preview, tracker and export, the restricted-mode notice.
 * Each entry only says how the server is started (a Node process, a web worker) and where
 * the rule docs are.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerCommands } from './commands';
import { registerNewPostmortem } from './new-postmortem';
import { registerPreview } from './preview/panel';
import { registerTracker } from './tracker/index';
import { registerExport } from './export';
import { registerRuleDocs } from './rule-docs';
import { registerStatus } from './status';
import type { InitializationOptions } from '../../server/src/protocol';

export interface ClientPlatform<C extends BaseLanguageClient = BaseLanguageClient> {
  /** The documents the server is given: by scheme (file and untitled in Node; more on the web). */
  schemes: readonly string[];
  /** The docs/rules directory: a path (Node) or a URI (web). */
  docsRoot: string;
  /** A language client, not started, for these options. */
  createClient(options: LanguageClientOptions): C | Promise<C>;
  /** Platform wiring once the client exists (the web answers the server's file requests). */
  wire?(context: vscode.ExtensionContext, client: C): void;
}

let client: BaseLanguageClient | undefined;

export async function activateClient<C extends BaseLanguageClient>(context: vscode.ExtensionContext, platform: ClientPlatform<C>): Promise<C> {
  // In an untrusted workspace the server reads only rule severities from rc files.
  const trusted = vscode.workspace.isTrusted;
  const initializationOptions: InitializationOptions & { workspaceTrusted: boolean } = {
    snippetFixes: true,
    // VS Code has the pm- snippets from snippets/postmortem.code-snippets; no second copy.
    snippetCompletions: false,
    docsRoot: platform.docsRoot,
    workspaceTrusted: trusted,
    // The status bar spins while the server reads the workspace's closed files.
    scanStatus: true,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: platform.schemes.map((scheme) => ({ scheme, language: 'markdown' })),
    synchronize: {
      configurationSection: 'postmortem',
      // rc files reconfigure; Markdown files keep the server's action-items index current.
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.postmortemrc.json'), vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}')],
    },
    initializationOptions,
    outputChannelName: 'Postmortem',
  };
  const c = await platform.createClient(clientOptions);
  client = c;
  registerCommands(context, c);
  registerNewPostmortem(context);
  registerPreview(context, c);
  registerTracker(context, c);
  registerExport(context, c);
  registerRuleDocs(context);
  platform.wire?.(context, c);
  if (!trusted) showRestricted(context, platform);
  await c.start();
  // After start: its first question (this file's detection) must not start the client itself.
  registerStatus(context, c);
  return c;
}

/** Says so in the status bar, and restarts the server with the rc files once trust is granted. */
function showRestricted<C extends BaseLanguageClient>(context: vscode.ExtensionContext, platform: ClientPlatform<C>): void {
  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  item.text = '$(shield) Postmortem: restricted';
  item.tooltip = 'The workspace is not trusted: .postmortemrc.json files set rule severities only (their globs, profiles and other settings are ignored).';
  item.command = 'workbench.trust.manage';
  item.show();
  context.subscriptions.push(
    item,
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      item.dispose();
      void deactivateClient().then(() => activateClient(context, platform));
    }),
  );
}

export async function deactivateClient(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
