/**
 * The postmortem service: one object with the state of one editor session (open documents,
 * their analyses, configuration, marks, the workspace's action items) and every question an
 * editor asks of it. Pure: the file system, the workspace, the log and the timers are ports
 * (./ports.ts) the host implements. The LSP shell (server/src/features) only converts its
 * answers to the protocol; a browser worker or another editor can host it the same way.
 */
import type { Analysis } from './analysis';
import type { ContentChange } from './parse/incremental';
import type { Position, Range, TextEdit } from './text/source-text';
import type { Finding } from './rules/types';
import { ALL_RULES } from './rules/index';
import type { Figures } from './derive/figures/index';
import { completionsAt, type Completion, type CompletionTrigger } from './language/completion/index';
import { dateVariables } from './text/snippet';
import { toggleTaskEdit } from './language/toggle-task';
import { figuresLens, timelineHover, timelineStepHints, type StepHint } from './language/views';
import { exportItems, type ExportDoc, type ExportFormat } from './outputs/export/index';
import { previewFromAnalysis } from './outputs/preview/from-model';
import type { PreviewData } from './outputs/preview/data';
import type { Postmortem } from './model/schema';
import type { CancellationToken, FileSystem, Log, Scheduler, Workspace } from './ports';
import type { IndexedDoc } from './facade/action-index';
import { convertAction, fixAllAction, quickFixes, resolveAction, type ActionHandle, type CodeActionChoice, type CodeActionQuery } from './facade/code-actions';
import { DiagnosticResults } from './facade/diagnostic-results';
import type { Event } from './facade/emitter';
import { unlessCancelled } from './facade/cancel';
import * as structure from './facade/structure';
import type { DocumentLink, FoldRange, IncidentSymbol, OutlineNode, OwnerLocation, RenameAnswer } from './facade/structure';
import { Session } from './facade/session';
import { WorkspaceDiagnostics, type WorkspaceScan, type WorkspaceScanQuery } from './facade/workspace-diagnostics';

export type { DocumentEdits, DocumentLink, FoldRange, IncidentSymbol, OutlineNode, OwnerLocation, RenameAnswer } from './facade/structure';
export type { IncidentSummary } from './language/incidents';
export type { ActionHandle, CodeActionChoice, CodeActionQuery, DiagnosticRef } from './facade/code-actions';
export { isActionHandle } from './facade/code-actions';
export type { IndexedDoc } from './facade/action-index';
export type { Event } from './facade/emitter';
export type { ScanProgress, WorkspaceFileReport, WorkspaceScan, WorkspaceScanQuery } from './facade/workspace-diagnostics';

export interface PostmortemServiceOptions {
  fs: FileSystem;
  workspace: Workspace;
  log: Log;
  /** The page documenting a rule (diagnostics link to it). */
  docsUrl: (rule: string) => string;
  /** The host's timers; without one, stepwise work and debounced updates run at the next microtask. */
  scheduler?: Scheduler;
}

/** One change of a document: a ranged edit (incremental sync) or the whole new text. */
export type DocumentChange = ContentChange | { text: string };

/** A file created, changed or deleted on disk (the editor's file watcher). */
export interface FileEvent { uri: string; type: 'created' | 'changed' | 'deleted' }

/** How `diagnostics` answers while the document changes. */
export interface DiagnosticsOptions {
  /**
   * Finish the analysis of the version asked for even if the document changes meanwhile,
   * and answer with it (its findings are for that version: `version` says which), instead
   * of abandoning it for the newer text. For a caller whose earlier attempt was abandoned:
   * while keystrokes come faster than one analysis takes, abandoning every attempt answers
   * nothing until the typing stops (measured: a 10,000-line document typed into at 150 ms a
   * key on a machine where one analysis takes ~200 ms waited 2.3 s, median).
   */
  finish?: boolean;
}

export interface PostmortemService {
  // ---- Documents: the service owns their text, edit by edit ----
  open(uri: string, version: number, text: string): void;
  change(uri: string, version: number, changes: readonly DocumentChange[]): void;
  close(uri: string): void;
  has(uri: string): boolean;
  version(uri: string): number | undefined;
  /** A document opened, changed or closed, or its results changed (settings, a mark). */
  readonly onDidChangeDocument: Event<string>;
  /** Every document's results changed: the editor should ask again (diagnostics, lenses, hints). */
  readonly onDidChangeAll: Event<void>;

  // ---- The environment ----
  /** The editor's settings changed (the Workspace port answers the new ones). */
  settingsChanged(): void;
  /** The one dispatcher of file events: rc files reconfigure, Markdown files feed the action items. */
  filesChanged(events: readonly FileEvent[]): void;
  /** Lint one file as a postmortem whatever detection says (true), or back to detection (false). */
  markAsPostmortem(uri: string, postmortem: boolean): void;

