/**
 * The workspace's closed files. `workspace/diagnostic` (LSP 3.17, for pull clients: VS Code
 * asks it again two seconds after each answer) reports every closed postmortem's findings,
 * as partial results when the client gives a token, with result ids so the files it already
 * has come back `unchanged`; open documents are the document pull's. `postmortem/lintWorkspace`
 * re-lints every closed file on request: a push client gets them published. Both show
 * work-done progress while files are read (the first scan, a command) and, when the client
 * asked, `postmortem/workspaceScan` for its status bar; both stop when cancelled.
 */
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type Disposable,
  type ServerCapabilities,
  type WorkDoneProgressReporter,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { LintWorkspaceRequest, WorkspaceScanNotification, type LintWorkspaceResult } from '../protocol';
import type { PostmortemService, ScanProgress, WorkspaceFileReport } from '../service/index';
import { NO_RESULT, toDiagnostics } from './convert';

export const WORKSPACE_DIAGNOSTICS_CAPABILITIES: Partial<ServerCapabilities> = {
  diagnosticProvider: { identifier: 'postmortem', interFileDependencies: false, workspaceDiagnostics: true },
};

function toReport(r: WorkspaceFileReport): WorkspaceDocumentDiagnosticReport {
  if (r.kind === 'unchanged') return { kind: DocumentDiagnosticReportKind.Unchanged, uri: r.uri, version: null, resultId: r.resultId };
  return { kind: DocumentDiagnosticReportKind.Full, uri: r.uri, version: null, resultId: r.resultId, items: toDiagnostics(r.findings, r.uri, NO_RESULT) };
}

export interface ScanReporting {
  /** A work-done progress the server creates (`window/workDoneProgress/create`; a no-op for clients without it). */
  createProgress: () => Promise<WorkDoneProgressReporter>;
  /** Set: the client asked for `postmortem/workspaceScan`. */
  sendScanStatus: Connection['sendNotification'] | null;
}

/** The scan's progress as LSP work-done progress (the request's own when it gave a token) and the status notification. */
function scanProgress(title: string, reporting: ScanReporting, attached: WorkDoneProgressReporter | null): ScanProgress {
  let reporter: Promise<WorkDoneProgressReporter | null> | null = null;
  let percent = -1;
  const status = (scanning: boolean, done: number, total: number): void => {
    void reporting.sendScanStatus?.(WorkspaceScanNotification, { scanning, done, total });
  };
  return {
    begin(total) {
      reporter = (attached ? Promise.resolve(attached) : reporting.createProgress()).then((r) => {
        r.begin(title, 0, `0/${total} files`, false);
        return r;
      }, () => null);
      status(true, 0, total);
    },
    report(done, total) {
      const p = Math.floor((done * 100) / Math.max(total, 1));
      if (p === percent) return; // at most a hundred reports a scan
      percent = p;
      void reporter?.then((r) => r?.report(p, `${done}/${total} files`));
      status(true, done, total);
    },
    end() {
      void reporter?.then((r) => r?.done());
      status(false, 0, 0);
    },
  };
}

type Diagnostics = Connection['languages']['diagnostics'];

/** `workspace/diagnostic`: every closed postmortem's findings, unchanged ones by result id. */
export function registerWorkspaceDiagnostics(onWorkspace: Diagnostics['onWorkspace'], reporting: ScanReporting, service: PostmortemService): Disposable {
  return onWorkspace(async (params, token, workDone, partial) => {
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const scan = await service.workspaceDiagnostics({
      previous,
      progress: scanProgress('Postmortem: linting the workspace', reporting, params.workDoneToken !== undefined ? workDone : null),
      ...(partial ? { onReports: (reports: WorkspaceFileReport[]) => partial.report({ items: reports.map(toReport) }) } : {}),
    }, token);
    if (scan.cancelled) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'workspace diagnostics cancelled');
    return { items: scan.reports.map(toReport) };
  });
}

/** Re-publishing after a file changes on disk or is closed waits this long for more (a checkout writes many). */
const REPUBLISH_MS = 300;

/**
 * `postmortem/lintWorkspace`: re-reads and lints every closed file. `publish` (push clients
 * only) sends their findings, and empty ones for files published before that are clean now;
 * a pull client reads them from its next `workspace/diagnostic`. Once a push client asked,
 * files that change on disk or are closed are re-linted and published again.
 */
export function registerLintWorkspace(onRequest: Connection['onRequest'], publish: Connection['sendDiagnostics'] | null, reporting: ScanReporting, service: PostmortemService): Disposable {
  /** Published closed files and the result id published. */
  const published = new Map<string, string>();
  let linted = false;
  const run = async (fresh: boolean, progress: ScanProgress | undefined, token?: Parameters<PostmortemService['workspaceDiagnostics']>[1]) => {
    const sends: Promise<void>[] = [];
    const scan = await service.workspaceDiagnostics({
      fresh,
      progressFrom: fresh ? 1 : 10,
      previous: new Map(published),
      ...(progress ? { progress } : {}),
      onReports: (reports) => {
        if (!publish) return;
        for (const r of reports) {
          if (r.kind === 'unchanged') continue;
          if (r.findings.length > 0) published.set(r.uri, r.resultId);
          else published.delete(r.uri);
          sends.push(publish({ uri: r.uri, diagnostics: toDiagnostics(r.findings, r.uri, NO_RESULT) }));
        }
      },
    }, token);
    await Promise.all(sends);
    return scan;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = (): void => {
    if (!publish || !linted) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = undefined; void run(false, undefined).catch(() => undefined); }, REPUBLISH_MS);
  };
  const subs = [
    service.onDidChangeOnDisk(soon),
    // A closed document's push is emptied by the document diagnostics: publish its file's findings again.
    service.onDidChangeDocument((uri) => { if (!service.has(uri)) soon(); }),
    onRequest(LintWorkspaceRequest, async (_params, token): Promise<LintWorkspaceResult> => {
      linted = true;
      const scan = await run(true, scanProgress('Postmortem: Lint Workspace', reporting, null), token);
      return { files: scan.files, postmortems: scan.postmortems, findings: scan.findings, cancelled: scan.cancelled };
    }),
  ];
  return { dispose: () => { if (timer) clearTimeout(timer); for (const d of subs) d.dispose(); } };
}
