/**
 * Configuration per open document: the editor's `postmortem.*` settings (asked for per
 * document through the Workspace port and cached), then `.postmortemrc.json` files found by
 * walking up from the document — the same `configForDocument` the CLI uses, so both agree.
 * The rc files are read through the async FileSystem port first, then handed to the
 * synchronous walk. Cleared on any settings or rc file change (`clear`).
 */
import { configForDocument, parseUserConfig, RcCache, RC_FILE_NAME, type ConfigProblem, type DocumentConfig } from '../config/index';
import { dirname, isWithin, joinPath, normalizePath } from '../config/paths';
import { SETTING_KEYS, type ResolvedConfig, type UserConfig } from '../config/schema';
import { RULES_BY_NAME } from '../rules/index';
import type { FileSystem, Log, Workspace } from '../ports';
import { joinUri, splitUri, type UriPath } from './uri';

/** Every setting of the table (./config/schema.ts): a new one reaches the core with nothing else to write. */
const EDITOR_KEYS = SETTING_KEYS;
const KNOWN_RULES: ReadonlySet<string> = new Set(RULES_BY_NAME.keys());

/** Picks the settings this project owns from what the editor sends (VS Code adds others). */
export function editorSettingsFrom(raw: unknown): { config: UserConfig; problems: ConfigProblem[] } {
  if (!raw || typeof raw !== 'object') return { config: {}, problems: [] };
  const picked: Record<string, unknown> = {};
  for (const k of EDITOR_KEYS) {
    const v = (raw as Record<string, unknown>)[k];
    if (v !== undefined && v !== null && !(k === 'timeZone' && v === '')) picked[k] = v;
  }
  return parseUserConfig(picked, 'settings', { knownRules: KNOWN_RULES });
}

export interface DocumentSettings {
  config: ResolvedConfig;
  /** Identifies the configuration (analyses are cached per key). */
  key: string;
  /** The document's path relative to its workspace folder (POSIX), its name outside one; null untitled. */
  relativePath: string | null;
}

/** Where an untitled document's walk starts (it reads the file system's root, as the CLI would). */
const UNTITLED: UriPath = { base: 'file://', path: '/untitled.md' };

export class DocumentConfigs {
  private readonly resolved = new Map<string, Promise<DocumentSettings>>();
  private readonly editor = new Map<string, Promise<UserConfig>>();
  private readonly rcCache = new RcCache();
  private folders: Promise<UriPath[]> | null = null;

  constructor(private readonly fs: FileSystem, private readonly workspace: Workspace, private readonly log: Log) {}

  /** Forget a closed document's cached configuration. */
  forget(uri: string): void {
    this.resolved.delete(uri);
    this.editor.delete(uri);
  }

  /** Settings, an rc file or the folders changed: everything is read again. */
  clear(): void {
    this.editor.clear();
    this.rcCache.clear();
    this.resolved.clear();
    this.folders = null;
  }

  /**
   * The resolved configuration of a document, cached until `clear`: every keystroke asks for
   * it, and its problems are logged once, not per ask.
   */
  configFor(uri: string): Promise<DocumentSettings> {
    let p = this.resolved.get(uri);
    if (!p) {
      p = this.resolve(uri);
      this.resolved.set(uri, p);
    }
    return p;
  }

  /** The workspace folders as paths, longest first (the nearest folder wins). */
  private workspaceFolders(): Promise<UriPath[]> {
    this.folders ??= this.workspace.folders().then(
      (uris) => uris.map(splitUri).filter((f): f is UriPath => f !== null).sort((a, b) => b.path.length - a.path.length),
      () => [],
    );
    return this.folders;
  }

  /** The folder a document lies in, or null. */
  async folderOf(at: UriPath): Promise<UriPath | null> {
    const folders = await this.workspaceFolders();
    return folders.find((f) => f.base === at.base && (at.path === f.path || at.path.startsWith(f.path.endsWith('/') ? f.path : `${f.path}/`))) ?? null;
  }

  /**
   * A document's place on a file system: any `file:` URI; another scheme's only inside a
   * workspace folder (a browser's `vscode-vfs:` workspace). Null: untitled and the like.
   */
  async locate(uri: string): Promise<UriPath | null> {
    const at = splitUri(uri);
    if (!at) return null;
    if (at.base === 'file://') return at;
    return (await this.folderOf(at)) ? at : null;
  }

  private editorSettings(uri: string): Promise<UserConfig> {
    let p = this.editor.get(uri);
    if (!p) {
      p = this.workspace.settings(uri).then(
        (raw: unknown) => {
          const { config, problems } = editorSettingsFrom(raw);
          for (const pr of problems) this.log(`settings: ${pr.path}: ${pr.message}`);
          return config;
        },
        () => ({}),
      );
      this.editor.set(uri, p);
    }
    return p;
  }

  private async resolve(uri: string): Promise<DocumentSettings> {
    const editorSettings = await this.editorSettings(uri);
    const at = await this.locate(uri);
    const folder = at ? await this.folderOf(at) : null;
    const { config, problems } = await this.walk(at ?? UNTITLED, folder?.path ?? null, editorSettings);
    for (const pr of problems) this.log(`config ${pr.source}: ${pr.path}: ${pr.message}`);
    const relativePath = at ? (folder ? at.path.slice(folder.path.length).replace(/^\/+/, '') : at.path.split('/').pop() ?? null) : null;
    return { config, key: JSON.stringify(config), relativePath };
  }

  /**
   * `configForDocument` over the rc files read beforehand (the walk is synchronous, the port
   * is not). A file the walk wants and the read did not fetch (the cache was cleared in
   * between) is fetched and the walk run again.
   */
  private async walk(at: UriPath, root: string | null, editorSettings: UserConfig): Promise<DocumentConfig> {
    const options = { workspaceRoot: root, editorSettings, cache: this.rcCache, knownRules: KNOWN_RULES, untrusted: !this.workspace.trusted };
    for (let attempt = 0; ; attempt++) {
      const texts = await this.readRcFiles(at, root);
      const missed: string[] = [];
      const result = configForDocument(at.path, options, {
        readFile: (path) => {
          if (texts.has(path)) return texts.get(path);
          missed.push(path);
          return undefined;
        },
      });
      if (missed.length === 0 || attempt >= 2) return result;
      for (const path of missed) this.rcCache.invalidate(path);
    }
  }

  /** The rc files of the directories the walk will visit and has not cached, by path. */
  private async readRcFiles(at: UriPath, root: string | null): Promise<Map<string, string | undefined>> {
    const boundary = root !== null && isWithin(at.path, root) ? normalizePath(root) : null;
    const wanted: string[] = [];
    for (let dir = dirname(at.path); ; ) {
      if (this.rcCache.get(dir) === undefined) wanted.push(joinPath(dir, RC_FILE_NAME));
      if (dir === boundary) break;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    const texts = await Promise.all(wanted.map((path) => this.fs.readFile(joinUri(at.base, path)).catch(() => undefined)));
    return new Map(wanted.map((path, i) => [path, texts[i]]));
  }
}
