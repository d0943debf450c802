/**
 * Ports: what the core asks of the world it runs in. The core declares them; the hosts
 * implement them (Node: server/src/node/, a browser worker: the client's `workspace.fs`).
 * Every location crossing a port is a URI string (`file:///…`, `vscode-vfs://…`), never a
 * platform path: the core turns URIs into the paths its configuration walk and globs read.
 * Every method may be slow (a remote file system): they are all async.
 */

/** What a directory entry or a stat says a location is. */
export type FileType = 'file' | 'directory' | 'other';

export interface FileStat {
  type: FileType;
  /** The location is a symbolic link (what it points to is `type`). */
  symbolicLink: boolean;
  /** Bytes. */
  size: number;
}

/** Read-only access to files: `.postmortemrc.json` files, and postmortems that are not open. */
export interface FileSystem {
  /** The file's text (UTF-8), or undefined when there is no such file or it cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /** What `uri` is, or undefined when nothing is there. */
  stat(uri: string): Promise<FileStat | undefined>;
  /** A directory's entries (names, not URIs); empty when it is not a readable directory. */
  readDirectory(uri: string): Promise<[name: string, type: FileType][]>;
}

/** Which files a workspace scan looks for (glob patterns relative to a folder). */
export interface FindFilesOptions {
  include: readonly string[];
  exclude: readonly string[];
  /** At most this many URIs. */
  max: number;
  /** Stop scanning and answer what was found so far. */
  cancel?: CancellationToken;
}

/** The editor's workspace: its folders, whether it is trusted, its settings, a file scan. */
export interface Workspace {
  /** The workspace folders' URIs (none for a single file opened on its own). */
  folders(): Promise<readonly string[]>;
  /** False: the user has not trusted the workspace (rc files then set rule severities only). */
  readonly trusted: boolean;
  /**
   * The editor's `postmortem` settings section for one document, as the editor sends it
   * (the core picks and checks the keys it owns). Undefined: the editor has none.
   */
  settings(scopeUri: string): Promise<unknown>;
  /**
   * Files under `folderUri` matching `include` and none of `exclude`, as URIs; links to
   * directories are not followed (one to `/` made the scan crawl the disk).
   */
  findFiles(folderUri: string, options: FindFilesOptions): Promise<string[]>;
}

export interface Disposable {
  dispose(): void;
}

/** Structurally the LSP `CancellationToken`: the shell hands the request's token as it is. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
  /** When given, a cancelled request is answered at once instead of at the next step. */
  onCancellationRequested?: (listener: () => void) => Disposable;
}

/** One line for the host's log (the LSP output channel, stderr). */
export type Log = (message: string) => void;

/** The host's timers: the core has none of its own (no DOM or Node types in it). */
export interface Scheduler {
  /**
   * A turn of the host's event loop (Node: `setImmediate`), so a long analysis done in steps
   * lets other requests through. It never sleeps: a caller that waits polls with `after`.
   */
  turn(): Promise<void>;
  /** Runs `callback` after `ms` milliseconds (debouncing); disposing cancels it. */
  after(ms: number, callback: () => void): Disposable;
}