  // ---- Requests: a cancelled one answers at once with its empty answer ----
  analysis(uri: string, token?: CancellationToken): Promise<Analysis | undefined>;
  /**
   * The findings of the current version, as a numbered result: `result` stays the same while
   * the findings read the same (a pull answers `unchanged`), and `resultVersion` is the version
   * they were first computed for. A diagnostic names its finding by result and index.
   */
  diagnostics(uri: string, token?: CancellationToken, options?: DiagnosticsOptions): Promise<{ version: number; result: number; resultVersion: number; findings: readonly Finding[] } | undefined>;
  /** The actions for the current version; a diagnostic of another result gets none. */
  codeActions(uri: string, query: CodeActionQuery, token?: CancellationToken): Promise<{ version: number; actions: CodeActionChoice[] } | null>;
  /** The edits of an action offered for `version` (`codeAction/resolve`): null when the document is at another version, or the action is gone. */
  resolveCodeAction(uri: string, version: number, handle: ActionHandle, token?: CancellationToken): Promise<{ edits: TextEdit[]; snippet: boolean } | null>;
  hover(uri: string, position: Position, token?: CancellationToken): Promise<{ range: Range; markdown: string } | null>;
  inlayHints(uri: string, range: Range, token?: CancellationToken): Promise<StepHint[]>;
  codeLens(uri: string, token?: CancellationToken): Promise<{ line: number; title: string } | null>;
  figures(uri: string, token?: CancellationToken): Promise<{ version: number; figures: Figures } | null>;
  model(uri: string, token?: CancellationToken): Promise<{ version: number; postmortem: boolean; reason: string; model: Postmortem } | null>;
  /** `snippets`: null when the editor offers the `pm-` snippets itself. */
  completion(uri: string, position: Position, trigger: CompletionTrigger, snippets: { snippetSupport: boolean } | null, token?: CancellationToken): Promise<Completion[]>;
  preview(uri: string, token?: CancellationToken): Promise<PreviewData | null>;
  /** The checkbox edit of the task on `line`, for `version` only (null when stale). */
  toggleTask(uri: string, line: number, version: number, token?: CancellationToken): Promise<{ edit: TextEdit; checked: boolean } | null>;
  /** Every postmortem of the workspace with its items (the index is built on first ask). */
  actionItems(token?: CancellationToken): Promise<IndexedDoc[]>;
  readonly onDidChangeActionItems: Event<void>;
  /**
   * The findings of the workspace's Markdown files that are not open, read from disk (open
   * documents are the document pull's). Cached per file until it changes on disk, is opened
   * or closed, or its configuration changes; cancelled, it answers what it has so far.
   */
  workspaceDiagnostics(query: WorkspaceScanQuery, token?: CancellationToken): Promise<WorkspaceScan>;
  /** A closed workspace file's findings, as the workspace pull has them (null: open, not in the workspace, unreadable). */
  closedFileDiagnostics(uri: string): Promise<readonly Finding[] | null>;
  /** A Markdown file was created, changed or deleted on disk (from `filesChanged`). */
  readonly onDidChangeOnDisk: Event<string>;
  /** One document's (`uri`) or the workspace's (null) action items as CSV, Markdown or JSON. */
  exportActionItems(uri: string | null, format: ExportFormat, token?: CancellationToken): Promise<{ content: string; documents: number; tasks: number }>;

  // ---- Structure (issue 11): postmortems only; owners and incidents across the workspace ----
  /** The outline: title, sections however written, entries and tasks/measures as children. */
  documentSymbols(uri: string, token?: CancellationToken): Promise<OutlineNode[]>;
  foldingRanges(uri: string, token?: CancellationToken): Promise<FoldRange[]>;
  /** Per position, innermost first: entry or item, section(s), document. */
  selectionRanges(uri: string, positions: readonly Position[], token?: CancellationToken): Promise<Range[][]>;
  /** Tickets and `@owners` through the `trackerUrl` / `peopleUrl` templates. */
  documentLinks(uri: string, token?: CancellationToken): Promise<DocumentLink[]>;
  /** The owner under the cursor, for prepareRename. */
  ownerAt(uri: string, position: Position, token?: CancellationToken): Promise<{ handle: string; range: Range } | null>;
  /** Every occurrence of that owner in every postmortem of the workspace. */
  ownerReferences(uri: string, position: Position, token?: CancellationToken): Promise<OwnerLocation[]>;
  /** One edit list per postmortem naming the owner, bound to its version (null: not open). */
  renameOwner(uri: string, position: Position, newName: string, token?: CancellationToken): Promise<RenameAnswer>;
  /** Incidents of the workspace matching every word of `query`, best first. */
  workspaceSymbols(query: string, token?: CancellationToken): Promise<IncidentSymbol[]>;

