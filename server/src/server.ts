/**
 * The language server: capabilities and wiring, one register function per feature. All
 * analysis lives in ./service; this file only connects it to LSP.
 */
import {
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { DocumentStore, STEPPED_CHARS } from './service/index';
import type { Analysis } from './service/index';
import { Settings } from './settings';
import type { ClientSupport, ServerContext } from './features/context';
import { registerDiagnostics } from './features/diagnostics';
import { registerCodeActions, FIX_ALL_KIND, CONVERT_KIND } from './features/code-actions';
import { registerModelRequest } from './features/model-request';
import { registerFeatures } from './features/index';
import { CodeActionKind } from 'vscode-languageserver';
import type { InitializationOptions } from './protocol';
import { MarkAsPostmortemNotification } from './protocol';
import type { ServerHost } from './files';

/** `host`: the files and docs links of the platform (node/files.ts, browser/files.ts). */
export function startServer(connection: Connection, host: ServerHost): void {
  const store = new DocumentStore();
  const forced = new Map<string, boolean>();
  const listeners: ((uri: string) => void)[] = [];
  let settings: Settings | null = null;
  let support: ClientSupport | null = null;
  let docsRoot: string | undefined;
  const log = (m: string): void => connection.console.log(m);

  /**
   * Analyses of short documents in progress. A long document's analysis runs in steps and,
   * between them, waits while any is (scheduling: one big document never starves the others).
   */
  let foreground = 0;
  const background = async (): Promise<void> => {
    do await new Promise<void>((resolve) => setTimeout(resolve, 1));
    while (foreground > 0);
  };
  const analyse = async (uri: string, s: Settings): Promise<Analysis | undefined> => {
    const r = await s.configFor(uri);
    const rel = r.path && r.root ? r.path.slice(r.root.length).replace(/^[\\/]+/, '').replace(/\\/g, '/') : r.path ? r.path.replace(/\\/g, '/').split('/').pop() ?? null : null;
    // Long documents are analysed in steps, yielding to other documents' requests.
    return store.analysisInSteps(
      uri,
      {
        path: rel,
        config: r.config,
        forced: forced.get(uri) === true,
        docsUrl: (rule) => host.docsUrl(rule, docsRoot),
        onRuleError: (rule, e) => log(`rule ${rule} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
      },
      `${r.key}|${forced.get(uri) ?? ''}`,
      background,
    );
  };

  const ctx: ServerContext = {
    connection,
    store,
    files: host.files,
    get support(): ClientSupport {
      if (!support) throw new Error('not initialized');
      return support;
    },
    async configFor(uri) {
      if (!settings) throw new Error('not initialized');
      const r = await settings.configFor(uri);
      return { config: r.config, key: `${r.key}|${forced.get(uri) ?? ''}` };
    },
    async analysisFor(uri): Promise<Analysis | undefined> {
      if (!settings || !store.has(uri)) return undefined;
      const short = (store.text(uri)?.length ?? 0) < STEPPED_CHARS;
      if (short) foreground++;
      try {
        return await analyse(uri, settings);
      } finally {
        if (short) foreground--;
      }
    },
    refreshAll() {
      store.invalidateAnalyses();
      if (support?.pullDiagnostics && support.diagnosticRefresh) void connection.languages.diagnostics.refresh();
      if (support?.codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
      if (support?.inlayHintRefresh) void connection.languages.inlayHint.refresh();
      for (const uri of store.uris()) for (const l of listeners) l(uri);
    },
    onDidChangeDocument(listener) { listeners.push(listener); },
    log,
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof init.docsRoot === 'string') docsRoot = init.docsRoot;
    support = {
      pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
      snippetFixes: init.snippetFixes === true,
      configuration: caps.workspace?.configuration === true,
      diagnosticRefresh: caps.workspace?.diagnostics?.refreshSupport === true,
      versionedEdits: caps.workspace?.workspaceEdit?.documentChanges === true,
      codeLensRefresh: caps.workspace?.codeLens?.refreshSupport === true,
      inlayHintRefresh: caps.workspace?.inlayHint?.refreshSupport === true,
      completionSnippets: caps.textDocument?.completion?.completionItem?.snippetSupport === true,
      snippetCompletions: init.snippetCompletions !== false,
    };
    // The VS Code client says whether the workspace is trusted; other clients are trusted.
    const untrusted = (params.initializationOptions as { workspaceTrusted?: unknown } | null | undefined)?.workspaceTrusted === false;
    if (untrusted) log('The workspace is not trusted: .postmortemrc.json files set rule severities only; their other settings are ignored.');
    settings = new Settings(connection, support.configuration, log, untrusted, host.files);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    settings.setWorkspaceFolders(folders);
    // Handlers are registered here, once the client's support is known (pull or push
    // diagnostics, never both), and before any further message is processed.
    registerDiagnostics(ctx);
    registerCodeActions(ctx);
    registerModelRequest(ctx);
    const featureCapabilities = registerFeatures(ctx);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CONVERT_KIND, FIX_ALL_KIND, CodeActionKind.SourceFixAll] },
        ...(support.pullDiagnostics ? { diagnosticProvider: { identifier: 'postmortem', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        ...featureCapabilities,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'postmortem-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (support?.configuration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'postmortem' }).catch(() => undefined);
  });

  connection.onDidChangeConfiguration((change) => {
    const s = (change.settings as Record<string, unknown> | null)?.postmortem;
    settings?.setGlobal(s);
    settings?.clear();
    ctx.refreshAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    settings?.clear();
    ctx.refreshAll();
  });

  connection.onDidOpenTextDocument((p) => {
    const d = p.textDocument;
    store.open(d.uri, d.version, d.text);
    for (const l of listeners) l(d.uri);
  });

  connection.onDidChangeTextDocument((p) => {
    const uri = p.textDocument.uri;
    if (!store.has(uri)) return;
    const before = store.version(uri);
    store.change(uri, p.textDocument.version, p.contentChanges);
    if (store.versionReused(uri)) log(`${uri}: version ${p.textDocument.version} after ${String(before)} goes backwards; no fixes are offered until a higher version arrives.`);
    for (const l of listeners) l(uri);
  });

  connection.onDidCloseTextDocument((p) => {
    store.close(p.textDocument.uri);
    settings?.forget(p.textDocument.uri);
    forced.delete(p.textDocument.uri);
    for (const l of listeners) l(p.textDocument.uri);
  });

  connection.onNotification(MarkAsPostmortemNotification, (p) => {
    if (p.postmortem) forced.set(p.uri, true);
    else forced.delete(p.uri);
    ctx.refreshAll();
  });

  connection.listen();
}
