/**
 * Every custom request and notification between the VS Code client and the server, typed.
 * The client imports this module (it is bundled into both sides); nothing else is shared.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

export interface UriParams { uri: string }

/** The Postmortem model of a document (for `--print-model`-style debugging and the preview). */
export const ModelRequest = new RequestType<UriParams, { version: number; postmortem: boolean; reason: string; model: unknown } | null, void>('postmortem/model');

/** Force a single file to be linted as a postmortem (true), or back to detection (false). */
export interface MarkParams { uri: string; postmortem: boolean }
export const MarkAsPostmortemNotification = new NotificationType<MarkParams>('postmortem/markAsPostmortem');

/** Arguments of the `postmortem.applySnippetFix` client command (snippet fixes). */
export interface SnippetFixArgs {
  uri: string;
  version: number;
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
}
export const APPLY_SNIPPET_FIX_COMMAND = 'postmortem.applySnippetFix';

/** What the client tells the server at start (initializationOptions). */
export interface InitializationOptions {
  /** The client implements `postmortem.applySnippetFix`. */
  snippetFixes?: boolean;
  /** Directory holding docs/rules/*.md, to link diagnostics to shipped docs. */
  docsRoot?: string;
}
