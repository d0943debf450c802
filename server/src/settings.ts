/**
 * Configuration per document: the editor's `postmortem.*` settings (asked for per resource
 * and cached), then `.postmortemrc.json` files found by walking up from the document — the
 * same `configForDocument` the CLI uses, so both agree. Cleared on change, followed by a
 * refresh of diagnostics.
 */
import type { Connection } from 'vscode-languageserver';
import type { ServerFiles } from './files';
import { configForDocument, parseUserConfig, RcCache, type ConfigProblem } from './service/index';
import type { ResolvedConfig, UserConfig } from './service/index';
import { RULES_BY_NAME, SETTING_KEYS } from './service/index';

/** The settings the server reads: the core's settings table (editor-only ones are the client's). */
const EDITOR_KEYS = SETTING_KEYS;

/** Picks the settings this project owns from what the editor sends (VS Code adds others). */
export function editorSettingsFrom(raw: unknown): { config: UserConfig; problems: ConfigProblem[] } {
  if (!raw || typeof raw !== 'object') return { config: {}, problems: [] };
  const picked: Record<string, unknown> = {};
  for (const k of EDITOR_KEYS) {
    const v = (raw as Record<string, unknown>)[k];
    if (v !== undefined && v !== null && !(k === 'timeZone' && v === '')) picked[k] = v;
  }
  return parseUserConfig(picked, 'settings', { knownRules: new Set(RULES_BY_NAME.keys()) });
}

export interface DocumentSettings { config: ResolvedConfig; key: string; root: string | null; path: string | null }

export class Settings {
  private readonly resolved = new Map<string, Promise<DocumentSettings>>();
  private readonly editor = new Map<string, Promise<UserConfig>>();
  private globalSettings: UserConfig = {};
  readonly rcCache = new RcCache();
  private folders: string[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly pullConfiguration: boolean,
    private readonly log: (m: string) => void,
    /** In an untrusted workspace rc files set rule severities only. */
    private readonly untrusted: boolean,
    /** Paths of URIs and the rc files (injected: the disk in Node, workspace.fs in the browser). */
    private readonly files: ServerFiles,
  ) {}

  /** Forget a closed document's cached configuration. */
  forget(uri: string): void {
    this.resolved.delete(uri);
    this.editor.delete(uri);
  }

  setWorkspaceFolders(uris: readonly string[]): void {
    this.resolved.clear();
    this.folders = uris.map((u) => this.files.pathOf(u)).filter((p): p is string => p !== null).sort((a, b) => b.length - a.length);
  }

  setGlobal(raw: unknown): void {
    this.globalSettings = editorSettingsFrom(raw).config;
  }

  clear(): void {
    this.editor.clear();
    this.rcCache.clear();
    this.resolved.clear();
  }

  workspaceRootOf(path: string): string | null {
    return this.folders.find((f) => path === f || path.startsWith(f.endsWith('/') ? f : `${f}/`)) ?? null;
  }

  private editorSettings(uri: string): Promise<UserConfig> {
    if (!this.pullConfiguration) return Promise.resolve(this.globalSettings);
    let p = this.editor.get(uri);
    if (!p) {
      p = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'postmortem' }).then(
        (raw: unknown) => {
          const { config, problems } = editorSettingsFrom(raw);
          for (const pr of problems) this.log(`settings: ${pr.path}: ${pr.message}`);
          return config;
        },
        () => this.globalSettings,
      );
      this.editor.set(uri, p);
    }
    return p;
  }

  /**
   * The resolved configuration of a document, cached until settings or an rc file change
   * (`clear`): every keystroke asks for it, and its problems are logged once, not per ask.
   */
  configFor(uri: string): Promise<DocumentSettings> {
    let p = this.resolved.get(uri);
    if (!p) {
      p = this.resolve(uri);
      this.resolved.set(uri, p);
    }
    return p;
  }

  private async resolve(uri: string): Promise<DocumentSettings> {
    const editorSettings = await this.editorSettings(uri);
    const path = this.files.pathOf(uri);
    const root = path ? this.workspaceRootOf(path) : null;
    const docPath = path ?? '/untitled.md';
    const fs = await this.files.configFileSystem(uri, docPath, root, this.rcCache);
    const { config, problems } = configForDocument(docPath, { workspaceRoot: root, editorSettings, cache: this.rcCache, knownRules: new Set(RULES_BY_NAME.keys()), untrusted: this.untrusted }, fs);
    for (const pr of problems) this.log(`config ${pr.source}: ${pr.path}: ${pr.message}`);
    return { config, key: JSON.stringify(config), root, path };
  }
}
