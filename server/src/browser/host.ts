/**
 * The browser host of the server: no disk, so every file is read by the client
 * (`postmortem/readFile`, `postmortem/findFiles`, answered with `vscode.workspace.fs` and
 * `workspace.findFiles` in client/src/web-files.ts). URIs of any scheme (vscode-vfs for
 * github.dev, vscode-remote, file) pass through as they are; the service turns them into
 * the paths its configuration walk reads, and reads the rc files it needs in parallel.
 */
import type { Connection } from 'vscode-languageserver';
import { FindFilesRequest, ReadFileRequest } from '../protocol';
import type { FileSystem, Scheduler } from '../service/index';
import type { ServerHost } from '../host';

/**
 * The FileSystem port over the client. The core reads files only (rc files, postmortems
 * that are not open): `stat` and `readDirectory` answer "nothing there" rather than cost a
 * round trip per call for a question no part of the service asks today.
 */
export function browserFileSystem(connection: Pick<Connection, 'sendRequest'>): FileSystem {
  return {
    async readFile(uri) {
      const r = await connection.sendRequest(ReadFileRequest, { uri }).catch(() => null);
      return r?.text;
    },
    stat: () => Promise.resolve(undefined),
    readDirectory: () => Promise.resolve([]),
  };
}

/** A worker's timers: a macrotask per turn, so queued requests get their turn between steps. */
export const browserScheduler: Scheduler = {
  turn: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
  after(ms, callback) {
    const t = setTimeout(callback, ms);
    return { dispose: () => clearTimeout(t) };
  },
};

export function browserHost(connection: Pick<Connection, 'sendRequest'>): ServerHost {
  return {
    fs: browserFileSystem(connection),
    scheduler: browserScheduler,
    async findFiles(folderUri, options) {
      const include = options.include.length === 1 ? (options.include[0] ?? '**/*.md') : `{${options.include.join(',')}}`;
      const r = await connection.sendRequest(FindFilesRequest, { folder: folderUri, include, exclude: [...options.exclude], max: options.max }).catch(() => null);
      return r?.uris ?? [];
    },
    // The browser client sends docsRoot as the URI of the extension's docs/rules.
    docsUrl: (rule, docsRoot) => `${(docsRoot ?? 'docs/rules').replace(/\/+$/, '')}/${rule}.md`,
  };
}