  dispose(): void;
}

const MICROTASK: Scheduler = {
  turn: () => Promise.resolve(),
  after: (_ms, callback) => {
    let live = true;
    void Promise.resolve().then(() => { if (live) callback(); });
    return { dispose: () => { live = false; } };
  },
};

export function createPostmortemService(options: PostmortemServiceOptions): PostmortemService {
  const s = new Session({ ...options, scheduler: options.scheduler ?? MICROTASK });
  const { store, index } = s;
  const closedFiles = new WorkspaceDiagnostics({ ...options, scheduler: options.scheduler ?? MICROTASK, configs: s.configs, isOpen: (uri) => store.has(uri) });
  const results = new DiagnosticResults();
  const documents = s.documentChanged.event((uri) => {
    closedFiles.documentChanged(uri);
    if (!store.has(uri)) results.forget(uri);
  });
  /** The analysis of `version` while it is the current one, with its result; undefined once the document moved on. */
  const currentAnalysis = async (uri: string, version: number, token?: CancellationToken) => {
    const analysis = await s.analysisFor(uri, token);
    if (!analysis || store.version(uri) !== version) return undefined;
    return { analysis, version, result: results.current(uri, version, analysis.findings) };
  };
  // The analysis of `version` even when the document changed meanwhile (DiagnosticsOptions).
  const finishedAnalysis = async (uri: string, version: number, token?: CancellationToken) => {
    const analysis = await s.analysisFor(uri, token, true);
    if (!analysis || !store.has(uri)) return undefined;
    // The version it was made for: the document may have changed before the work began (while
    // the settings were read) as well as during it.
    const made = store.versionOf(analysis) ?? version;
    return { analysis, version: made, result: results.current(uri, made, analysis.findings) };
  };

  return {
    open: (uri, version, text) => s.open(uri, version, text),
    change: (uri, version, changes) => s.change(uri, version, changes),
    close: (uri) => s.close(uri),
    has: (uri) => store.has(uri),
    version: (uri) => store.version(uri),
    onDidChangeDocument: s.documentChanged.event,
    onDidChangeAll: s.allChanged.event,

    settingsChanged: () => s.reconfigure(),
    filesChanged: (events) => {
      for (const e of events) closedFiles.fileChanged(e.uri, e.type);
      s.filesChanged(events);
    },
    markAsPostmortem: (uri, on) => s.markAsPostmortem(uri, on),

    analysis: (uri, token) => unlessCancelled(token, undefined, () => s.analysisFor(uri, token)),

    diagnostics: (uri, token, options) => unlessCancelled(token, undefined, async () => {
      const version = store.version(uri);
      if (version === undefined) return undefined;
      const c = options?.finish ? await finishedAnalysis(uri, version, token) : await currentAnalysis(uri, version, token);
      if (!c) return undefined;
      return { version: c.version, result: c.result.id, resultVersion: c.result.version, findings: c.result.findings };
    }),

    codeActions: (uri, query, token) => unlessCancelled(token, null, async () => {
      const version = store.version(uri);
      if (version === undefined) return null;
      // A version number used before names two texts: a fix bound to it could apply to the wrong one.
      if (store.versionReused(uri)) return { version, actions: [] };
      const needed = (query.quickFix && query.diagnostics.length > 0) || query.convert || query.fixAll;
      const c = needed ? await currentAnalysis(uri, version, token) : undefined;
      if (!c) return { version, actions: [] };
      const actions: CodeActionChoice[] = query.quickFix ? quickFixes(c.analysis, c.result, query.diagnostics) : [];
      if (query.convert) {
        const convert = convertAction(c.analysis, actions);
        if (convert) actions.push(convert);
      }
      if (query.fixAll) {
        const all = fixAllAction(c.analysis);
        if (all) actions.push(all);
      }
      return { version, actions };
    }),

    resolveCodeAction: (uri, version, handle, token) => unlessCancelled(token, null, async () => {
      // Every edit is bound to the version it was computed for: none for another one.
      if (store.version(uri) !== version || store.versionReused(uri)) return null;
      const c = await currentAnalysis(uri, version, token);
      return c ? resolveAction(c.analysis, c.result, handle) : null;
    }),

    hover: (uri, position, token) => unlessCancelled(token, null, async () => {
      const a = await s.postmortem(uri, token);
      return a ? timelineHover(a, position) : null;
    }),

    inlayHints: (uri, range, token) => unlessCancelled(token, [], async () => {
      const a = await s.postmortem(uri, token);
      return a?.config.inlayHints ? timelineStepHints(a, range) : [];
    }),

    codeLens: (uri, token) => unlessCancelled(token, null, async () => {
      const a = await s.postmortem(uri, token);
      return a?.config.codeLens ? figuresLens(a) : null;
    }),

    figures: (uri, token) => unlessCancelled(token, null, async () => {
      const version = store.version(uri);
      const a = await s.postmortem(uri, token);
      return a && version !== undefined ? { version, figures: a.derived.figures } : null;
    }),

    model: (uri, token) => unlessCancelled(token, null, async () => {
      const a = await s.analysisFor(uri, token);
      // Read after the await: the analysis is of the text current now, not when asked.
      const version = store.version(uri);
      if (!a || version === undefined) return null;
      return { version, postmortem: a.detection.postmortem, reason: a.detection.reason, model: a.model };
    }),

    completion: (uri, position, trigger, snippets, token) => unlessCancelled(token, [], async () => {
      const version = store.version(uri);
      const a = await s.analysisFor(uri, token);
      if (!a || store.version(uri) !== version) return [];
      return completionsAt(
        {
          analysis: a,
          rules: ALL_RULES.map((r) => r.meta),
          workspaceOwners: s.workspaceOwners(uri),
          snippets: snippets ? { snippetSupport: snippets.snippetSupport, variables: dateVariables(new Date()) } : null,
        },
        position,
        trigger,
      );
    }),

    preview: (uri, token) => unlessCancelled(token, null, async () => {
      const version = store.version(uri);
      const a = await s.postmortem(uri, token);
      return a && version !== undefined ? previewFromAnalysis(uri, version, a) : null;
    }),

    toggleTask: (uri, line, version, token) => unlessCancelled(token, null, async () => {
      if (store.version(uri) !== version) return null;
      const a = await s.analysisFor(uri, token);
      if (!a || store.version(uri) !== version) return null;
      return toggleTaskEdit(a.model, line);
    }),

    documentSymbols: (uri, token) => unlessCancelled(token, [], () => structure.outlineOf(s, uri, token)),
    foldingRanges: (uri, token) => unlessCancelled(token, [], () => structure.foldsOf(s, uri, token)),
    selectionRanges: (uri, positions, token) => unlessCancelled(token, [], () => structure.selectionsOf(s, uri, positions, token)),
    documentLinks: (uri, token) => unlessCancelled(token, [], () => structure.linksOf(s, uri, token)),
    ownerAt: (uri, position, token) => unlessCancelled(token, null, () => structure.ownerUnder(s, uri, position, token)),
    ownerReferences: (uri, position, token) => unlessCancelled(token, [], () => structure.ownerReferences(s, uri, position, token)),
    renameOwner: (uri, position, newName, token) => unlessCancelled(token, { ok: false, message: 'Cancelled.' }, () => structure.renameOwner(s, uri, position, newName, token)),
    workspaceSymbols: (query, token) => unlessCancelled(token, [], () => structure.incidentSymbols(s, query, token)),

    actionItems: (token) => unlessCancelled(token, [], () => index.all(token)),
    onDidChangeActionItems: index.onDidChange,

    exportActionItems: (uri, format, token) => unlessCancelled(token, { content: exportItems([], format), documents: 0, tasks: 0 }, async () => {
      let docs: ExportDoc[];
      if (uri !== null) {
        const a = await s.analysisFor(uri, token);
        if (!a?.detection.postmortem) return { content: exportItems([], format), documents: 0, tasks: 0 };
        const indexed = await index.get(uri, token);
        docs = [{ file: indexed?.file ?? uri.split('/').pop() ?? uri, title: a.model.title?.text ?? null, tasks: a.model.tasks, measures: a.model.measures }];
      } else {
        docs = (await index.all(token)).map((d) => ({ file: d.file, title: d.title, tasks: d.tasks, measures: d.measures }));
      }
      return { content: exportItems(docs, format), documents: docs.length, tasks: docs.reduce((n, d) => n + d.tasks.length, 0) };
    }),

    workspaceDiagnostics: (query, token) => closedFiles.scan(query, token),
    closedFileDiagnostics: (uri) => closedFiles.closedFile(uri),
    onDidChangeOnDisk: closedFiles.onDidChangeOnDisk,

    dispose: () => { documents.dispose(); closedFiles.dispose(); s.dispose(); },
  };
}
