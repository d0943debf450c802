/**
 * What the language server needs from its host, injected by its entry: the Node entry
 * (node/files.ts) reads the disk; the browser entry (browser/files.ts) asks the client,
 * which answers through `vscode.workspace.fs`. Nothing else in the server touches files,
 * so server.ts, settings.ts and features/ import no Node built-in and bundle for a worker.
 */
import type { ConfigFileSystem, RcCache } from './service/index';

export interface ServerFiles {
  /**
   * The path of a document or folder URI, as the rc-file walk and the globs see it (POSIX
   * style; on Windows the native path, as before), or null when the URI has none (untitled).
   */
  pathOf(uri: string): string | null;
  /**
   * A synchronous view of the `.postmortemrc.json` files the configuration of the document
   * at `docUri` (path `docPath`, walk stopping at `stopAt`) may read; `configForDocument`
   * walks synchronously. Node reads the disk when asked; the browser fetches the files the
   * walk will ask for (those `cache` does not hold) first.
   */
  configFileSystem(docUri: string, docPath: string, stopAt: string | null, cache: RcCache): Promise<ConfigFileSystem>;
  /** The text of the file at `uri`, or undefined when there is none or it cannot be read. */
  readFile(uri: string): Promise<string | undefined>;
  /** Up to `max` Markdown files (`*.md`, `*.markdown`) under the folder, as URIs, none matching `ignore` (globs). */
  findMarkdown(folderUri: string, ignore: readonly string[], max: number): Promise<string[]>;
}

export interface ServerHost {
  readonly files: ServerFiles;
  /** The link of a rule's docs page, under the client's `docsRoot` (initializationOptions) when it gave one. */
  docsUrl(rule: string, docsRoot: string | undefined): string;
}
