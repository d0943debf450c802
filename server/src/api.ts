/**
 * The library API of the npm package (`require('postmortem-lint')`): lint a text, read its
 * model, format results. Bundled to dist/api.js with its own dist/api.d.ts.
 *
 * The public types are declared here, not re-exported from the core: they are the stable,
 * documented part (the core's types are zod inferences that would drag zod into a user's
 * type check). Each function returns the core's own objects typed as these, so `tsc` checks
 * that the core still satisfies the public shape. Positions are 0-based, as in LSP.
 *
 * The core is reached through its door only (service/index.ts), as the CLI and the server do.
 */
import { analyze, parseDocument, formatReports, FORMAT_NAMES, ruleDocsUrl, VERSION as CORE_VERSION, HOME, type FileReport, parseUserConfig, resolveConfig, ALL_RULES, RULES_BY_NAME } from './service/index';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface TextEdit { range: Range; newText: string }
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** `newText` is an LSP snippet (`${1:owner}` placeholders). */
  snippet?: boolean;
  /** Safe to apply without a look (what `--fix` applies). */
  safe?: boolean;
}
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The rule's page. */
  docsUrl: string;
  fixes: Fix[];
  related?: { range: Range; message: string }[];
}

/** The settings of a `.postmortemrc.json` file (see docs/configuration.md). */
export interface Config {
  enable?: 'auto' | 'always' | 'never';
  globs?: string[];
  profile?: string;
  profiles?: Record<string, { sections: string[]; description?: string }>;
  timeZone?: string;
  rules?: Record<string, SeveritySetting>;
  maxFileSize?: number;
}

export interface LintOptions {
  /** The document's path (POSIX, relative to the project), for detection by path globs. */
  path?: string;
  config?: Config;
  /** Lint it as a postmortem whatever detection says (the CLI's `--force`). */
  force?: boolean;
}

export interface LintResult {
  /** False when the text was not recognised as a postmortem (it then has no finding). */
  postmortem: boolean;
  /** Why it was or was not recognised. */
  reason: string;
  findings: Finding[];
  /** Problems in `options.config` (an unknown rule, a bad severity), one sentence each. */
  configProblems: string[];
}

export interface Item {
  text: string;
  textRange: Range;
  owner: { text: string; range: Range } | null;
  due: { text: string; range: Range } | null;
  tracking: { text: string; range: Range } | null;
  status: 'open' | 'done' | null;
}
export interface TimelineEntry {
  timeText: string;
  /** 24-hour `HH:MM` (or `HH:MM:SS`); null when missing or malformed. */
  time: string | null;
  text: string;
  timeRange: Range;
}
export interface Section {
  /** `summary`, `timeline`, `root-cause`, ... or `other`. */
  kind: string;
  name: string;
  headerRange: Range;
}
/** What the linter understood of a document (`--print-model` prints the whole of it). */
export interface PostmortemModel {
  title: { text: string; range: Range } | null;
  sections: Section[];
  timeline: TimelineEntry[];
  measures: Item[];
  tasks: Item[];
}

/** One file's results, as the formatters read them. */
export interface FileResult {
  file: string;
  postmortem?: boolean;
  findings: Finding[];
  /** The file's text: SARIF adds snippets from it. */
  source?: string;
}
export type FormatterName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit';
export type Formatter = (results: readonly FileResult[]) => string;

export const VERSION: string = CORE_VERSION;
const KNOWN_RULES: ReadonlySet<string> = new Set(RULES_BY_NAME.keys());

export function lint(text: string, options: LintOptions = {}): LintResult {
  const user = parseUserConfig(options.config ?? {}, 'options.config', { knownRules: KNOWN_RULES });
  const analysis = analyze(text, { path: options.path ?? null, config: resolveConfig([user.config]), forced: options.force === true, docsUrl: ruleDocsUrl });
  const findings: Finding[] = analysis.findings;
  return {
    postmortem: analysis.detection.postmortem,
    reason: analysis.detection.reason,
    findings,
    configProblems: user.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)),
  };
}

export function readModel(text: string): PostmortemModel {
  const model: PostmortemModel = parseDocument(text).model;
  return model;
}

function formatter(name: FormatterName): Formatter {
  return (results) => {
    const reports: FileReport[] = results.map((r) => ({ file: r.file, postmortem: r.postmortem ?? true, findings: r.findings, ...(r.source !== undefined ? { source: r.source } : {}) }));
    return formatReports(name, reports, ALL_RULES.map((r) => r.meta), {
      stylish: { color: false },
      sarif: { informationUri: HOME, toolName: 'postmortem-lint', toolVersion: CORE_VERSION, ruleDocsUrl },
    });
  };
}

/** Every format the core has is named here (tsc fails when one is added without its name). */
const NAMES: readonly FormatterName[] = FORMAT_NAMES;

/** The CLI's output formats, by name. */
export const formatters: Readonly<Record<FormatterName, Formatter>> = Object.freeze(
  Object.fromEntries(NAMES.map((n) => [n, formatter(n)])) as Record<FormatterName, Formatter>,
);
