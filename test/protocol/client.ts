/**
 * A small typed LSP client for protocol tests: it spawns the BUNDLED server
 * (`node dist/server.js --stdio`) and speaks JSON-RPC to it. Waiting is always on a message
 * (a notification or a server request); timeouts only guard against a hang and fail the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nodeFlags from '../../server/node-flags.json';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  ShutdownRequest,
  ExitNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidChangeConfigurationNotification,
  DocumentDiagnosticRequest,
  CodeActionRequest,
  CodeActionResolveRequest,
  PublishDiagnosticsNotification,
  ConfigurationRequest,
  RegistrationRequest,
  DiagnosticRefreshRequest,
  LogMessageNotification,
  type ProtocolConnection,
  type ClientCapabilities,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type CodeAction,
  type Command,
  type Range,
  type TextDocumentContentChangeEvent,
  type ConfigurationParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = join(__dirname, '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');
/**
 * The server runs with the V8 flags the VS Code client starts it with (server/node-flags.json);
 * PM_SERVER_NODE_ARGS replaces them (space-separated; empty for V8's defaults), for measuring.
 */
export const SERVER_NODE_FLAGS: string[] = process.env.PM_SERVER_NODE_ARGS !== undefined ? process.env.PM_SERVER_NODE_ARGS.split(' ').filter(Boolean) : nodeFlags.execArgv;
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'protocol');
export const fixtureUri = (name: string): string => pathToFileURL(join(FIXTURES, name)).href;

/** Guards every wait: a test that would hang fails instead. */
const GUARD_MS = 20_000;

export interface StartOptions {
  /** Declare `textDocument.diagnostic` (pull); false behaves like Neovim 0.7 (push only). */
  pull: boolean;
  /** Declare `workspace.configuration`; answers come from `client.settings`. */
  configuration?: boolean;
  /** Declare `workspace.diagnostics.refreshSupport`. */
  refreshSupport?: boolean;
  workspaceFolder?: string;
  /** Declare `textDocument.completion.completionItem.snippetSupport` (as VS Code does; Neovim 0.7 does not). */
  completionSnippets?: boolean;
  initializationOptions?: Record<string, unknown>;
  /** Declare `window.workDoneProgress` (server-created progress, as VS Code does). */
  workDoneProgress?: boolean;
  /** Declare `textDocument.codeAction.resolveSupport` for `edit` (as VS Code does). */
  resolveCodeActions?: boolean;
}

interface Waiter<T> { test: (v: T) => boolean; resolve: (v: T) => void }

export class LspClient {
  /** What `workspace/configuration` answers for the `postmortem` section. */
  settings: unknown = {};
  /** When set, `workspace/configuration` answers only after this resolves (to order races). */
  configurationGate: (() => Promise<void>) | null = null;
  readonly logs: string[] = [];
  stderr = '';
  initializeResult!: InitializeResult;
  private readonly versions = new Map<string, number>();
  private readonly pushes = new Map<string, PublishDiagnosticsParams[]>();
  private readonly pushWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private refreshes = 0;
  private readonly refreshWaiters: (() => void)[] = [];
  private exited: string | null = null;
  private readonly exitWaiters: ((why: string) => void)[] = [];

  private constructor(readonly proc: ChildProcess, readonly conn: ProtocolConnection) {}

