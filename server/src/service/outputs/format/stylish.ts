/**
 * Human output in the shape of ESLint's `stylish`: findings grouped by file, aligned columns,
 * then what was checked: `2 files, 1 postmortem, 3 problems (1 error, 2 warnings, 0 infos,
 * 0 hints)`, always, so a run that checked nothing or found nothing says so. Lines fit
 * `width` columns (100 unless the terminal says otherwise): a long message wraps under
 * itself instead of pushing the rule name off the screen. Colour is optional (the CLI decides
 * from the terminal and NO_COLOR).
 */
import type { Severity } from '../../rules/types';
import type { FileReport } from './types';
import { countSeverities, oneLine, printable, sortFindings } from './types';
import { textWidth, wrapText } from './wrap';

export interface StylishOptions {
  color?: boolean;
  /** When set (e.g. `--fix`), a last line tells how many problems that option can fix. */
  fixOption?: string;
  /** The terminal's width in columns (default 100). */
  width?: number;
  /** List error-severity findings only (`--quiet`); the summary still counts every finding. */
  quiet?: boolean;
}

export const DEFAULT_WIDTH = 100;
/** Below this, a message column is too narrow to read: lines may then exceed the width. */
const MIN_MESSAGE_WIDTH = 24;

const ANSI = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', underline: '\x1b[4m', red: '\x1b[31m', yellow: '\x1b[33m', blue: '\x1b[34m', green: '\x1b[32m', gray: '\x1b[90m' };
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

/** `2 files, 1 postmortem, 3 problems (1 error, ...)`; `1 file, 1 postmortem, 0 problems`. */
export function checkedLine(reports: readonly FileReport[]): string {
  const c = countSeverities(reports);
  const total = c.error + c.warning + c.info + c.hint;
  const postmortems = reports.filter((r) => r.postmortem).length;
  return `${plural(reports.length, 'file')}, ${plural(postmortems, 'postmortem')}, ${total === 0 ? '0 problems' : summaryLine(reports)}`;
}

export function formatStylish(reports: readonly FileReport[], options: StylishOptions = {}): string {
  const paint = painter(options.color === true);
  const width = options.width ?? DEFAULT_WIDTH;
  const out: string[] = [];
  let fixable = 0;
  for (const report of reports) {
    const shown = options.quiet === true ? report.findings.filter((f) => f.severity === 'error') : report.findings;
    if (shown.length === 0) continue;
    const rows = sortFindings(shown).map((f) => {
      if (f.fixes.some((x) => x.safe)) fixable++;
      return { pos: `${f.range.start.line + 1}:${f.range.start.character + 1}`, severity: f.severity, message: oneLine(f.message), rule: printable(f.rule) };
    });
    const wPos = Math.max(...rows.map((r) => r.pos.length));
    const wSev = Math.max(...rows.map((r) => r.severity.length));
    const wRule = Math.max(...rows.map((r) => textWidth(r.rule)));
    const indent = 2 + wPos + 2 + wSev + 2;
    // The message column is as wide as the longest message, up to what leaves room for the rule.
    const wMsg = Math.min(Math.max(...rows.map((r) => textWidth(r.message))), Math.max(MIN_MESSAGE_WIDTH, width - indent - 2 - wRule));
    out.push('', paint(printable(report.file), 'underline'));
    for (const r of rows) {
      const [first = '', ...rest] = wrapText(r.message, wMsg);
      const cells = [
        paint(r.pos.padEnd(wPos), 'dim'),
        paint(r.severity.padEnd(wSev), SEVERITY_STYLE[r.severity]),
        first + ' '.repeat(Math.max(0, wMsg - textWidth(first))),
        paint(r.rule, 'dim'),
      ];
      out.push(`  ${cells.join('  ')}`.trimEnd());
      for (const line of rest) out.push(`${' '.repeat(indent)}${line}`);
    }
  }
  const counts = countSeverities(reports);
  const summary = checkedLine(reports);
  const style: Style = counts.error > 0 ? 'red' : counts.warning + counts.info + counts.hint > 0 ? 'yellow' : 'green';
  // A run that listed nothing is the summary alone, with no blank line before it.
  if (out.length > 0) out.push('');
  for (const line of wrapText(summary, width)) out.push(paint(line, style, 'bold'));
  if (options.fixOption && fixable > 0) for (const line of wrapText(`${plural(fixable, 'problem')} potentially fixable with \`${options.fixOption}\`.`, width - 2)) out.push(`  ${line}`);
  return `${out.join('\n')}\n`;
}
