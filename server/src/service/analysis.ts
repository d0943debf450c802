/**
 * The pure pipeline for one document, stage by stage: source (text) -> tree (mdast) ->
 * lines -> model -> config -> detection -> derived (resolved timeline, figures, coverage,
 * suppressions) -> findings. Every consumer (diagnostics, code actions, hovers, lenses, the
 * preview, the CLI) reads an `Analysis`, which carries every stage; nothing re-parses,
 * re-resolves the configuration or re-derives.
 */
import type { Root } from 'mdast';
import { SourceText } from './text/source-text';
import { parseMarkdown } from './parse/markdown';
import { buildModel } from './model/build';
import { buildModelAfter, type ModelReuse } from './model/incremental';
import { lineMap, type LineEdit } from './model/incremental-lines';
import { flatString } from './text/flat-string';
import type { Postmortem } from './model/schema';
import type { DocumentLines } from './parse/document-lines';
import type { LineChange } from './parse/lines';
import { detectPostmortem, type Detection } from './derive/detect';
import type { ResolvedConfig } from './config/schema';
import { compareFindings, runRulesKeeping, type PreviousRun, type RunOptions } from './rules/runner';
import { ALL_RULES } from './rules/index';
import type { Finding, Rule } from './rules/types';
import { carriedFrom, deriveFacts, type CarriedFacts, type Derived } from './derive/index';
import { fileTooLarge, fileTooLargeMessage } from './rules/structure/file-too-large';
import { severityOf } from './rules/runner';

export interface Parsed {
  source: SourceText;
  tree: Root;
  lines: DocumentLines;
  model: Postmortem;
  /**
   * What the model took over from the version it was built after (see model/incremental);
   * null when it was read afresh. The rule runner reuses findings by it.
   */
  reuse: ModelReuse | null;
  /**
   * The derived facts of this version under a configuration: made on the first ask and
   * kept for the next one under the same configuration (the facts read only its
   * `timeZone`), so every analysis of one version shares them.
   */
  derive(config: Pick<ResolvedConfig, 'timeZone'>): Derived;
}

export interface Analysis extends Parsed {
  /** The configuration the analysis was made with. */
  config: ResolvedConfig;
  detection: Detection;
  derived: Derived;
  findings: Finding[];
  /**
   * Every rule's findings before suppression, by rule: what the next version's analysis
   * under the same configuration keeps where its edit cannot have changed them.
   */
  byRule?: ReadonlyMap<string, readonly Finding[]>;
}

export interface AnalyzeOptions {
  /** Path relative to the workspace folder, POSIX separators; null for untitled documents. */
  path: string | null;
  config: ResolvedConfig;
  /** The user marked this file as a postmortem (command or CLI `--force`). */
  forced?: boolean;
  docsUrl?: (rule: string) => string;
  rules?: readonly Rule[];
  onRuleError?: (rule: string, error: unknown) => void;
}

export const DEFAULT_DOCS_URL = (rule: string): string => `docs/rules/${rule}.md`;

/**
 * Parse and model a text (the tree may come from the incremental parser). Given the parse of
 * the version before, the model is built from it: only the parts the edit touches are read
 * again, and derived facts of untouched parts are kept. `change`: the lines the incremental
 * parser read again since `previous` (the line view reads only those again).
 */
export function parseDocument(text: string, tree?: Root, previous?: Parsed, change?: LineChange): Parsed {
  const source = previous && change ? SourceText.after(previous.source, text, change) : new SourceText(text);
  const t = tree ?? parseMarkdown(text);
  if (!previous) {
    const { lines, model } = buildModel(source, t);
    return withDerive({ source, tree: t, lines, model, reuse: null });
  }
  const { lines, model, reuse } = buildModelAfter(previous, source, t, change);
  return withDerive({ source, tree: t, lines, model, reuse }, carriedFacts(previous, model, reuse));
}

/** The derived facts already made for the version before that the new model can keep. */
function carriedFacts(previous: Parsed | Analysis, model: Postmortem, reuse: ModelReuse | null): CarriedFacts {
  const made = lastDerived.get(previous) ?? ('derived' in previous ? previous.derived : undefined);
  return made ? carriedFrom(made, previous.model, model, reuse ? keptLines(reuse.edit) : undefined) : {};
}

/**
 * Where the previous version's lines are in this one: lineMap, except that an edited line
 * that is still there (below the edit's new end) keeps its number. Injective and in order,
 * which is what a fact that only compares lines with each other needs to be kept.
 */
function keptLines(edit: LineEdit): (line: number) => number {
  const map = lineMap(edit);
  return (l) => {
    const m = map(l);
    return m === -1 && l < edit.newEnd ? l : m;
  };
}

/** The derived facts each parse made last (read when the next version is parsed after it). */
const lastDerived = new WeakMap<Parsed, Derived>();

function withDerive(stages: Omit<Parsed, 'derive'>, carried: CarriedFacts = {}): Parsed {
  let last: { timeZone: string; derived: Derived } | null = null;
  const parsed: Parsed = {
    ...stages,
    derive(config) {
      if (last?.timeZone !== config.timeZone) {
        last = { timeZone: config.timeZone, derived: deriveFacts(stages, config, carried) };
        lastDerived.set(parsed, last.derived);
      }
      return last.derived;
    },
  };
  return parsed;
}

/** The stages before the rules: detection, and the derived facts (read lazily). */
function before(parsed: Parsed, opts: AnalyzeOptions): { config: ResolvedConfig; detection: Detection; derived: Derived; path: string | null } {
  const detection = detectPostmortem(opts.path, parsed.model, parsed.lines, opts.config, opts.forced);
  return { config: opts.config, detection, derived: parsed.derive(opts.config), path: opts.path };
}

