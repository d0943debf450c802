/**
 * Workspace diagnostics: the findings of every postmortem of the workspace that is not open,
 * read from disk through the ports (open documents are the editor's document pull's). Each
 * file's result is kept with a result id until the file changes on disk (`fileChanged`, from
 * the service's one file-event dispatcher), is opened or closed, or its configuration
 * changes (its settings key differs), so a re-scan lints only what changed and reports the
 * rest `unchanged`. A scan yields to the event loop between files and stops when cancelled;
 * what it linted stays cached for the next one.
 */
import { analyze } from '../analysis';
import type { Finding } from '../rules/types';
import type { CancellationToken, FileSystem, Log, Scheduler, Workspace } from '../ports';
import { scanWorkspace } from './action-index';
import { cancelled } from './cancel';
import type { DocumentConfigs } from './config';
import { Emitter } from './emitter';

/** One file's report: `full` carries its findings; `unchanged`: the result id the client sent stands. */
export interface WorkspaceFileReport {
  uri: string;
  kind: 'full' | 'unchanged';
  resultId: string;
  findings: readonly Finding[];
}

/** Told as a scan lints files: `total` files to lint in all, `done` so far. */
export interface ScanProgress {
  begin(total: number): void;
  report(done: number, total: number): void;
  end(): void;
}

export interface WorkspaceScanQuery {
  /** The results the client has (uri to result id): those still current come back `unchanged`. */
  previous?: ReadonlyMap<string, string>;
  /** Re-read and re-lint every file, whatever is cached (the Lint Workspace command). */
  fresh?: boolean;
  /** Reports as they are made, in batches (partial results); those handed here are not in the answer. */
  onReports?: (reports: WorkspaceFileReport[]) => void;
  /** Progress, when the scan has files to lint (see `progressFrom`). */
  progress?: ScanProgress;
  /** Only scans linting at least this many files tell `progress` (the first scan always does). Default 10. */
  progressFrom?: number;
}

export interface WorkspaceScan {
  /** The reports not already handed to `onReports`. */
  reports: WorkspaceFileReport[];
  /** Markdown files of the workspace not open in the editor. */
  files: number;
  /** Files read and linted by this scan (the others were cached). */
  linted: number;
  /** Of `files`, those linted as postmortems. */
  postmortems: number;
  /** Findings in all closed files. */
  findings: number;
  cancelled: boolean;
}

export interface WorkspaceDiagnosticsPorts {
  fs: FileSystem;
  workspace: Workspace;
  scheduler: Scheduler;
  log: Log;
  configs: DocumentConfigs;
  docsUrl: (rule: string) => string;
  /** Open in the editor: left to the document pull. */
  isOpen(uri: string): boolean;
}

interface Entry { resultId: string; key: string; postmortem: boolean; findings: readonly Finding[] }

