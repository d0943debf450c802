/**
 * Code actions, decided without the protocol: the real fixes carried by the editor's
 * diagnostics (each offered once, preferred ones first), at most two "Disable" entries per
 * line naming every rule reported there, "Convert to Markdown headings and lists" anywhere in
 * a run-on document, and "Fix all". Every edit is for `version`; a stale diagnostic gets
 * nothing. The shell turns these into LSP code actions (kinds, snippet commands).
 */
import type { Analysis, Parsed } from '../analysis';
import { disableForFileEdit, disableForLineEdit } from '../derive/suppress/index';
import { fixAllEdits } from '../rules/fixes/fix-all';
import { CONVERT_TITLE } from '../rules/structure/run-on-list';
import type { Fix } from '../rules/types';
import type { TextEdit } from '../text/source-text';

/** What a diagnostic the editor sends back carries (its `data`, and its line). */
export interface DiagnosticRef {
  rule: string;
  /** The version it was computed for. */
  version: number;
  line: number;
  fixes: readonly Fix[];
}

export interface CodeActionQuery {
  /** The diagnostics in the request's context that are ours (others are left out by the shell). */
  diagnostics: readonly DiagnosticRef[];
  quickFix: boolean;
  convert: boolean;
  fixAll: boolean;
}

/** `diagnostics` are indexes into the query's diagnostics. */
export type CodeActionChoice =
  | { kind: 'fix'; fix: Fix; diagnostics: number[] }
  | { kind: 'suppress'; title: string; edit: TextEdit; diagnostics: number[] }
  | { kind: 'convert'; title: string; edits: TextEdit[] }
  | { kind: 'fixAll'; title: string; edits: TextEdit[] };

export const FIX_ALL_TITLE = 'Fix all auto-fixable postmortem problems';

/** The fixes and "Disable" entries for the diagnostics of `version`. */
export function quickFixes(parsed: Parsed | undefined, version: number, diagnostics: readonly DiagnosticRef[]): CodeActionChoice[] {
  const fixes: Extract<CodeActionChoice, { kind: 'fix' }>[] = [];
  const seen = new Set<string>();
  const byLine = new Map<number, { rules: string[]; diagnostics: number[] }>();
  diagnostics.forEach((d, i) => {
    // Computed for another version: the client would refuse it; offer nothing stale.
    if (d.version !== version) return;
    for (const fix of d.fixes) {
      const key = JSON.stringify([fix.title, fix.edits]);
      if (!seen.has(key)) fixes.push({ kind: 'fix', fix, diagnostics: [i] });
      seen.add(key);
    }
    const line = byLine.get(d.line) ?? { rules: [], diagnostics: [] };
    line.rules.push(d.rule);
    line.diagnostics.push(i);
    byLine.set(d.line, line);
  });
  const out: CodeActionChoice[] = [...fixes.filter((a) => a.fix.preferred), ...fixes.filter((a) => !a.fix.preferred)];
  if (!parsed) return out;
  for (const [line, { rules, diagnostics: which }] of byLine) out.push(...suppressions(parsed, line, rules, which));
  return out;
}

/** "Disable <rules> for this line / for this file": one directive names every rule reported on the line. */
function suppressions(parsed: Parsed, line: number, rule: readonly string[], diagnostics: number[]): CodeActionChoice[] {
  const rules = [...new Set(rule)];
  const { lines, eol } = parsed.source;
  const isCode = (l: number): boolean => parsed.lines.isCode(l);
  const names = rules.join(', ');
  const out: CodeActionChoice[] = [];
  const add = (title: string, edit: TextEdit | undefined): void => {
    if (edit) out.push({ kind: 'suppress', title, edit, diagnostics });
  };
  add(`Disable ${names} for this line`, disableForLineEdit(lines, line, rules, eol, isCode));
  add(`Disable ${names} for this file`, disableForFileEdit(lines, rules, eol, isCode));
  return out;
}

/** The run-on document's conversion, offered anywhere in it (on its findings' lines it is a quick fix already). */
export function convertAction(analysis: Analysis | undefined, already: readonly CodeActionChoice[]): CodeActionChoice | null {
  if (already.some((a) => a.kind === 'fix' && a.fix.title === CONVERT_TITLE)) return null;
  const fix = analysis?.findings.find((f) => f.rule === 'run-on-list')?.fixes.find((f) => f.title === CONVERT_TITLE);
  return fix ? { kind: 'convert', title: fix.title, edits: fix.edits } : null;
}

export function fixAllAction(analysis: Analysis | undefined): CodeActionChoice | null {
  if (!analysis) return null;
  const edits = fixAllEdits(analysis.findings);
  return edits.length > 0 ? { kind: 'fixAll', title: FIX_ALL_TITLE, edits } : null;
}