/**
 * Detect and lint a parsed document. No finding at all when it is not a postmortem. Given
 * the analysis of the version this one was parsed after, under the same configuration, the
 * rules keep its findings where the edit cannot have changed them.
 */
export function lintParsed(parsed: Parsed, opts: AnalyzeOptions, previous?: Analysis): Analysis {
  const stages = before(parsed, opts);
  if (!stages.detection.postmortem) return { ...parsed, ...stages, findings: [] };
  const run = runRulesKeeping({ ...parsed, ...stages }, opts.rules ?? ALL_RULES, runOptions(stages.derived, opts), previousRun(parsed, previous));
  return { ...parsed, ...stages, findings: run.findings, byRule: run.byRule };
}

/** What the rules may keep of `previous`: only when it is the analysis of the parse this one was built after. */
function previousRun(parsed: Parsed, previous: Analysis | undefined): PreviousRun | null {
  const reuse = parsed.reuse;
  if (!reuse || !previous?.byRule || previous.model !== reuse.previous) return null;
  return { reuse, findings: previous.byRule };
}

function runOptions(derived: Derived, opts: AnalyzeOptions): RunOptions {
  return {
    docsUrl: opts.docsUrl ?? DEFAULT_DOCS_URL,
    isSuppressed: (rule, line) => derived.suppressions.isSuppressed(rule, line),
    ...(opts.onRuleError ? { onRuleError: opts.onRuleError } : {}),
  };
}

/**
 * `lintParsed` in steps, for a server with other documents to answer: `pause` runs between
 * groups of rules (it yields to the event loop) and returns false when the result is no
 * longer wanted (the document changed), which abandons the work (undefined).
 */
export async function lintParsedInSteps(parsed: Parsed, opts: AnalyzeOptions, pause: () => Promise<boolean>, previous?: Analysis): Promise<Analysis | undefined> {
  const stages = before(parsed, opts);
  if (!stages.detection.postmortem) return { ...parsed, ...stages, findings: [] };
  const run = runOptions(stages.derived, opts);
  const kept = previousRun(parsed, previous);
  const rules = opts.rules ?? ALL_RULES;
  const findings: Finding[] = [];
  const byRule = new Map<string, Finding[]>();
  const STEP = 4;
  for (let i = 0; i < rules.length; i += STEP) {
    if (i > 0 && !(await pause())) return undefined;
    const step = runRulesKeeping({ ...parsed, ...stages }, rules.slice(i, i + STEP), run, kept);
    findings.push(...step.findings);
    for (const [k, v] of step.byRule) byRule.set(k, v);
  }
  // The runner's order (it sorts each group the same way).
  findings.sort(compareFindings);
  return { ...parsed, ...stages, findings, byRule };
}

export function analyze(text: string, opts: AnalyzeOptions): Analysis {
  if (overBudget(text, opts.config)) return budgetedAnalysis(text, opts);
  return lintParsed(parseDocument(text), opts);
}

/** Characters of a document allowed by the size budget (`maxFileSize`, in kilobytes). */
export function budgetChars(config: ResolvedConfig): number {
  return config.maxFileSize * 1024;
}

export function overBudget(text: string, config: ResolvedConfig): boolean {
  return text.length > budgetChars(config);
}

/** How much of a document over the budget is read to decide whether it is a postmortem. */
const HEAD_CHARS = 16 * 1024;

/**
 * The parses of the last few heads read: a keystroke below the head of a document over the
 * budget reads the same head again (parsing 16 KB cost 40 ms a keystroke at 100,000 lines).
 * A parse is plain data, read and never changed, so one may answer for equal texts.
 */
const heads = new Map<string, Parsed>();

function headParse(slice: string): Parsed {
  const known = heads.get(slice);
  if (known) return known;
  // A copy: kept, a slice of the document would keep all of its text alive.
  const head = flatString(slice);
  const parsed = parseDocument(head);
  if (heads.size >= 8) heads.delete(heads.keys().next().value ?? '');
  heads.set(head, parsed);
  return parsed;
}

/**
 * A document over the size budget is never parsed (reading costs 5-15 microseconds and
 * ~500 bytes per character: 1 MB takes 5-15 s, 10 MB took 85 s and 3.7 GB). Detection
 * reads its first 16 KB (front matter, title, first headings, path); a postmortem gets one
 * finding, `file-too-large`, saying why it is not linted. The reading is empty.
 */
export function budgetedAnalysis(text: string, opts: AnalyzeOptions): Analysis {
  const nl = text.lastIndexOf('\n', HEAD_CHARS);
  const head = headParse(text.slice(0, nl < 0 ? HEAD_CHARS : nl + 1));
  const detection = detectPostmortem(opts.path, head.model, head.lines, opts.config, opts.forced);
  const source = new SourceText(text);
  const empty = headParse('');
  const parsed = withDerive({ source, tree: empty.tree, lines: empty.lines, model: empty.model, reuse: null });
  const stages = { config: opts.config, detection, derived: parsed.derive(opts.config) };
  const severity = severityOf(fileTooLarge, opts.config);
  if (!detection.postmortem || severity === 'off') return { ...parsed, ...stages, findings: [] };
  const name = fileTooLarge.meta.name;
  const firstLine = Math.min(source.lineAt(0).length, 200);
  const finding: Finding = {
    rule: name,
    severity,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine } },
    message: fileTooLargeMessage(text.length, opts.config.maxFileSize),
    fixes: [],
    docsUrl: (opts.docsUrl ?? DEFAULT_DOCS_URL)(name),
  };
  return { ...parsed, ...stages, findings: [finding] };
}
