/** The service's FileSystem and Workspace ports over an in-memory file map (as a browser worker would host it). */
import type { FileSystem, Workspace } from '../../../server/src/service/index';

export interface MemoryPorts { fs: FileSystem; workspace: Workspace; reads: string[] }

/**
 * `files` by URI under `root`; `reads` records every readFile; `gate`, when given, holds a
 * read until it resolves (to let a test change a file while it is being linted).
 */
export function memoryPorts(root: string, files: Record<string, string>, gate?: (uri: string) => Promise<void>): MemoryPorts {
  const reads: string[] = [];
  const fs: FileSystem = {
    readFile: async (uri) => {
      reads.push(uri);
      const text = files[uri];
      if (gate) await gate(uri);
      return text;
    },
    stat: async (uri) => (files[uri] === undefined ? undefined : { type: 'file', symbolicLink: false, size: files[uri].length }),
    readDirectory: async () => [],
  };
  const workspace: Workspace = {
    folders: async () => [root],
    trusted: true,
    settings: async () => ({}),
    findFiles: async (folder, o) => Object.keys(files).filter((u) => u.startsWith(`${folder}/`) && /\.md$/.test(u)).slice(0, o.max),
  };
  return { fs, workspace, reads };
}
