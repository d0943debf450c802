/** The CLI's output formats, by name. */
import type { RuleMeta } from '../../rules/types';
import type { FileReport } from './types';
import { formatStylish } from './stylish';
import type { StylishOptions } from './stylish';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import type { SarifOptions } from './sarif';
import { formatGithub } from './github';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(s: string): s is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(s);
}

export interface FormatOptions {
  stylish?: StylishOptions;
  sarif: SarifOptions;
  json?: { pretty?: boolean };
}

export function formatReports(format: FormatName, reports: readonly FileReport[], rules: readonly RuleMeta[], options: FormatOptions): string {
  switch (format) {
    case 'stylish':
      return formatStylish(reports, options.stylish);
    case 'json':
      return formatJson(reports, options.json);
    case 'sarif':
      return formatSarif(reports, rules, options.sarif);
    case 'github':
      return formatGithub(reports);
  }
}

export type { FileReport, Location1 } from './types';
export { toLocation1, sortFindings, countSeverities } from './types';
export { formatStylish, summaryLine, checkedLine, plural, DEFAULT_WIDTH } from './stylish';
export type { StylishOptions } from './stylish';
export { formatJson, toJsonReports } from './json';
export type { JsonFileReport, JsonFinding } from './json';
export { formatSarif, toSarif } from './sarif';
export type { SarifOptions } from './sarif';
export { formatGithub, escapeData, escapeProperty } from './github';
export { snippetToText } from './snippet';
