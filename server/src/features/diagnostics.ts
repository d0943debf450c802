/**
 * Diagnostics: pull (LSP 3.17) for clients that support it, push otherwise (Neovim 0.7),
 * decided once per client at initialize, never both. Push coalesces a burst of changes:
 * a pass runs after the queue of incoming messages drains, for the newest version only.
 * A pull answers with a result id, and `unchanged` when the client already has that result
 * (the findings read the same as those it was sent: see service/facade/diagnostic-results.ts).
 */
import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type CancellationToken, type Connection, type Diagnostic, type Disposable, type ServerCapabilities } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';
import { NO_RESULT, toDiagnostics } from './convert';

export const PULL_DIAGNOSTICS_CAPABILITIES: Partial<ServerCapabilities> = {
  diagnosticProvider: { identifier: 'postmortem', interFileDependencies: false, workspaceDiagnostics: false },
};

/**
 * Result ids of this server process: `<start>.<result>`, so an id a client kept from an
 * earlier server (a restart) never matches one of this one.
 */
const RESULT_PREFIX = Date.now().toString(36);
export const resultIdOf = (result: number): string => `${RESULT_PREFIX}.${result}`;

async function diagnosticsFor(service: PostmortemService, uri: string, token?: CancellationToken, finish = false): Promise<{ version: number; resultId: string; items: () => Diagnostic[] } | undefined> {
  const r = await service.diagnostics(uri, token, { finish });
  if (!r) return undefined;
  return { version: r.version, resultId: resultIdOf(r.result), items: () => toDiagnostics(r.findings, uri, { version: r.resultVersion, result: r.result }) };
}

/**
 * Lets messages already received (more keystrokes) be processed before analysing, so one
 * analysis answers a burst of typing instead of one stale analysis per keystroke queuing
 * up behind another. Returns as soon as a turn passes with no new version.
 */
async function settle(service: PostmortemService, uri: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const before = service.version(uri);
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (service.version(uri) === before) return;
  }
}

type PullDiagnostics = Connection['languages']['diagnostics'];

/** Pull: answers `textDocument/diagnostic`; `refresh` (when the client supports it) after settings change. */
export function registerPullDiagnostics(on: PullDiagnostics['on'], refresh: PullDiagnostics['refresh'] | null, service: PostmortemService): Disposable {
  const handler = on(async (params, token) => {
    const uri = params.textDocument.uri;
    await settle(service, uri);
    // The document may change while the analysis awaits settings: an empty report would
    // wipe its diagnostics until the next pull, so answer for the newest version instead.
    // The analysis is finished whatever the typing does meanwhile (service DiagnosticsOptions):
    // the answer is then for the version it started on, and the client pulls again for the
    // newer one (VS Code re-pulls after a change). Abandoning it instead answered nobody while
    // keystrokes came faster than one analysis took.
    for (let attempt = 0; attempt < 5 && !token.isCancellationRequested; attempt++) {
      const r = await diagnosticsFor(service, uri, token, true);
      if (r && r.resultId === params.previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: r.resultId };
      if (r) return { kind: DocumentDiagnosticReportKind.Full, resultId: r.resultId, items: r.items() };
      if (!service.has(uri)) break;
    }
    if (service.has(uri) && !token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document kept changing', { retriggerRequest: true });
    // VS Code pulls once more for a document it just closed: a closed workspace file keeps the
    // findings the workspace pull reports for it, instead of none until that pull comes round.
    const closed = service.has(uri) ? null : await service.closedFileDiagnostics(uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: toDiagnostics(closed ?? [], uri, NO_RESULT) };
  });
  const refreshes = refresh ? service.onDidChangeAll(() => refresh()) : null;
  return { dispose: () => { handler.dispose(); refreshes?.dispose(); } };
}

/** Push: `textDocument/publishDiagnostics` after each burst of changes. */
export function registerPushDiagnostics(sendDiagnostics: Connection['sendDiagnostics'], service: PostmortemService, log: (m: string) => void): Disposable {
  const pending = new Set<string>();
  let scheduled = false;
  let disposed = false;
  const flush = async (): Promise<void> => {
    scheduled = false;
    if (disposed) return;
    const uris = [...pending];
    pending.clear();
    for (const uri of uris) {
      if (!service.has(uri)) {
        await sendDiagnostics({ uri, diagnostics: [] });
        continue;
      }
      const r = await diagnosticsFor(service, uri);
      if (r) await sendDiagnostics({ uri, version: r.version, diagnostics: r.items() });
      else if (service.has(uri)) pending.add(uri);
    }
    if (pending.size > 0) schedule();
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => { void flush().catch((e: unknown) => log(`diagnostics failed: ${String(e)}`)); });
  };
  const changes = service.onDidChangeDocument((uri) => {
    pending.add(uri);
    schedule();
  });
  return { dispose: () => { disposed = true; changes.dispose(); } };
}
