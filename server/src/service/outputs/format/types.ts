/**
 * What the CLI's output formats read: one report per file. Ranges in findings are 0-based
 * (LSP); every format turns them into 1-based lines and columns (columns count UTF-16 code
 * units, as LSP does and as SARIF is told with `columnKind`).
 */
import type { Finding, Severity } from '../../rules/types';
import type { Range } from '../../text/source-text';

export interface FileReport {
  /** The path as the user should see it (relative to the working directory where possible). */
  file: string;
  /** False when the file was not recognised as a postmortem (and so not linted). */
  postmortem: boolean;
  findings: Finding[];
  /** The file's text, when the caller has it (SARIF adds snippets from it). */
  source?: string;
}

export interface Location1 {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based, end exclusive (the column after the last character), as ESLint and SARIF count. */
export function toLocation1(r: Range): Location1 {
  return { line: r.start.line + 1, column: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** Findings in document order (then by rule), without changing the caller's array. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.rule.localeCompare(b.rule),
  );
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(reports: readonly FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) for (const f of r.findings) counts[f.severity]++;
  return counts;
}

/** One line of text: messages are shown on one line in line-oriented formats. */
export function oneLine(s: string): string {
  return printable(s.replace(/\r\n|\r|\n/g, ' '));
}

/**
 * Text from a document made safe for a terminal: control characters (ESC, BEL, backspace, the
 * C1 range, bidi overrides) would otherwise reach it raw, so a document could recolour,
 * retitle or rewrite the CI log. Each is shown as its `\u` escape; tabs and line ends stay.
 */
export function printable(s: string): string {
  return s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