const isMarkdown = (uri: string): boolean => /\.(?:md|markdown)$/i.test(uri.replace(/[?#].*$/, ''));
/** Reports handed to `onReports` at once (a partial result). */
const BATCH = 100;
/** Linting runs this long at most before letting other requests through. */
const SLICE_MS = 15;

export class WorkspaceDiagnostics {
  private readonly entries = new Map<string, Entry>();
  /** Changes per file: a lint that a change overtook is not kept. */
  private readonly touched = new Map<string, number>();
  private files: Promise<string[]> | null = null;
  private scans = 0;
  private ids = 0;
  /** Result ids of a previous server never match this one's. */
  private readonly epoch = Date.now().toString(36);
  private readonly gone = `${this.epoch}:gone`;
  private readonly changedOnDisk = new Emitter<string>();
  /** A Markdown file was created, changed or deleted on disk (its next scan reads it again). */
  readonly onDidChangeOnDisk = this.changedOnDisk.event;

  constructor(private readonly ports: WorkspaceDiagnosticsPorts) {}

  /** A file changed on disk: re-lint it at the next scan; a file created or deleted: list the files again. */
  fileChanged(uri: string, type: 'created' | 'changed' | 'deleted'): void {
    if (!isMarkdown(uri)) return; // rc files change configurations: the settings key tells
    this.forget(uri);
    if (type !== 'changed') this.files = null;
    this.changedOnDisk.fire(uri);
  }

  dispose(): void {
    this.changedOnDisk.dispose();
  }

  /** A document opened, changed or closed: its file is re-read once it is closed. */
  documentChanged(uri: string): void {
    this.forget(uri);
  }

  private forget(uri: string): void {
    this.entries.delete(uri);
    this.touched.set(uri, (this.touched.get(uri) ?? 0) + 1);
  }

  async scan(query: WorkspaceScanQuery, token?: CancellationToken): Promise<WorkspaceScan> {
    const first = this.scans++ === 0;
    const previous = query.previous ?? new Map<string, string>();
    const out: WorkspaceScan = { reports: [], files: 0, linted: 0, postmortems: 0, findings: 0, cancelled: false };
    if (cancelled(token)) return { ...out, cancelled: true };
    const files = (await this.fileList()).filter((uri) => !this.ports.isOpen(uri));
    out.files = files.length;
    if (query.fresh) for (const uri of files) this.entries.delete(uri);

    const settings = new Map<string, { key: string; relativePath: string | null }>();
    const toLint: string[] = [];
    for (const uri of files) {
      const r = await this.ports.configs.configFor(uri);
      settings.set(uri, r);
      if (!this.cached(uri, r.key)) toLint.push(uri);
    }
    const progress = toLint.length > 0 && (first || toLint.length >= (query.progressFrom ?? 10)) ? query.progress : undefined;
    progress?.begin(toLint.length);

    const pending: WorkspaceFileReport[] = [];
    const flush = (): void => {
      if (!query.onReports || pending.length === 0) return;
      query.onReports(pending.splice(0));
    };
    const add = (report: WorkspaceFileReport): void => {
      pending.push(report);
      if (pending.length >= BATCH) flush();
    };

    let slice = Date.now();
    try {
      for (const uri of files) {
        if (cancelled(token)) { out.cancelled = true; break; }
        let entry = this.cached(uri, settings.get(uri)?.key);
        if (!entry) {
          entry = await this.lint(uri);
          out.linted++;
          progress?.report(out.linted, toLint.length);
          if (Date.now() - slice >= SLICE_MS) {
            flush();
            await this.ports.scheduler.turn();
            slice = Date.now();
          }
          if (!entry) continue; // opened meanwhile, or unreadable
        }
        if (entry.postmortem) out.postmortems++;
        out.findings += entry.findings.length;
        const had = previous.get(uri);
        if (had === entry.resultId) add({ uri, kind: 'unchanged', resultId: had, findings: [] });
        else if (entry.findings.length > 0 || had !== undefined) add({ uri, kind: 'full', resultId: entry.resultId, findings: entry.findings });
      }
      if (!out.cancelled) {
        // Files the client has results for that are gone (deleted, or no longer Markdown of the workspace).
        const listed = new Set(files);
        for (const [uri, id] of previous) {
          if (id !== this.gone && !listed.has(uri) && !this.ports.isOpen(uri)) add({ uri, kind: 'full', resultId: this.gone, findings: [] });
        }
      }
    } finally {
      progress?.end();
    }
    if (query.onReports) flush();
    else out.reports = pending;
    return out;
  }

  /**
   * The findings of one closed file of the workspace, as the workspace pull reports them
   * (cached, or read and linted now): what a document pull for a document just closed
   * answers, so its findings stay in the Problems panel instead of vanishing until the
   * next workspace pull. Null when it is open, not a Markdown file of the workspace, or unreadable.
   */
  async closedFile(uri: string): Promise<readonly Finding[] | null> {
    if (this.ports.isOpen(uri) || !isMarkdown(uri)) return null;
    if (!(await this.fileList()).includes(uri)) return null;
    const r = await this.ports.configs.configFor(uri);
    const entry = this.cached(uri, r.key) ?? (await this.lint(uri));
    return entry ? entry.findings : null;
  }

  /** The kept result of a file, while it was made with the configuration `key` is now. */
  private cached(uri: string, key: string | undefined): Entry | undefined {
    const entry = this.entries.get(uri);
    return entry && entry.key === key ? entry : undefined;
  }

  /** The workspace's Markdown files, listed once (not cancelled: the next scan reads the list). */
  private fileList(): Promise<string[]> {
    this.files ??= scanWorkspace(this.ports.workspace).then((uris) => uris.filter(isMarkdown));
    return this.files;
  }

  /** Reads and lints one closed file; undefined when it cannot be read or was opened meanwhile. */
  private async lint(uri: string): Promise<Entry | undefined> {
    const before = this.touched.get(uri);
    const r = await this.ports.configs.configFor(uri);
    const text = await this.ports.fs.readFile(uri).catch(() => undefined);
    if (text === undefined || this.ports.isOpen(uri)) {
      this.entries.delete(uri);
      return undefined;
    }
    const a = analyze(text, {
      path: r.relativePath,
      config: r.config,
      docsUrl: this.ports.docsUrl,
      onRuleError: (rule, e) => this.ports.log(`rule ${rule} failed on ${uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
    });
    const entry: Entry = { resultId: `${this.epoch}:${++this.ids}`, key: r.key, postmortem: a.detection.postmortem, findings: a.findings };
    if (this.touched.get(uri) === before) this.entries.set(uri, entry);
    return entry;
  }
}
