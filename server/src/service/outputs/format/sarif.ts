/**
 * SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure DevOps). One run;
 * the driver lists every rule with its default level; results point at files relative to
 * `%SRCROOT%` (the working directory, when given), with 1-based regions counted in UTF-16
 * code units; fixes travel as artifact changes.
 */
import type * as Sarif from 'sarif';
import type { Finding, RuleMeta, Severity, SeveritySetting } from '../../rules/types';
import type { Range } from '../../text/source-text';
import { SourceText } from '../../text/source-text';
import { isWithin, normalizePath, relativeTo } from '../../config/paths';
import type { FileReport } from './types';
import { sortFindings, toLocation1 } from './types';
import { snippetToText } from './snippet';

export interface SarifOptions {
  /** The tool's home page (the repository or the docs site). */
  informationUri: string;
  toolName?: string;
  toolVersion?: string;
  /** POSIX path of the directory artifact URIs are relative to (`%SRCROOT%`). */
  cwd?: string;
  /** The docs page of a rule, for rules that have no finding carrying `docsUrl`. */
  ruleDocsUrl?: (rule: string) => string;
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
const SRCROOT = '%SRCROOT%';

function defaultConfiguration(s: SeveritySetting): Sarif.ReportingConfiguration {
  return s === 'off' ? { enabled: false, level: 'note' } : { level: LEVEL[s] };
}

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function fileUri(absolutePosix: string): string {
  return 'file://' + encodePath(normalizePath(absolutePosix));
}

function artifactLocation(file: string, cwd: string | undefined): Sarif.ArtifactLocation {
  const p = file.replace(/\\/g, '/');
  if (p.startsWith('/')) {
    if (cwd !== undefined && isWithin(p, cwd)) return { uri: encodePath(relativeTo(p, cwd)), uriBaseId: SRCROOT };
    return { uri: fileUri(p) };
  }
  const rel = encodePath(normalizePath(p));
  return cwd !== undefined ? { uri: rel, uriBaseId: SRCROOT } : { uri: rel };
}

function region(r: Range, source: SourceText | undefined): Sarif.Region {
  const loc = toLocation1(r);
  const out: Sarif.Region = { startLine: loc.line, startColumn: loc.column, endLine: loc.endLine, endColumn: loc.endColumn };
  if (source) {
    const text = source.getText(r);
    if (text !== '') out.snippet = { text };
  }
  return out;
}

function fixesOf(f: Finding, location: Sarif.ArtifactLocation): Sarif.Fix[] {
  return f.fixes
    .filter((fix) => fix.edits.length > 0)
    .map((fix) => ({
      description: { text: fix.title },
      artifactChanges: [
        {
          artifactLocation: location,
          replacements: fix.edits.map((e) => ({
            deletedRegion: region(e.range, undefined),
            insertedContent: { text: fix.snippet ? snippetToText(e.newText) : e.newText },
          })),
        },
      ],
    }));
}

export function toSarif(reports: readonly FileReport[], rules: readonly RuleMeta[], options: SarifOptions): Sarif.Log {
  const docsUrls = new Map<string, string>();
  for (const r of reports) for (const f of r.findings) if (f.docsUrl && !docsUrls.has(f.rule)) docsUrls.set(f.rule, f.docsUrl);
  const helpUri = (name: string) => docsUrls.get(name) ?? options.ruleDocsUrl?.(name);

  const descriptors: Sarif.ReportingDescriptor[] = [];
  const index = new Map<string, number>();
  const addRule = (d: Sarif.ReportingDescriptor) => {
    index.set(d.id, descriptors.length);
    descriptors.push(d);
  };
  for (const meta of rules) {
    const uri = helpUri(meta.name);
    addRule({
      id: meta.name,
      shortDescription: { text: meta.description },
      ...(uri ? { helpUri: uri } : {}),
      defaultConfiguration: defaultConfiguration(meta.defaultSeverity),
      properties: { category: meta.category, fixable: meta.fixable },
    });
  }

  const results: Sarif.Result[] = [];
  for (const report of reports) {
    const location = artifactLocation(report.file, options.cwd);
    const source = report.source !== undefined ? new SourceText(report.source) : undefined;
    for (const f of sortFindings(report.findings)) {
      if (!index.has(f.rule)) addRule({ id: f.rule, ...(f.docsUrl ? { helpUri: f.docsUrl } : {}) });
      const result: Sarif.Result = {
        ruleId: f.rule,
        ruleIndex: index.get(f.rule) ?? 0,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(f.range, source) } }],
      };
      if (f.related && f.related.length > 0) {
        result.relatedLocations = f.related.map((rel, i) => ({
          id: i,
          message: { text: rel.message },
          physicalLocation: { artifactLocation: location, region: region(rel.range, source) },
        }));
      }
      const fixes = fixesOf(f, location);
      if (fixes.length > 0) result.fixes = fixes;
      results.push(result);
    }
  }

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: options.toolName ?? 'postmortem-lint',
        ...(options.toolVersion ? { version: options.toolVersion } : {}),
        informationUri: options.informationUri,
        rules: descriptors,
      },
    },
    columnKind: 'utf16CodeUnits',
    // Every file checked, with or without results, so a reader of the log alone can tell a
    // clean run from one that checked nothing (properties.postmortem: false = not linted).
    artifacts: reports.map((r) => ({ location: artifactLocation(r.file, options.cwd), properties: { postmortem: r.postmortem } })),
    results,
  };
  if (options.cwd !== undefined) {
    const base = normalizePath(options.cwd);
    run.originalUriBaseIds = { [SRCROOT]: { uri: fileUri(base).replace(/\/?$/, '/') } };
  }
  return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}

export function formatSarif(reports: readonly FileReport[], rules: readonly RuleMeta[], options: SarifOptions): string {
  return JSON.stringify(toSarif(reports, rules, options), null, 2) + '\n';
}
