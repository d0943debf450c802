/**
 * The VS Code client (Node): starts the language server as a Node process over IPC. No
 * analysis here: everything the user sees is computed by the server. What the web entry
 * (browser.ts) shares is in activate.ts.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, deactivateClient } from './activate';
import nodeFlags from '../../server/node-flags.json';

/**
 * The server's V8 heap settings (server/node-flags.json, which the protocol tests and the
 * bench start the server with too). V8's defaults size a heap for a browser tab: a 16 MB
 * young generation and an old generation let grow up to 4x its live size before a full
 * collection. A language server holds little live data and keeps its peak. Measured with
 * `node --import tsx test/protocol/measure-big.ts 1`: a 1 MB document raised the server's peak
 * RSS by 76-77 MB by default, 62 MB with the young generation at 8 MB, and 50-51 MB with the
 * old generation's limit at 1.5 GB too (V8 then grows it at most 1.8x). At 10,000 lines
 * (`npm run bench`), RSS after edits went from 201-222 MB to 170-181 MB, for ~15% more CPU per
 * keystroke. The 1.5 GB limit is far above any document within the size budget (`maxFileSize`).
 */
const SERVER_EXEC_ARGV: string[] = nodeFlags.execArgv;

export async function activate(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6011'] } },
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
