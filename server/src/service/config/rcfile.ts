/**
 * `.postmortemrc.json` discovery. From the document's directory up to the workspace root
 * (or the file system's root when the document lies outside any workspace), every
 * `.postmortemrc.json` found is a layer: the nearest file wins per setting, and files further
 * up merge underneath it, until a file that says `"root": true` stops the walk. Files are
 * JSON with comments (and trailing commas). Pure: the file system is a port.
 */
import { findNodeAtLocation, printParseErrorCode } from 'jsonc-parser';
import type { Node } from 'jsonc-parser';
import { readJsonSafely } from './json-value';
import type { UserConfig } from './schema';
import type { ConfigProblem } from './problems';
import { parseUserConfig } from './resolve';
import type { ParseOptions } from './resolve';
import { dirname, isWithin, joinPath, normalizePath } from './paths';

export const RC_FILE_NAME = '.postmortemrc.json';

export interface ConfigFileSystem {
  /** The file's text, or undefined when there is no such file (or it cannot be read). */
  readFile(path: string): string | undefined;
}

/** What one directory contributes: its rc file, parsed, or nothing. */
export interface RcDirectoryEntry {
  file: string | undefined;
  config: UserConfig;
  root: boolean;
  problems: ConfigProblem[];
}

/**
 * Per-directory cache of parsed rc files. The LSP server keeps one and clears it (or the
 * changed file's directory) when a watched `.postmortemrc.json` changes; the CLI keeps one
 * for the run.
 */
export class RcCache {
  private readonly dirs = new Map<string, RcDirectoryEntry>();

  get(dir: string): RcDirectoryEntry | undefined { return this.dirs.get(normalizePath(dir)); }
  set(dir: string, entry: RcDirectoryEntry): void { this.dirs.set(normalizePath(dir), entry); }
  /** Forgets one rc file (by its path) or one directory. */
  invalidate(path: string): void {
    const p = normalizePath(path);
    this.dirs.delete(p.endsWith('/' + RC_FILE_NAME) ? dirname(p) : p);
  }
  clear(): void { this.dirs.clear(); }
  get size(): number { return this.dirs.size; }
}

export interface RcLoadResult {
  /** Outermost first, nearest last: hand them to resolveConfig in this order. */
  layers: UserConfig[];
  /** The rc files read, in the same order as `layers`. */
  files: string[];
  problems: ConfigProblem[];
}

/** The rc files that apply to a document, as layers. */
export function loadRcConfig(
  docPath: string,
  stopAt: string | null,
  fs: ConfigFileSystem,
  cache: RcCache = new RcCache(),
  options: ParseOptions = {},
): RcLoadResult {
  const boundary = stopAt !== null && isWithin(docPath, stopAt) ? normalizePath(stopAt) : null;
  const nearestFirst: RcDirectoryEntry[] = [];
  let dir = dirname(docPath);
  for (;;) {
    let entry = cache.get(dir);
    if (entry === undefined) {
      entry = readDirectory(dir, fs, options);
      cache.set(dir, entry);
    }
    if (entry.file !== undefined) nearestFirst.push(entry);
    if (entry.root || dir === boundary) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const ordered = nearestFirst.reverse();
  return {
    layers: ordered.map((e) => e.config),
    files: ordered.flatMap((e) => (e.file === undefined ? [] : [e.file])),
    problems: ordered.flatMap((e) => e.problems),
  };
}

function readDirectory(dir: string, fs: ConfigFileSystem, options: ParseOptions): RcDirectoryEntry {
  const file = joinPath(dir, RC_FILE_NAME);
  const text = fs.readFile(file);
  if (text === undefined) return { file: undefined, config: {}, root: false, problems: [] };
  return { file, ...parseRcText(text, file, options) };
}

/** Parses one rc file's text: JSON with comments, then the schema, with problems located in the text. */
export function parseRcText(text: string, file: string, options: ParseOptions = {}): Omit<RcDirectoryEntry, 'file'> {
  const json = readJsonSafely(text);
  if (!json.ok) return { config: {}, root: false, problems: [{ source: file, path: '', message: json.message, severity: 'error', offset: json.offset, length: json.length }] };
  const raw = json.value;
  const problems: ConfigProblem[] = json.errors.map((e) => ({
    source: file,
    path: '',
    message: `Invalid JSON: ${printParseErrorCode(e.error)}.`,
    severity: 'error',
    offset: e.offset,
    length: e.length,
  }));
  if (raw === undefined) return { config: {}, root: false, problems };
  let root = false;
  let rest: unknown = raw;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const { root: rootValue, $schema, ...others } = raw as Record<string, unknown>;
    // (the spread copies `__proto__` as an own key, never as a prototype)
    if (rootValue !== undefined && typeof rootValue !== 'boolean') {
      problems.push({ source: file, path: 'root', message: '`root`: expected true or false.', severity: 'error', segments: ['root'] });
    }
    if ($schema !== undefined && typeof $schema !== 'string') {
      problems.push({ source: file, path: '$schema', message: '`$schema`: expected a string.', severity: 'error', segments: ['$schema'] });
    }
    root = rootValue === true;
    rest = others;
    if (options.untrusted === true) rest = severitiesOnly(others, file, problems);
  }
  const parsed = parseUserConfig(rest, file, options);
  problems.push(...parsed.problems);
  for (const p of problems) locate(p, json.tree);
  return { config: parsed.config, root, problems };
}

/**
 * An untrusted workspace (a repository just cloned) chooses rule severities only: its globs,
 * profiles and other settings are not read, and one warning on the file says so.
 */
function severitiesOnly(settings: Record<string, unknown>, file: string, problems: ConfigProblem[]): Record<string, unknown> {
  const ignored = Object.keys(settings).filter((k) => k !== 'rules');
  if (ignored.length > 0) {
    problems.push({
      source: file,
      path: '',
      message: `The workspace is not trusted: only \`rules\` is read from this file; ${ignored.slice(0, 10).map((k) => `\`${k}\``).join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored until you trust it.`,
      severity: 'warning',
      offset: 0,
      length: 1,
    });
  }
  return settings.rules === undefined ? {} : { rules: settings.rules };
}

function locate(p: ConfigProblem, tree: Node | undefined): void {
  if (p.offset !== undefined || tree === undefined) return;
  const segments = p.segments ?? [];
  let node: Node | undefined;
  // The deepest node that exists on the path (a missing key is reported on its object).
  for (let n = segments.length; n >= 0 && node === undefined; n--) node = n === 0 ? tree : findNodeAtLocation(tree, segments.slice(0, n));
  if (node === undefined) return;
  if (p.onKey && node.parent?.type === 'property') node = node.parent.children?.[0] ?? node;
  p.offset = node.offset;
  p.length = node.length;
}
