/** What the client supports, read once from `initialize` (capabilities and our initializationOptions). */
import type { InitializeParams } from 'vscode-languageserver';
import type { InitializationOptions } from '../protocol';

export interface ClientSupport {
  pullDiagnostics: boolean;
  snippetFixes: boolean;
  configuration: boolean;
  diagnosticRefresh: boolean;
  versionedEdits: boolean;
  codeLensRefresh: boolean;
  inlayHintRefresh: boolean;
  /** The client inserts snippet-format completion items (completionItem.snippetSupport). */
  completionSnippets: boolean;
  /** Serve the `pm-` snippets as completion items (false when the client has its own copy). */
  snippetCompletions: boolean;
  /** The client shows workspace scans (`postmortem/workspaceScan`). */
  scanStatus: boolean;
  /** The client fills in a code action's edit with `codeAction/resolve` (VS Code; Neovim 0.7 and eglot differ by version). */
  resolveCodeActionEdits: boolean;
}

export function clientSupport(params: InitializeParams): ClientSupport {
  const caps = params.capabilities;
  const init = (params.initializationOptions ?? {}) as InitializationOptions;
  return {
    pullDiagnostics: caps.textDocument?.diagnostic !== undefined,
    snippetFixes: init.snippetFixes === true,
    configuration: caps.workspace?.configuration === true,
    diagnosticRefresh: caps.workspace?.diagnostics?.refreshSupport === true,
    versionedEdits: caps.workspace?.workspaceEdit?.documentChanges === true,
    codeLensRefresh: caps.workspace?.codeLens?.refreshSupport === true,
    inlayHintRefresh: caps.workspace?.inlayHint?.refreshSupport === true,
    completionSnippets: caps.textDocument?.completion?.completionItem?.snippetSupport === true,
    snippetCompletions: init.snippetCompletions !== false,
    scanStatus: init.scanStatus === true,
    resolveCodeActionEdits: caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
  };
}
