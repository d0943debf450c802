/** The Node host of the server (and the CLI's file system): the disk, through node:fs and tinyglobby. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import type { ConfigFileSystem } from '../service/index';
import type { ServerFiles, ServerHost } from '../files';

export const nodeFileSystem: ConfigFileSystem = {
  readFile(path: string): string | undefined {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export const nodeFiles: ServerFiles = {
  pathOf: uriToPath,
  configFileSystem: () => Promise.resolve(nodeFileSystem),
  async readFile(uri) {
    const path = uriToPath(uri);
    return path === null ? undefined : readFile(path, 'utf8').catch(() => undefined);
  },
  async findMarkdown(folderUri, ignore, max) {
    const cwd = uriToPath(folderUri);
    if (cwd === null) return [];
    // Directory links are not followed: one to `/` made the scan crawl the disk.
    const files = await glob(['**/*.md', '**/*.markdown'], { cwd, ignore: [...ignore], absolute: true, dot: false, followSymbolicLinks: false });
    return files.slice(0, max).map((f) => pathToFileURL(f).href);
  },
};

/** `bundleDir`: where server.js is; the rule docs ship in ../docs/rules beside it. */
export function nodeHost(bundleDir: string): ServerHost {
  const defaultDocs = join(bundleDir, '..', 'docs', 'rules');
  return {
    files: nodeFiles,
    docsUrl: (rule, docsRoot) => pathToFileURL(join(docsRoot ?? defaultDocs, `${rule}.md`)).href,
  };
}
