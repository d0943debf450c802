/** The Workspace port's file scan on Node's file system (tinyglobby). */
import { pathToFileURL } from 'node:url';
import { glob } from 'tinyglobby';
import type { FindFilesOptions } from '../service/index';
import { uriToPath } from './fs';

export async function findFiles(folderUri: string, options: FindFilesOptions): Promise<string[]> {
  const folder = uriToPath(folderUri);
  if (folder === null || options.cancel?.isCancellationRequested) return [];
  // Directory links are not followed: one to `/` made the scan crawl the disk.
  const files = await glob([...options.include], { cwd: folder, ignore: [...options.exclude], absolute: true, dot: false, followSymbolicLinks: false });
  return files.slice(0, options.max).map((f) => pathToFileURL(f).href);
}
