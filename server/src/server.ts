/**
 * The language server: at initialize, the service (server/src/service) over its host's ports
 * (host.ts: Node or a browser worker),
 * and the LSP features that convert its answers (features/index.ts). No analysis here.
 */
import { DidChangeConfigurationNotification, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { createPostmortemService, warmUp, type PostmortemService } from './service/index';
import { LspWorkspace } from './settings';
import { clientSupport } from './features/support';
import { registerFeatures } from './features/index';
import type { ServerHost } from './host';
import type { InitializationOptions } from './protocol';

/**
 * Rounds of warm-up before `initialize` is answered: the engines' first use (measured: ~350 ms,
 * then ~25 ms a round). More rounds after it, while the server waits for a document, made the
 * first open slower, not faster (paired runs, 60 lines: 50 ms of CPU without, 70 ms with ten).
 */
const WARM_UP_ROUNDS = 2;

export function startServer(connection: Connection, host: ServerHost): void {
  const log = (m: string): void => connection.console.log(m);
  let service: PostmortemService | null = null;
  let pullConfiguration = false;

  connection.onInitialize(async (params: InitializeParams): Promise<InitializeResult> => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions & { workspaceTrusted?: unknown };
    const docsRoot = typeof init.docsRoot === 'string' ? init.docsRoot : undefined;
    const support = clientSupport(params);
    pullConfiguration = support.configuration;
    const workspace = new LspWorkspace((item) => connection.workspace.getConfiguration(item), {
      pullConfiguration,
      folders: params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []),
      // The VS Code client says whether the workspace is trusted; other clients are trusted.
      trusted: init.workspaceTrusted !== false,
      findFiles: (folder, options) => host.findFiles(folder, options),
    });
    service = createPostmortemService({
      fs: host.fs,
      workspace,
      log,
      docsUrl: (rule) => host.docsUrl(rule, docsRoot),
      scheduler: host.scheduler,
    });
    // Handlers are registered here, once the client's support is known (pull or push
    // diagnostics, never both), and before any further message is processed.
    const { capabilities } = registerFeatures(connection, service, support, workspace, log);
    // Before answering: the engines' first use (chrono, micromark, zone data) is paid here,
    // not by the first document (service/facade/warm-up.ts says what it costs and saves).
    const started = Date.now();
    await warmUp(WARM_UP_ROUNDS);
    log(`Warmed up in ${Date.now() - started} ms.`);
    return {
      capabilities: { ...capabilities, workspace: { workspaceFolders: { supported: true, changeNotifications: true } } },
      serverInfo: { name: 'postmortem-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (pullConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'postmortem' }).catch(() => undefined);
  });

  connection.onShutdown(() => service?.dispose());

  connection.listen();
}
