/**
 * The language server: at initialize, the service (server/src/service) over its host's ports
 * (host.ts: Node or a browser worker),
 * and the LSP features that convert its answers (features/index.ts). No analysis here.
 */
import { DidChangeConfigurationNotification, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { createPostmortemService, type PostmortemService } from './service/index';
import { LspWorkspace } from './settings';
import { clientSupport } from './features/support';
import { registerFeatures } from './features/index';
import type { ServerHost } from './host';
import type { InitializationOptions } from './protocol';

export function startServer(connection: Connection, host: ServerHost): void {
  const log = (m: string): void => connection.console.log(m);
  let service: PostmortemService | null = null;
  let pullConfiguration = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
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
