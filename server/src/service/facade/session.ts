/**
 * The state of one editor session, owned by one service instance: the open documents (the
 * store), their configuration, the "lint as a postmortem" marks, the workspace's action
 * items, and the scheduling of analyses. Two services share nothing.
 */
import type { Analysis, Parsed } from '../analysis';
import { RC_FILE_NAME } from '../config/index';
import { documentOwners } from '../language/completion/index';
import type { ContentChange } from '../parse/incremental';
import type { CancellationToken, FileSystem, Log, Scheduler, Workspace } from '../ports';
import { DocumentStore, STEPPED_CHARS } from '../store';
import { ActionIndex } from './action-index';
import { cancelled } from './cancel';
import { DocumentConfigs } from './config';
import { Emitter } from './emitter';

export interface SessionPorts {
  fs: FileSystem;
  workspace: Workspace;
  log: Log;
  docsUrl: (rule: string) => string;
  scheduler: Scheduler;
}

const isRcFile = (uri: string): boolean => uri.endsWith(`/${RC_FILE_NAME}`);
const isMarkdown = (uri: string): boolean => /\.(?:md|markdown)$/i.test(uri);

export class Session {
  readonly store = new DocumentStore();
  readonly configs: DocumentConfigs;
  readonly index: ActionIndex;
  readonly documentChanged = new Emitter<string>();
  readonly allChanged = new Emitter<void>();
  private readonly forced = new Map<string, boolean>();
  /**
   * Analyses of short documents in progress. A long document's analysis runs in steps and,
   * between them, waits while any is (scheduling: one big document never starves the others).
   */
  private foreground = 0;

  constructor(readonly ports: SessionPorts) {
    this.configs = new DocumentConfigs(ports.fs, ports.workspace, ports.log);
    this.index = new ActionIndex({
      ...ports,
      configs: this.configs,
      documents: { has: (uri) => this.store.has(uri), uris: () => this.store.uris(), analysis: (uri) => this.analysisFor(uri) },
    });
    if (!ports.workspace.trusted) ports.log('The workspace is not trusted: .postmortemrc.json files set rule severities only; their other settings are ignored.');
  }

  open(uri: string, version: number, text: string): void {
    this.store.open(uri, version, text);
    this.changed(uri);
  }

  change(uri: string, version: number, changes: readonly (ContentChange | { text: string })[]): void {
    if (!this.store.has(uri)) return;
    const before = this.store.version(uri);
    this.store.change(uri, version, changes);
    if (this.store.versionReused(uri)) this.ports.log(`${uri}: version ${version} after ${String(before)} goes backwards; no fixes are offered until a higher version arrives.`);
    this.changed(uri);
  }

  close(uri: string): void {
    this.store.close(uri);
    this.configs.forget(uri);
    this.forced.delete(uri);
    this.changed(uri);
  }

  markAsPostmortem(uri: string, on: boolean): void {
    if (on) this.forced.set(uri, true);
    else this.forced.delete(uri);
    this.refreshAll();
  }

  reconfigure(): void {
    this.configs.clear();
    this.refreshAll();
  }

  /** The one dispatcher of file events: Markdown files feed the index; anything else watched (rc files) reconfigures, once. */
  filesChanged(events: readonly { uri: string; type: 'created' | 'changed' | 'deleted' }[]): void {
    let reconfigure = false;
    for (const e of events) {
      if (isMarkdown(e.uri) && !isRcFile(e.uri)) this.index.fileChanged(e.uri, e.type);
      else reconfigure = true;
    }
    if (reconfigure) this.reconfigure();
  }

  /** With `finish`, the analysis of the current version is finished even if the document changes meanwhile (store.analysisInSteps). */
  async analysisFor(uri: string, token?: CancellationToken, finish = false): Promise<Analysis | undefined> {
    if (!this.store.has(uri) || cancelled(token)) return undefined;
    const short = (this.store.text(uri)?.length ?? 0) < STEPPED_CHARS;
    if (short) this.foreground++;
    try {
      return await this.analyse(uri, token, finish);
    } finally {
      if (short) this.foreground--;
    }
  }

  /** The analysis when the document is linted as a postmortem (it carries its configuration and derived facts). */
  async postmortem(uri: string, token?: CancellationToken): Promise<Analysis | undefined> {
    const a = await this.analysisFor(uri, token);
    return a?.detection.postmortem ? a : undefined;
  }

  /** Owners named in the other open documents (the workspace as the service sees it). */
  workspaceOwners(except: string): string[] {
    const out: string[] = [];
    for (const uri of this.store.uris()) {
      if (uri === except) continue;
      // A long document not parsed yet is skipped: its owners come once it is analysed.
      const parsed: Parsed | undefined = this.store.parsedIfCheap(uri);
      if (parsed) out.push(...documentOwners(parsed.model));
    }
    return out;
  }

  dispose(): void {
    this.index.dispose();
    this.documentChanged.dispose();
    this.allChanged.dispose();
  }

  /**
   * A turn between steps of a long document's analysis; while a short document's analysis is
   * under way, the long one waits on a 1 ms timer (a poll) instead of spinning turns.
   */
  private readonly background = async (): Promise<void> => {
    await this.ports.scheduler.turn();
    while (this.foreground > 0) await new Promise<void>((resolve) => this.ports.scheduler.after(1, resolve));
  };

  private async analyse(uri: string, token: CancellationToken | undefined, finish = false): Promise<Analysis | undefined> {
    const r = await this.configs.configFor(uri);
    if (cancelled(token)) return undefined;
    const forced = this.forced.get(uri);
    // Long documents are analysed in steps, yielding to other documents' requests.
    return this.store.analysisInSteps(
      uri,
      {
        path: r.relativePath,
        config: r.config,
        forced: forced === true,
        docsUrl: this.ports.docsUrl,
        onRuleError: (rule, e) => this.ports.log(`rule ${rule} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
      },
      `${r.key}|${forced ?? ''}`,
      this.background,
      token,
      finish,
    );
  }

  private changed(uri: string): void {
    this.documentChanged.fire(uri);
    this.index.documentChanged(uri);
  }

  private refreshAll(): void {
    this.store.invalidateAnalyses();
    this.allChanged.fire();
    for (const uri of this.store.uris()) this.changed(uri);
  }
}
