/** The shapes completion answers in (its own file so that each context's module can name them). */
import type { Range } from '../../text/source-text';
import type { Analysis, Parsed } from '../../analysis';
import type { ResolvedConfig } from '../../config/schema';
import type { RuleMeta } from '../../rules/types';
import type { SnippetOptions } from './snippets';

export type CompletionKind = 'section' | 'zone' | 'owner' | 'rule' | 'directive' | 'snippet';

export interface Completion {
  label: string;
  kind: CompletionKind;
  /** Replaces `range` (the partial word the user typed, or more for headings). */
  newText: string;
  range: Range;
  detail?: string;
  documentation?: string;
  /** Matched against what is typed in `range`; defaults to the label. */
  filterText?: string;
  /** Lower sorts first. */
  sortText?: string;
  /** `newText` is an LSP snippet. */
  snippet?: boolean;
}

/** The document being completed: its analysis (stages, detection, the configuration it was made with). */
export interface CompletionFromAnalysis {
  analysis: Analysis;
}

/** The same given stage by stage (the form from before an analysis carried its configuration). */
export interface CompletionFromParts {
  parsed: Parsed;
  /** Whether the document is linted as a postmortem (headings are offered only then). */
  postmortem: boolean;
  config: ResolvedConfig;
}

export type CompletionInput = (CompletionFromAnalysis | CompletionFromParts) & {
  rules: readonly RuleMeta[];
  /** Owners used in other documents of the workspace (handles without `@`). */
  workspaceOwners?: readonly string[];
  /** Serve the `pm-` snippets (null: the client has them itself, as VS Code does). */
  snippets?: SnippetOptions | null;
};

/**
 * Why the client asks: `invoked` (Ctrl+Space, or a client that always says so), `character`
 * (a trigger character was typed), `incomplete` (re-asking for an incomplete list).
 */
export interface CompletionTrigger {
  kind: 'invoked' | 'character' | 'incomplete';
  character?: string;
}