  static async start(opts: StartOptions): Promise<LspClient> {
    const proc = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    if (!proc.stdout || !proc.stdin || !proc.stderr) throw new Error('no stdio');
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const c = new LspClient(proc, conn);
    proc.stderr.on('data', (b: Buffer) => { c.stderr += b.toString(); });
    proc.on('exit', (code, signal) => c.onExit(`server exited (code ${String(code)}, signal ${String(signal)})\n${c.stderr}`));
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => c.onPush(p));
    conn.onNotification(LogMessageNotification.type, (p) => { c.logs.push(p.message); });
    conn.onRequest(ConfigurationRequest.type, async (p: ConfigurationParams) => {
      if (c.configurationGate) await c.configurationGate();
      return p.items.map((i) => (i.section === 'postmortem' ? c.settings : null));
    });
    conn.onRequest(RegistrationRequest.type, () => undefined);
    conn.onRequest(DiagnosticRefreshRequest.type, () => {
      c.refreshes++;
      for (const w of c.refreshWaiters.splice(0)) w();
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    const folder = opts.workspaceFolder ?? FIXTURES;
    conn.onRequest('workspace/workspaceFolders', () => [{ uri: pathToFileURL(folder).href, name: 'ws' }]);
    conn.listen();
    const capabilities: ClientCapabilities = {
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
          dataSupport: true,
          ...(opts.resolveCodeActions ? { resolveSupport: { properties: ['edit'] } } : {}),
        },
        ...(opts.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        ...(opts.completionSnippets !== undefined ? { completion: { completionItem: { snippetSupport: opts.completionSnippets } } } : {}),
      },
      workspace: {
        configuration: opts.configuration === true,
        didChangeConfiguration: { dynamicRegistration: opts.configuration === true },
        workspaceEdit: { documentChanges: true },
        workspaceFolders: true,
        ...(opts.refreshSupport ? { diagnostics: { refreshSupport: true } } : {}),
      },
      ...(opts.workDoneProgress ? { window: { workDoneProgress: true } } : {}),
    };
    c.initializeResult = await c.guard(conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      capabilities,
      ...(opts.initializationOptions ? { initializationOptions: opts.initializationOptions } : {}),
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'ws' }],
    }), 'initialize');
    await conn.sendNotification(InitializedNotification.type, {});
    return c;
  }

  private onExit(why: string): void {
    this.exited = why;
    for (const w of this.exitWaiters.splice(0)) w(why);
  }

  private onPush(p: PublishDiagnosticsParams): void {
    const list = this.pushes.get(p.uri) ?? [];
    list.push(p);
    this.pushes.set(p.uri, list);
    for (const w of [...this.pushWaiters]) {
      if (w.test(p)) {
        this.pushWaiters.splice(this.pushWaiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  }

  /** Rejects when the promise takes longer than the guard, or the server dies meanwhile. */
  guard<T>(p: Promise<T>, what: string, ms = GUARD_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.exited) { reject(new Error(`${what}: ${this.exited}`)); return; }
      const timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms\n${this.stderr}`)), ms);
      this.exitWaiters.push((why) => { clearTimeout(timer); reject(new Error(`${what}: ${why}`)); });
      p.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e instanceof Error ? e : new Error(String(e))); });
    });
  }

  version(uri: string): number {
    const v = this.versions.get(uri);
    if (v === undefined) throw new Error(`${uri} is not open`);
    return v;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.versions.set(uri, version);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Sends the changes as the next version; returns that version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeConfiguration(settings: unknown): Promise<void> {
    await this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /**
   * Resolves on the first push for `uri` that satisfies `predicate`, including pushes that
   * arrived before the call (so none can be missed); the guard fails the test on a hang.
   */
  waitForPush(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const test = (p: PublishDiagnosticsParams): boolean => p.uri === uri && predicate(p);
    const seen = (this.pushes.get(uri) ?? []).find(test);
    if (seen) return Promise.resolve(seen);
    const got = new Promise<PublishDiagnosticsParams>((resolve) => { this.pushWaiters.push({ test, resolve }); });
    return this.guard(got, `waiting for diagnostics on ${uri}`);
  }

  /** Forgets the pushes received so far, so the next wait sees only new ones. */
  clearPushes(uri: string): void { this.pushes.delete(uri); }

  pushesFor(uri: string): readonly PublishDiagnosticsParams[] { return this.pushes.get(uri) ?? []; }

  /** Resolves on the next `workspace/diagnostic/refresh` request after `since` of them. */
  waitForRefresh(since: number): Promise<void> {
    if (this.refreshes > since) return Promise.resolve();
    return this.guard(new Promise<void>((resolve) => { this.refreshWaiters.push(resolve); }), 'waiting for workspace/diagnostic/refresh');
  }

  get refreshCount(): number { return this.refreshes; }

  async pull(uri: string, guardMs = GUARD_MS): Promise<Diagnostic[]> {
    const r = await this.guard(this.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }), `pull ${uri}`, guardMs);
    if (r.kind !== 'full') throw new Error(`expected a full report, got ${r.kind}`);
    return r.items;
  }

  /** The report itself (full or unchanged), answering `previousResultId` when given. */
  async pullReport(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    return this.guard(this.conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, ...(previousResultId !== undefined ? { previousResultId } : {}) }), `pull ${uri}`);
  }

  async resolveCodeAction(action: CodeAction): Promise<CodeAction> {
    return this.guard(this.conn.sendRequest(CodeActionResolveRequest.type, action), 'codeAction/resolve');
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<(CodeAction | Command)[]> {
    const r = await this.guard(this.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } }), 'codeAction');
    return r ?? [];
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.guard(this.conn.sendRequest<R>(method, params), method);
  }

  async notify(method: string, params: unknown): Promise<void> {
    await this.conn.sendNotification(method, params);
  }

  /** shutdown + exit; resolves when the process has ended (killed after the guard). */
  async shutdown(): Promise<void> {
    if (this.exited) return;
    const ended = new Promise<void>((resolve) => { this.proc.once('exit', () => resolve()); });
    try {
      await this.guard(this.conn.sendRequest(ShutdownRequest.type), 'shutdown');
      await this.conn.sendNotification(ExitNotification.type);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => { timer = setTimeout(resolve, 5_000); });
      await Promise.race([ended, late]);
      clearTimeout(timer);
    } finally {
      if (!this.exited) this.proc.kill();
      this.conn.dispose();
    }
  }
}

export function isCodeAction(a: CodeAction | Command): a is CodeAction {
  return !('command' in a && typeof a.command === 'string');
}
