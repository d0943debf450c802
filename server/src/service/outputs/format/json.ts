/**
 * Machine output: an array with one object per file,
 * `{ file, postmortem, findings: [{ rule, severity, message, line, column, endLine, endColumn }] }`,
 * positions 1-based (end exclusive), findings in document order.
 */
import type { Severity } from '../../rules/types';
import type { FileReport } from './types';
import { sortFindings, toLocation1 } from './types';

export interface JsonFinding {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonFileReport {
  file: string;
  postmortem: boolean;
  findings: JsonFinding[];
}

export function toJsonReports(reports: readonly FileReport[]): JsonFileReport[] {
  return reports.map((r) => ({
    file: r.file,
    postmortem: r.postmortem,
    findings: sortFindings(r.findings).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, ...toLocation1(f.range) })),
  }));
}

export function formatJson(reports: readonly FileReport[], options: { pretty?: boolean } = {}): string {
  return JSON.stringify(toJsonReports(reports), null, options.pretty ? 2 : undefined) + '\n';
}
