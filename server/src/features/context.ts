/**
 * What every feature shares: the connection, the document store, settings and the one
 * cached analysis per document version.
 */
import type { Connection } from 'vscode-languageserver';
import type { DocumentStore } from '../service/index';
import type { Analysis } from '../service/index';
import type { ResolvedConfig } from '../service/index';
import type { ServerFiles } from '../files';

export interface ClientSupport {
  pullDiagnostics: boolean;
  snippetFixes: boolean;
  configuration: boolean;
  diagnosticRefresh: boolean;
  versionedEdits: boolean;
  codeLensRefresh: boolean;
  inlayHintRefresh: boolean;
  /** The client inserts snippet-format completion items (completionItem.snippetSupport). */
  completionSnippets: boolean;
  /** Serve the `pm-` snippets as completion items (false when the client has its own copy). */
  snippetCompletions: boolean;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly store: DocumentStore;
  /** The workspace's files (the disk in Node, the client's workspace.fs in the browser). */
  readonly files: ServerFiles;
  readonly support: ClientSupport;
  configFor(uri: string): Promise<{ config: ResolvedConfig; key: string }>;
  analysisFor(uri: string): Promise<Analysis | undefined>;
  /** Ask the client to re-read diagnostics, lenses and hints (configuration changed). */
  refreshAll(): void;
  /** Called after a document changes; features subscribe. */
  onDidChangeDocument(listener: (uri: string) => void): void;
  log(message: string): void;
}
