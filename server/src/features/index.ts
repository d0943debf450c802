/**
 * Every LSP feature, each given the service and the one connection method it uses (its
 * handler registration, a refresh or a notification it sends), never the whole connection.
 * Each declares its capabilities next to its handlers; add one entry here per feature.
 */
import type { Connection, Disposable, ServerCapabilities } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';
import type { LspWorkspace } from '../settings';
import type { ClientSupport } from './support';
import { OUTLINE_CAPABILITIES, registerDocumentSymbols, registerFoldingRanges, registerSelectionRanges } from './outline';
import { LINK_CAPABILITIES, registerDocumentLinks } from './links';
import { OWNER_CAPABILITIES, registerOwnerReferences, registerOwnerRename } from './owners';
import { WORKSPACE_SYMBOL_CAPABILITIES, registerWorkspaceSymbols } from './workspace-symbols';
import { DOCUMENT_SYNC_CAPABILITIES, registerDocuments } from './documents';
import { PULL_DIAGNOSTICS_CAPABILITIES, registerPullDiagnostics, registerPushDiagnostics } from './diagnostics';
import { CODE_ACTION_CAPABILITIES, registerCodeActionResolve, registerCodeActions } from './code-actions';
import { HOVER_CAPABILITIES, registerHover } from './hover';
import { INLAY_HINT_CAPABILITIES, registerInlayHints } from './inlay-hints';
import { CODE_LENS_CAPABILITIES, registerCodeLens, registerFiguresRequest } from './code-lens';
import { COMPLETION_CAPABILITIES, registerCompletion } from './completion';
import { registerModelRequest } from './model-request';
import { registerPreview } from './preview';
import { registerActionItems } from './action-index';
import { registerConfiguration, registerFileEvents, registerMarkAsPostmortem } from './environment';
import { registerDetectionRequest } from './detection';
import { WORKSPACE_DIAGNOSTICS_CAPABILITIES, registerLintWorkspace, registerWorkspaceDiagnostics, type ScanReporting } from './workspace-diagnostics';

export interface Registered { capabilities: ServerCapabilities; disposable: Disposable }

export function registerFeatures(connection: Connection, service: PostmortemService, support: ClientSupport, workspace: LspWorkspace, log: (m: string) => void): Registered {
  const onRequest: Connection['onRequest'] = connection.onRequest;
  const { diagnostics, inlayHint } = connection.languages;
  const scanReporting: ScanReporting = { createProgress: () => connection.window.createWorkDoneProgress(), sendScanStatus: support.scanStatus ? connection.sendNotification : null };
  const features: { capabilities?: Partial<ServerCapabilities>; disposable: Disposable }[] = [
    { capabilities: DOCUMENT_SYNC_CAPABILITIES, disposable: registerDocuments(connection, service) },
    support.pullDiagnostics
      ? { capabilities: PULL_DIAGNOSTICS_CAPABILITIES, disposable: registerPullDiagnostics((h) => diagnostics.on(h), support.diagnosticRefresh ? () => diagnostics.refresh() : null, service) }
      : { disposable: registerPushDiagnostics((p) => connection.sendDiagnostics(p), service, log) },
    // After the pull entry: its diagnosticProvider gains workspaceDiagnostics.
    ...(support.pullDiagnostics ? [{ capabilities: WORKSPACE_DIAGNOSTICS_CAPABILITIES, disposable: registerWorkspaceDiagnostics((h) => diagnostics.onWorkspace(h), scanReporting, service) }] : []),
    { disposable: registerDetectionRequest(onRequest, service) },
    { disposable: registerLintWorkspace(onRequest, support.pullDiagnostics ? null : (p) => connection.sendDiagnostics(p), scanReporting, service) },
    { capabilities: CODE_ACTION_CAPABILITIES, disposable: registerCodeActions(connection.onCodeAction, { snippetFixes: support.snippetFixes, resolveEdits: support.resolveCodeActionEdits }, service) },
    { disposable: registerCodeActionResolve(connection.onCodeActionResolve, service) },
    { capabilities: HOVER_CAPABILITIES, disposable: registerHover(connection.onHover, service) },
    { capabilities: INLAY_HINT_CAPABILITIES, disposable: registerInlayHints((h) => inlayHint.on(h), support.inlayHintRefresh ? () => inlayHint.refresh() : null, service) },
    {
      capabilities: CODE_LENS_CAPABILITIES,
      disposable: registerCodeLens(connection.onCodeLens, support.codeLensRefresh ? () => connection.sendRequest('workspace/codeLens/refresh') : null, service),
    },
    { disposable: registerFiguresRequest(onRequest, service) },
    { capabilities: COMPLETION_CAPABILITIES, disposable: registerCompletion(connection.onCompletion, support.snippetCompletions ? { snippetSupport: support.completionSnippets } : null, service) },
    { disposable: registerModelRequest(onRequest, service) },
    { disposable: registerPreview(onRequest, service) },
    { disposable: registerActionItems(onRequest, connection.sendNotification, service) },
    { disposable: registerConfiguration(connection.onDidChangeConfiguration, workspace, service) },
    { disposable: registerFileEvents(connection.onDidChangeWatchedFiles, service) },
    { disposable: registerMarkAsPostmortem(connection.onNotification, service) },
    { capabilities: OUTLINE_CAPABILITIES, disposable: registerDocumentSymbols(connection.onDocumentSymbol, service) },
    { disposable: registerFoldingRanges(connection.onFoldingRanges, service) },
    { disposable: registerSelectionRanges(connection.onSelectionRanges, service) },
    { capabilities: LINK_CAPABILITIES, disposable: registerDocumentLinks(connection.onDocumentLinks, service) },
    { capabilities: OWNER_CAPABILITIES, disposable: registerOwnerReferences(connection.onReferences, service) },
    { disposable: registerOwnerRename(connection.onPrepareRename, connection.onRenameRequest, support.versionedEdits, service) },
    { capabilities: WORKSPACE_SYMBOL_CAPABILITIES, disposable: registerWorkspaceSymbols(connection.onWorkspaceSymbol, service) },
  ];
  let capabilities: ServerCapabilities = {};
  for (const f of features) capabilities = { ...capabilities, ...f.capabilities };
  return { capabilities, disposable: { dispose: () => { for (const f of features) f.disposable.dispose(); } } };
}
