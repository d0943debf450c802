/**
 * Human output in the shape of ESLint's `stylish`: findings grouped by file, aligned columns,
 * and a summary line `N problems (E errors, W warnings, I infos, H hints)`. Colour is
 * optional (the CLI decides from the terminal and NO_COLOR / FORCE_COLOR).
 */
import type { Severity } from '../rules/types';
import type { FileReport } from './types';
import { countSeverities, oneLine, printable, sortFindings } from './types';

export interface StylishOptions {
  color?: boolean;
  /** When set (e.g. `--fix`), a last line tells how many problems that option can fix. */
  fixOption?: string;
}

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', underline: '\x1b[4m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', gray: '\x1b[90m' };
type Style = keyof typeof ANSI;

function painter(color: boolean) {
  return (text: string, ...styles: Style[]) => (color && styles.length > 0 ? styles.map((s) => ANSI[s]).join('') + text + ANSI.reset : text);
}

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `3 problems (1 error, 2 warnings, 0 infos, 0 hints)` */
export function summaryLine(reports: readonly FileReport[]): string {
  const c = countSeverities(reports);
  const total = c.error + c.warning + c.info + c.hint;
  return `${plural(total, 'problem')} (${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}, ${plural(c.hint, 'hint')})`;
}

/** Empty output when there is nothing to report, as ESLint does. */
export function formatStylish(reports: readonly FileReport[], options: StylishOptions = {}): string {
  const paint = painter(options.color === true);
  const out: string[] = [];
  let fixable = 0;
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    const rows = sortFindings(report.findings).map((f) => {
      if (f.fixes.some((x) => x.safe)) fixable++;
      return { pos: `${f.range.start.line + 1}:${f.range.start.character + 1}`, severity: f.severity, message: oneLine(f.message), rule: printable(f.rule) };
    });
    const wPos = Math.max(...rows.map((r) => r.pos.length));
    const wSev = Math.max(...rows.map((r) => r.severity.length));
    const wMsg = Math.max(...rows.map((r) => r.message.length));
    out.push('', paint(printable(report.file), 'underline'));
    for (const r of rows) {
      const cells = [
        paint(r.pos.padEnd(wPos), 'dim'),
        paint(r.severity.padEnd(wSev), SEVERITY_STYLE[r.severity]),
        r.message.padEnd(wMsg),
        paint(r.rule, 'dim'),
      ];
      out.push(`  ${cells.join('  ')}`.trimEnd());
    }
  }
  if (out.length === 0) return '';
  const counts = countSeverities(reports);
  const summary = summaryLine(reports);
  out.push('', counts.error > 0 ? paint(summary, 'red', 'bold') : paint(summary, 'yellow', 'bold'));
  if (options.fixOption && fixable > 0) out.push(`  ${plural(fixable, 'problem')} potentially fixable with \`${options.fixOption}\`.`);
  return out.join('\n') + '\n';
}
