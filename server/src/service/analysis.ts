/**
 * The pure pipeline for one document: text -> mdast -> Postmortem model -> findings.
 * Every consumer (diagnostics, code actions, hovers, lenses, the preview, the CLI) reads
 * an `Analysis`; nothing re-parses.
 */
import type { Root } from 'mdast';
import { SourceText } from './text';
import { parseMarkdown } from './parse/markdown';
import { buildModel } from './model/build';
import type { Postmortem } from './model/schema';
import type { DocumentLines } from './model/lines';
import { detectPostmortem, type Detection } from './detect';
import type { ResolvedConfig } from './config/schema';
import { runRules } from './rules/runner';
import { ALL_RULES } from './rules/index';
import type { Finding, Rule } from './rules/types';
import { buildSuppressions } from './suppress/index';

export interface Parsed {
  source: SourceText;
  tree: Root;
  lines: DocumentLines;
  model: Postmortem;
}

export interface Analysis extends Parsed {
  detection: Detection;
  findings: Finding[];
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

/** Parse and model a text (the tree may come from the incremental parser). */
export function parseDocument(text: string, tree?: Root): Parsed {
  const source = new SourceText(text);
  const t = tree ?? parseMarkdown(text);
  const { lines, model } = buildModel(source, t);
  return { source, tree: t, lines, model };
}

/** Detect and lint a parsed document. No finding at all when it is not a postmortem. */
export function lintParsed(parsed: Parsed, opts: AnalyzeOptions): Analysis {
  const detection = detectPostmortem(opts.path, parsed.model, parsed.lines, opts.config, opts.forced);
  if (!detection.postmortem) return { ...parsed, detection, findings: [] };
  const suppressions = buildSuppressions(parsed.source.lines, (l) => parsed.lines.isCode(l));
  const findings = runRules({ ...parsed, config: opts.config }, opts.rules ?? ALL_RULES, {
    docsUrl: opts.docsUrl ?? DEFAULT_DOCS_URL,
    isSuppressed: (rule, line) => suppressions.isSuppressed(rule, line),
    ...(opts.onRuleError ? { onRuleError: opts.onRuleError } : {}),
  });
  return { ...parsed, detection, findings };
}

export function analyze(text: string, opts: AnalyzeOptions): Analysis {
  return lintParsed(parseDocument(text), opts);
}
