/**
 * The browser host of the server: no disk, so every file is read by the client
 * (`postmortem/readFile`, `postmortem/findFiles`, answered with `vscode.workspace.fs` and
 * `workspace.findFiles`). URIs of any scheme (vscode-vfs for github.dev, vscode-remote,
 * file) are handled by their path; untitled documents have none.
 */
import type { Connection } from 'vscode-languageserver';
import { FindFilesRequest, ReadFileRequest } from '../protocol';
import { RC_FILE_NAME, dirname, isWithin, joinPath, normalizePath, type ConfigFileSystem, type RcCache } from '../service/index';
import type { ServerFiles, ServerHost } from '../files';

function parse(uri: string): URL | null {
  try {
    return new URL(uri);
  } catch {
    return null;
  }
}

/** The decoded path of a hierarchical URI (`scheme://authority/path`), or null. */
export function uriPath(uri: string): string | null {
  const u = parse(uri);
  if (!u || u.protocol === 'untitled:' || !u.pathname.startsWith('/')) return null;
  try {
    return decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
}

/** The URI of `path` on the same file system (scheme and authority) as `uri`. */
export function withPath(uri: string, path: string): string | null {
  const u = parse(uri);
  if (!u) return null;
  u.pathname = path.split('/').map(encodeURIComponent).join('/');
  u.search = '';
  u.hash = '';
  return u.href;
}

/**
 * The rc files `loadRcConfig` (service/config/rcfile.ts) will ask for, in the same walk:
 * from the document's directory up to the workspace root (or `/`), stopping at a cached
 * `"root": true` directory; directories the cache holds are not read again.
 */
export function rcCandidates(docPath: string, stopAt: string | null, cache: RcCache): string[] {
  const boundary = stopAt !== null && isWithin(docPath, stopAt) ? normalizePath(stopAt) : null;
  const out: string[] = [];
  let dir = dirname(docPath);
  for (;;) {
    const entry = cache.get(dir);
    if (entry === undefined) out.push(joinPath(dir, RC_FILE_NAME));
    if (entry?.root === true || dir === boundary) break;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

export function browserFiles(connection: Connection): ServerFiles {
  const read = async (uri: string): Promise<string | undefined> => {
    const r = await connection.sendRequest(ReadFileRequest, { uri }).catch(() => null);
    return r?.text;
  };
  return {
    pathOf: uriPath,
    readFile: read,
    async configFileSystem(docUri, docPath, stopAt, cache): Promise<ConfigFileSystem> {
      if (uriPath(docUri) === null) return { readFile: () => undefined };
      // Read in parallel: one round trip to the client instead of one per directory.
      const texts = new Map(await Promise.all(rcCandidates(docPath, stopAt, cache).map(async (p): Promise<[string, string | undefined]> => {
        const uri = withPath(docUri, p);
        return [p, uri === null ? undefined : await read(uri)];
      })));
      return { readFile: (p) => texts.get(p) };
    },
    async findMarkdown(folderUri, ignore, max) {
      const r = await connection.sendRequest(FindFilesRequest, { folder: folderUri, include: '**/*.{md,markdown}', exclude: [...ignore], max }).catch(() => null);
      return r?.uris ?? [];
    },
  };
}

export function browserHost(connection: Connection): ServerHost {
  return {
    files: browserFiles(connection),
    // The browser client sends docsRoot as the URI of the extension's docs/rules.
    docsUrl: (rule, docsRoot) => `${(docsRoot ?? 'docs/rules').replace(/\/+$/, '')}/${rule}.md`,
  };
}
