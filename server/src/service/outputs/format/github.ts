/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations
 * on the pull request: `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=rule::message`.
 * Escaping follows @actions/core: `%`, CR and LF in the message; also `:` and `,` in properties.
 */
import type { Severity } from '../../rules/types';
import type { FileReport } from './types';
import { printable, sortFindings, toLocation1 } from './types';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function escapeData(s: string): string {
  // The runner's log is a terminal too: a document's escape sequences must not reach it.
  return printable(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(reports: readonly FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    for (const f of sortFindings(r.findings)) {
      const loc = toLocation1(f.range);
      const props: [string, string | number][] = [['file', r.file], ['line', loc.line]];
      // Columns are only accepted on single-line annotations.
      if (loc.line === loc.endLine) props.push(['col', loc.column], ['endLine', loc.endLine], ['endColumn', loc.endColumn]);
      else props.push(['endLine', loc.endLine]);
      props.push(['title', f.rule]);
      const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      out.push(`::${COMMAND[f.severity]} ${p}::${escapeData(f.message)}`);
    }
  }
  return out.length === 0 ? '' : out.join('\n') + '\n';
}
