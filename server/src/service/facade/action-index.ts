/**
 * The workspace's action items: every postmortem's tasks and measures, built on first use
 * from the Markdown files of the workspace folders (the Workspace port's scan), then kept
 * current from open documents (their analysis) and from file events (created, changed,
 * deleted on disk). Typing fires many changes: updates follow at DEBOUNCE_MS, and so does
 * the change event.
 */
import { analyze } from '../analysis';
import type { Analysis } from '../analysis';
import type { Item, Postmortem } from '../model/schema';
import { incidentSummary, type IncidentSummary } from '../language/incidents';
import type { CancellationToken, Disposable, FileSystem, Log, Scheduler, Workspace } from '../ports';
import { relativeTo } from '../config/paths';
import type { DocumentConfigs } from './config';
import { Emitter } from './emitter';
import { splitUri } from './uri';

export interface IndexedDoc {
  uri: string;
  file: string;
  title: string | null;
  tasks: Item[];
  measures: Item[];
  /** What the incident is found by (workspace symbols): title, date, services, owners. */
  incident: IncidentSummary;
}

function indexed(uri: string, file: string, model: Postmortem): IndexedDoc {
  return { uri, file, title: model.title?.text ?? null, tasks: model.tasks, measures: model.measures, incident: incidentSummary(model, file.split('/').pop() ?? file) };
}

/** More would make the first scan slow; a workspace of postmortems is far smaller. */
const MAX_FILES = 5000;
const INCLUDE = ['**/*.md', '**/*.markdown'];
const EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/.vscode-test/**'];
export const DEBOUNCE_MS = 400;

/** The Markdown files of every workspace folder (the scan the index and workspace diagnostics share). */
export async function scanWorkspace(workspace: Workspace, cancel?: CancellationToken): Promise<string[]> {
  const out: string[] = [];
  const folders = await workspace.folders().catch(() => []);
  for (const folder of folders) {
    const options = { include: INCLUDE, exclude: EXCLUDE, max: MAX_FILES, ...(cancel ? { cancel } : {}) };
    const files = await workspace.findFiles(folder, options).catch(() => []);
    out.push(...files.slice(0, MAX_FILES));
  }
  return out;
}

/** What the index reads of the open documents. */
export interface OpenDocuments {
  has(uri: string): boolean;
  uris(): string[];
  analysis(uri: string): Promise<Analysis | undefined>;
}

export interface ActionIndexPorts {
  fs: FileSystem;
  workspace: Workspace;
  scheduler: Scheduler;
  log: Log;
  configs: DocumentConfigs;
  documents: OpenDocuments;
}

export class ActionIndex {
  private readonly docs = new Map<string, IndexedDoc>();
  private building: Promise<void> | null = null;
  private readonly pending = new Map<string, Disposable>();
  private notifyTimer: Disposable | undefined;
  private readonly changed = new Emitter<void>();
  /** Fires (debounced) when the index changed: the tracker re-asks. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly ports: ActionIndexPorts) {}

  /** All indexed postmortems, sorted by file. Builds the index on first call. */
  async all(token?: CancellationToken): Promise<IndexedDoc[]> {
    await this.ensure(token);
    return [...this.docs.values()].sort((a, b) => a.file.localeCompare(b.file));
  }

  /** One indexed document (after the index is built). */
  async get(uri: string, token?: CancellationToken): Promise<IndexedDoc | undefined> {
    await this.ensure(token);
    return this.docs.get(uri);
  }

  get built(): boolean { return this.building !== null; }

  /** Builds the index once; a cancelled first request does not stop the scan others will read. */
  ensure(_token?: CancellationToken): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  /** A document opened, changed or closed: re-read it soon (nothing before the index is built). */
  documentChanged(uri: string): void {
    if (!this.built) return; // nobody asked yet: the first request builds from scratch
    this.pending.get(uri)?.dispose();
    this.pending.set(uri, this.ports.scheduler.after(DEBOUNCE_MS, () => {
      this.pending.delete(uri);
      void this.update(uri).catch((e: unknown) => this.ports.log(`action index: ${String(e)}`));
    }));
  }

  /** A Markdown file changed on disk: open documents are followed through their text instead. */
  fileChanged(uri: string, type: 'created' | 'changed' | 'deleted'): void {
    if (type === 'deleted') {
      if (this.built) this.remove(uri);
    } else if (!this.ports.documents.has(uri)) {
      this.documentChanged(uri);
    }
  }

  dispose(): void {
    for (const p of this.pending.values()) p.dispose();
    this.pending.clear();
    this.notifyTimer?.dispose();
    this.changed.dispose();
  }

  private async build(): Promise<void> {
    for (const uri of await scanWorkspace(this.ports.workspace)) await this.update(uri, false);
    // Open documents that live outside the folders (or are untitled) count too.
    for (const uri of this.ports.documents.uris()) await this.update(uri, false);
  }

  /** How the tracker and exports name a document: relative to its folder, else its path, else its URI. */
  private async fileOf(uri: string): Promise<string> {
    const at = await this.ports.configs.locate(uri);
    if (!at) return uri;
    const folder = await this.ports.configs.folderOf(at);
    return folder ? relativeTo(at.path, folder.path) : at.path;
  }

  /** Re-read one document (open: its analysis; else from the file system) and tell whether it changed. */
  async update(uri: string, notify = true): Promise<void> {
    const before = JSON.stringify(this.docs.get(uri) ?? null);
    const file = await this.fileOf(uri);
    let next: IndexedDoc | null = null;
    if (this.ports.documents.has(uri)) {
      const a = await this.ports.documents.analysis(uri);
      if (a?.detection.postmortem) next = indexed(uri, file, a.model);
    } else if (/\.(?:md|markdown)$/i.test(splitUri(uri)?.path ?? '')) {
      const text = await this.ports.fs.readFile(uri).catch(() => undefined);
      if (text !== undefined) {
        const { config } = await this.ports.configs.configFor(uri);
        const a = analyze(text, { path: file, config, rules: [] });
        if (a.detection.postmortem) next = indexed(uri, file, a.model);
      }
    }
    if (next) this.docs.set(uri, next);
    else this.docs.delete(uri);
    if (notify && JSON.stringify(next) !== before) this.notify();
  }

  remove(uri: string): void {
    if (this.docs.delete(uri)) this.notify();
  }

  private notify(): void {
    this.notifyTimer?.dispose();
    this.notifyTimer = this.ports.scheduler.after(DEBOUNCE_MS, () => this.changed.fire());
  }
}
