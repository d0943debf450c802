/** The Node entry of the language server: stdio (`--stdio`) or IPC (`--node-ipc`), from argv. */
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection, type ResponseMessage } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { FramedReader } from './framed-reader';
import { nodeHost } from './host';

/**
 * Over stdio the framing is ours (framed-reader.ts): a framing error is skipped and malformed
 * JSON answered with a parse error, where vscode-jsonrpc's reader stopped answering for good.
 * What the library does for a stdio connection it is not given the streams of is done here:
 * exit when the client closes stdin (0 after a shutdown request, as the protocol says, else 1)
 * and keep console output off stdout, which carries the protocol.
 */
function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const writer = new StreamMessageWriter(process.stdout);
  let shutdown = false;
  const reader = new FramedReader(
    process.stdin,
    (e) => {
      const reply: ResponseMessage = { jsonrpc: '2.0', id: null, error: { code: -32700, message: `Parse error: ${e.message}` } };
      void writer.write(reply);
    },
    (method) => { if (method === 'shutdown') shutdown = true; },
  );
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  const end = (): void => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  const toLog = (...args: unknown[]): void => connection.console.log(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  console.log = toLog;
  console.info = toLog;
  console.debug = toLog;
  console.warn = toLog;
  console.error = toLog;
  return connection;
}

const connection = connect();
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${String(e)}`));
startServer(connection, nodeHost(__dirname));
