/**
 * The browser entry of the language server (dist/browser-server.js): runs in a web worker
 * the browser client starts, speaking LSP over postMessage. The same server as the Node
 * entry; only its host differs (files through the client, see ./files.ts).
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { browserHost } from './host';

type Port = ConstructorParameters<typeof BrowserMessageReader>[0];
// The worker's global scope is the port (the server's tsconfig has no WebWorker lib).
const scope = globalThis as unknown as Port;
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection, browserHost(connection));
