/** The CLI's output formats, by name. */
import type { RuleMeta } from '../../rules/types';
import type { FileReport } from './types';
import { formatStylish } from './stylish';
import type { StylishOptions } from './stylish';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import type { SarifOptions } from './sarif';
import { formatGithub } from './github';
import { formatJunit } from './junit';

/**
 * The one list of output formats, in the order help and docs give them (the first is the
 * default). The CLI's `--format` choices, its help and docs/configuration.md come from here.
 */
export const FORMATS = {
  stylish: 'for people',
  json: 'one object per file checked, with its findings',
  sarif: 'SARIF 2.1.0 with rule metadata and help links, for code-scanning uploads',
  github: 'GitHub Actions workflow annotations',
  junit: 'JUnit XML, one test case per file, for CI test reports',
} as const;
export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
export const DEFAULT_FORMAT: FormatName = 'stylish';

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
    case 'junit':
      return formatJunit(reports);
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
export { snippetToText } from '../../text/snippet';
export { formatJunit } from './junit';
export { HOME, ISSUES, VERSION, blobUrl, ruleDocsUrl } from './home';
