/**
 * The workspace's action items: every postmortem's tasks and measures, built on first use
 * from the Markdown files of the workspace folders, then kept current from open documents
 * (the store's analysis) and from file events (created, changed, deleted on disk).
 */
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import type { ServerContext } from './context';
import { uriToPath } from '../settings';
import { analyze } from '../service/index';
import type { Item } from '../service/index';

export interface IndexedDoc { uri: string; file: string; title: string | null; tasks: Item[]; measures: Item[] }

/** More would make the first scan slow; a workspace of postmortems is far smaller. */
const MAX_FILES = 5000;
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/out/**', '**/.vscode-test/**'];

export class ActionIndex {
  private readonly docs = new Map<string, IndexedDoc>();
  private folders: string[] = [];
  private building: Promise<void> | null = null;

  constructor(private readonly ctx: ServerContext, private readonly onChange: () => void) {}

  /** All indexed postmortems, sorted by file. Builds the index on first call. */
  async all(): Promise<IndexedDoc[]> {
    await this.ensure();
    return [...this.docs.values()].sort((a, b) => a.file.localeCompare(b.file));
  }

  get built(): boolean { return this.building !== null; }

  ensure(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  private async build(): Promise<void> {
    const folders = (await this.ctx.connection.workspace.getWorkspaceFolders().catch(() => null)) ?? [];
    this.folders = folders.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== null).sort((a, b) => b.length - a.length);
    for (const folder of this.folders) {
      // Directory links are not followed: one to `/` made the scan crawl the disk.
      const files = await glob(['**/*.md', '**/*.markdown'], { cwd: folder, ignore: IGNORE, absolute: true, dot: false, followSymbolicLinks: false });
      for (const file of files.slice(0, MAX_FILES)) await this.update(pathToFileURL(file).href, false);
    }
    // Open documents that live outside the folders (or are untitled) count too.
    for (const uri of this.ctx.store.uris()) await this.update(uri, false);
  }

  private fileOf(path: string | null, uri: string): string {
    if (!path) return uri;
    const root = this.folders.find((f) => path === f || path.startsWith(f.endsWith(sep) ? f : `${f}${sep}`));
    return (root ? relative(root, path) : path).split(sep).join('/');
  }

  /** Re-read one document (open: from the store; else from disk) and tell whether it changed. */
  async update(uri: string, notify = true): Promise<void> {
    const before = JSON.stringify(this.docs.get(uri) ?? null);
    const path = uriToPath(uri);
    const file = this.fileOf(path, uri);
    let next: IndexedDoc | null = null;
    if (this.ctx.store.has(uri)) {
      const a = await this.ctx.analysisFor(uri);
      if (a?.detection.postmortem) next = { uri, file, title: a.model.title?.text ?? null, tasks: a.model.tasks, measures: a.model.measures };
    } else if (path && /\.(?:md|markdown)$/i.test(path)) {
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text !== null) {
        const { config } = await this.ctx.configFor(uri);
        const a = analyze(text, { path: file, config, rules: [] });
        if (a.detection.postmortem) next = { uri, file, title: a.model.title?.text ?? null, tasks: a.model.tasks, measures: a.model.measures };
      }
    }
    if (next) this.docs.set(uri, next);
    else this.docs.delete(uri);
    if (notify && JSON.stringify(next) !== before) this.onChange();
  }

  remove(uri: string): void {
    if (this.docs.delete(uri)) this.onChange();
  }
}
