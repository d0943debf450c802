/**
 * Every custom request and notification between the VS Code client and the server, typed.
 * The client imports this module (it is bundled into both sides); nothing else is shared.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { Figures, PreviewData } from './service/index';

export interface UriParams { uri: string }

/** The Postmortem model of a document (for `--print-model`-style debugging and the preview). */
export const ModelRequest = new RequestType<UriParams, { version: number; postmortem: boolean; reason: string; model: unknown } | null, void>('postmortem/model');

/**
 * `postmortem/figures`: the incident's key figures (start, detection, mitigation, resolution,
 * end; duration, time to detect/mitigate/resolve), each with minutes and display text, for
 * the preview. Null when the document is not a postmortem.
 */
export const FiguresRequest = new RequestType<UriParams, { version: number; figures: Figures } | null, void>('postmortem/figures');

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
  /** Directory holding docs/rules/*.md, to link diagnostics to shipped docs (from the browser client: its URI). */
  docsRoot?: string;
  /** false: the client offers the `pm-` snippets itself (VS Code's snippets file), so completion does not. */
  snippetCompletions?: boolean;
  /** The client shows workspace scans (`postmortem/workspaceScan` notifications). */
  scanStatus?: boolean;
}

// ---- Action items: the preview, the workspace tracker and export ----------------------

/** The preview's payload for a document (PreviewData, see service/preview/data.ts); null when not a postmortem or not open. */
export const PreviewRequest = new RequestType<UriParams, PreviewData | null, void>('postmortem/preview');

/** Tick or untick the task on `line`, computed against `version`. */
export interface ToggleTaskParams { uri: string; line: number; version: number }
/**
 * The versioned edit that flips the task's checkbox (LSP WorkspaceEdit with
 * `documentChanges`), or null when `version` is stale or the line holds no checkbox task.
 * The client applies it only while the document is still at that version.
 */
export const ToggleTaskRequest = new RequestType<ToggleTaskParams, { edit: import('vscode-languageserver-protocol').WorkspaceEdit; checked: boolean } | null, void>('postmortem/toggleTask');

/** One open task of the workspace tracker. */
export interface TrackedTask { line: number; text: string; owner: string | null; due: string | null; priority: string | null; status: 'open' | 'done' | null }
export interface TrackedDocument { uri: string; title: string | null; tasks: TrackedTask[] }
/** The open tasks of every postmortem in the workspace (the server's index). */
export const ActionItemsRequest = new RequestType<Record<string, never>, { documents: TrackedDocument[] }, void>('postmortem/actionItems');
/** Sent by the server when the index changed; the tracker re-asks. */
export const ActionItemsChangedNotification = new NotificationType<Record<string, never>>('postmortem/actionItemsChanged');
/** Export the action items of one document (`uri`) or of the whole workspace (`uri` null). */
export interface ExportParams { uri: string | null; format: 'csv' | 'md' | 'json' }
export const ExportActionItemsRequest = new RequestType<ExportParams, { content: string; documents: number; tasks: number }, void>('postmortem/exportActionItems');

// ---- The browser server's files: answered by the browser client through workspace.fs ------

/**
 * Server → client: the text of a workspace file (a `.postmortemrc.json`, a Markdown file the
 * tracker indexes). Sent by the browser server only, which has no disk; the browser client
 * answers with `vscode.workspace.fs`. Null when there is no such file or it cannot be read.
 */
export const ReadFileRequest = new RequestType<UriParams, { text: string } | null, void>('postmortem/readFile');

/**
 * Server → client: up to `max` files under the workspace folder `folder` (a URI) matching the
 * glob `include` and none of `exclude` (the tracker's first scan), as URIs
 * (`vscode.workspace.findFiles`). Sent by the browser server only.
 */
export interface FindFilesParams { folder: string; include: string; exclude: string[]; max: number }
export const FindFilesRequest = new RequestType<FindFilesParams, { uris: string[] }, void>('postmortem/findFiles');

// ---- The workspace's closed files: Lint Workspace and the scan's status ------------------

/** What a workspace lint found in the Markdown files that are not open. */
export interface LintWorkspaceResult {
  /** Markdown files of the workspace not open in the editor. */
  files: number;
  /** Of those, the ones linted as postmortems. */
  postmortems: number;
  /** Findings in all of them. */
  findings: number;
  /** The request was cancelled before every file was read. */
  cancelled: boolean;
}
/**
 * `postmortem/lintWorkspace`: re-read and lint every closed Markdown file of the workspace
 * (open ones are linted as they are edited), with work-done progress. A client without pull
 * diagnostics gets the findings as `textDocument/publishDiagnostics`; a pull client gets them
 * from its next `workspace/diagnostic` (never both).
 */
export const LintWorkspaceRequest = new RequestType<Record<string, never>, LintWorkspaceResult, void>('postmortem/lintWorkspace');

/** A workspace scan started (`scanning` true, `total` files to read), went on, or ended. */
export interface WorkspaceScanParams { scanning: boolean; done: number; total: number }
/** Server → client, only when the client asked (`InitializationOptions.scanStatus`): the status bar's spinner. */
export const WorkspaceScanNotification = new NotificationType<WorkspaceScanParams>('postmortem/workspaceScan');

/**
 * `postmortem/detection`: whether an open document is linted as a postmortem and why (the
 * status bar item asks on every change; `postmortem/model` would send the whole model).
 * Null when the document is not open.
 */
export const DetectionRequest = new RequestType<UriParams, { version: number; postmortem: boolean; reason: string } | null, void>('postmortem/detection');
