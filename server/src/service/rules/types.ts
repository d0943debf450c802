/**
 * The rule API. A rule is one file exporting `meta` and `check`; identity (rule name,
 * severity, docs link) is stamped on every finding centrally by the runner, so no rule can
 * forget it. Fixes are data: text edits computed against the analysed text, which the LSP
 * layer binds to the document version.
 */
import type { Range, TextEdit, SourceText } from '../text/source-text';
import type { Postmortem } from '../model/schema';
import type { DocumentLines } from '../parse/document-lines';
import type { ResolvedConfig } from '../config/schema';
import type { Derived } from '../derive/index';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export type RuleCategory = 'structure' | 'summary' | 'timeline' | 'action-items' | 'language' | 'metadata';

/**
 * What a rule's findings rest on, declared in its meta so the runner can keep them across
 * an edit (rules/runner.ts):
 * - `lines`: each finding rests on the line it starts on and the lines beside it, with the
 *   document's sections and the model objects on those lines. After an edit that leaves the
 *   sections as they were, the rule runs again over the edited lines alone (it sees every
 *   other line as absent: `ctx.lines.at` gives undefined) and its other findings are kept.
 * - `timeline`, `items`: the timeline's entries (resolved, with what they say) or the
 *   measures and tasks (with their coverage and duplicates), and the document-wide facts:
 *   title, front matter, sections, fields, summary, the stated zones. Kept when all of what
 *   it reads is unchanged.
 * - `times`: of the timeline, only each entry's times: its time, date, day and zone (with
 *   their ranges and problems) and the resolved timeline's points, never its event text or
 *   its extent (so typing in an entry's text keeps the findings).
 * - `document`: anything (the whole text, the suppressions): run on every version.
 * `lines` and `document` stand alone; `timeline` (or `times`) and `items` may be combined.
 */
export type RuleReads = 'lines' | 'timeline' | 'times' | 'items' | 'document';

export interface RuleMeta {
  /** kebab-case: the diagnostic code, the settings key, the docs page name. */
  name: string;
  /** One sentence: what the rule reports. */
  description: string;
  category: RuleCategory;
  defaultSeverity: SeveritySetting;
  /** True when the rule offers a fix for (some of) its findings. */
  fixable: boolean;
  /**
   * What its findings rest on (see RuleReads). Every rule of the catalogue declares it
   * (checked by test/unit/rules/reads.test.ts); a rule without it is run on every version.
   */
  reads?: readonly RuleReads[];
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The edits' newText is an LSP snippet (placeholders such as `${1:owner}`). */
  snippet?: boolean;
  /** Safe to apply without a look: used by fix-all. */
  safe?: boolean;
  preferred?: boolean;
}

/** What a rule reports; the runner adds identity and severity. */
export interface Report {
  range: Range;
  message: string;
  fixes?: Fix[];
  /** Related places (the other date, the previous entry). */
  related?: { range: Range; message: string }[];
  /** Marks unnecessary/deprecated text for editors that render tags. */
  tags?: ('unnecessary' | 'deprecated')[];
  /**
   * The finding rests on a reading that may be wrong (a template's empty slot, a bullet that
   * may be commentary rather than an event): the runner reports it one step below the
   * configured severity (warning -> info), so no warning rests on a guess.
   */
  uncertain?: boolean;
}

export interface Finding extends Report {
  rule: string;
  severity: Severity;
  fixes: Fix[];
  docsUrl: string;
}

export interface RuleContext {
  readonly model: Postmortem;
  readonly lines: DocumentLines;
  readonly source: SourceText;
  readonly config: ResolvedConfig;
  /** Facts derived once per analysis: the resolved timeline, figures, coverage, suppressions. */
  readonly derived: Derived;
  /**
   * The document's path (relative, POSIX separators), or null for an untitled document: a
   * file named by its incident's date (`2022-06-02-pod-limit.md`) is one more witness of it.
   */
  readonly path: string | null;
  report(report: Report): void;
}

/**
 * A part of a rule's check that reads less than the whole rule (see RuleReads): the runner
 * keeps each part's findings by the part's own reads. A rule made of parts declares in
 * `meta.reads` the widest of them; its `check` runs every part in order (`checkParts`).
 */
export interface RulePart {
  reads: readonly RuleReads[];
  check(ctx: RuleContext): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
  /**
   * The check in parts, each with its own reads: a rule whose findings rest on different
   * things (the entries' times, every line, the summary) is kept part by part across an
   * edit instead of run in full on every version. Their findings are the rule's.
   */
  parts?: readonly RulePart[];
}

/** A rule's `check` that runs its parts in order (as the runner does from scratch). */
export function checkParts(parts: readonly RulePart[]): (ctx: RuleContext) => void {
  return (ctx) => {
    for (const part of parts) part.check(ctx);
  };
}
