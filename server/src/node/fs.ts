/**
 * The FileSystem port on Node's file system, for the language server, and the synchronous
 * reader the CLI's configuration walk uses. `file:` URIs only: other schemes have no file here.
 */
import { readFileSync } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FileStat, FileSystem, FileType } from '../service/index';

/** The local path of a `file:` URI, or null (another scheme, or not a local file URI). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function typeOf(s: { isFile(): boolean; isDirectory(): boolean }): FileType {
  return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
}

export const nodeFileSystem: FileSystem = {
  async readFile(uri) {
    const path = uriToPath(uri);
    if (path === null) return undefined;
    return readFile(path, 'utf8').catch(() => undefined);
  },
  async stat(uri): Promise<FileStat | undefined> {
    const path = uriToPath(uri);
    if (path === null) return undefined;
    const link = await lstat(path).catch(() => undefined);
    if (!link) return undefined;
    const target = link.isSymbolicLink() ? await stat(path).catch(() => undefined) : link;
    return { type: target ? typeOf(target) : 'other', symbolicLink: link.isSymbolicLink(), size: target?.size ?? link.size };
  },
  async readDirectory(uri) {
    const path = uriToPath(uri);
    if (path === null) return [];
    const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
    return entries.map((e): [string, FileType] => [e.name, typeOf(e)]);
  },
};

/** The configuration walk's reader for the CLI (synchronous: the CLI reads files one by one). */
export const nodeConfigFileSystem = {
  readFile(path: string): string | undefined {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};
