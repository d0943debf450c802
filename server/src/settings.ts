/**
 * The Workspace port over an LSP connection: the folders and trust the client announced at
 * initialize, and the editor's `postmortem` settings — asked for per document
 * (`workspace/configuration`) when the client supports it, else the ones it pushed last in
 * `workspace/didChangeConfiguration` (Neovim 0.7). The file scan is the host's (Node:
 * node/scan.ts). No Node built-ins here: a browser worker's server can use it as it is.
 */
import type { FindFilesOptions, Workspace } from './service/index';

export interface LspWorkspaceOptions {
  /** The client answers `workspace/configuration`. */
  pullConfiguration: boolean;
  folders: readonly string[];
  trusted: boolean;
  findFiles(folderUri: string, options: FindFilesOptions): Promise<string[]>;
}

export class LspWorkspace implements Workspace {
  private pushed: unknown = undefined;
  readonly trusted: boolean;

  constructor(private readonly getConfiguration: (item: { scopeUri: string; section: string }) => Promise<unknown>, private readonly options: LspWorkspaceOptions) {
    this.trusted = options.trusted;
  }

  /** The settings the client pushed (didChangeConfiguration): what `settings` answers without pull support, or when a pull fails. */
  setPushed(raw: unknown): void {
    this.pushed = raw;
  }

  folders(): Promise<readonly string[]> {
    return Promise.resolve(this.options.folders);
  }

  settings(scopeUri: string): Promise<unknown> {
    if (!this.options.pullConfiguration) return Promise.resolve(this.pushed);
    return this.getConfiguration({ scopeUri, section: 'postmortem' }).then((raw: unknown) => raw, () => this.pushed);
  }

  findFiles(folderUri: string, options: FindFilesOptions): Promise<string[]> {
    return this.options.findFiles(folderUri, options);
  }
}
