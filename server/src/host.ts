/**
 * What the language server needs from the place it runs in, injected by its entry: the
 * service's ports (files, timers), the workspace scan and where the rule docs are. The Node
 * entry (node/host.ts) reads the disk; the browser entry (browser/host.ts) asks the client,
 * which answers through `vscode.workspace.fs`. Nothing else in the server touches files, so
 * server.ts, settings.ts and features/ import no Node built-in and bundle for a worker.
 */
import type { FileSystem, FindFilesOptions, Scheduler } from './service/index';

export interface ServerHost {
  readonly fs: FileSystem;
  readonly scheduler: Scheduler;
  /** Files of a workspace folder matching the options' globs, as URIs. */
  findFiles(folderUri: string, options: FindFilesOptions): Promise<string[]>;
  /** The link of a rule's docs page, under the client's `docsRoot` (initializationOptions) when it gave one. */
  docsUrl(rule: string, docsRoot: string | undefined): string;
}
