/**
 * Code actions, decided without the protocol: the real fixes of the findings the editor's
 * diagnostics name (each offered once, preferred ones first), at most two "Disable" entries
 * per line naming every rule reported there, "Convert to Markdown headings and lists"
 * anywhere in a run-on document, and "Fix all". Every edit is for `version`; a stale
 * diagnostic (one of an earlier result) gets nothing.
 *
 * Each action but "Fix all" carries a handle: what it is (the fix of finding `index` of
 * result `result`, the directive for `line`, the conversion) without its edits, so an editor
 * that resolves code actions (`codeAction/resolve`) receives edits only for the action it
 * applies; `resolveAction` computes them again, for the same version only. The shell turns
 * these into LSP code actions (kinds, snippet commands, edits or handles).
 */
import type { Analysis, Parsed } from '../analysis';
import { disableForFileEdit, disableForLineEdit } from '../derive/suppress/index';
import { fixAllEdits } from '../rules/fixes/fix-all';
import { CONVERT_TITLE } from '../rules/structure/run-on-list';
import type { Fix } from '../rules/types';
import type { TextEdit } from '../text/source-text';
import type { DiagnosticResult } from './diagnostic-results';

/** What a diagnostic the editor sends back names (its `data`), and where it is. */
export interface DiagnosticRef {
  rule: string;
  /** The result it belongs to (see diagnostic-results.ts). */
  result: number;
  /** Its finding's index in that result. */
  index: number;
  line: number;
}

export interface CodeActionQuery {
  /** The diagnostics in the request's context that are ours (others are left out by the shell). */
  diagnostics: readonly DiagnosticRef[];
  quickFix: boolean;
  convert: boolean;
  fixAll: boolean;
}

/** What an action is, without its edits: enough to compute them again for the same version. */
export type ActionHandle =
  | { kind: 'fix'; result: number; index: number; fix: number }
  | { kind: 'suppress'; scope: 'line' | 'file'; line: number; rules: string[] }
  | { kind: 'convert' };

/** `diagnostics` are indexes into the query's diagnostics. */
export type CodeActionChoice =
  | { kind: 'fix'; fix: Fix; diagnostics: number[]; handle: ActionHandle }
  | { kind: 'suppress'; title: string; edit: TextEdit; diagnostics: number[]; handle: ActionHandle }
  | { kind: 'convert'; title: string; edits: TextEdit[]; handle: ActionHandle }
  | { kind: 'fixAll'; title: string; edits: TextEdit[] };

export const FIX_ALL_TITLE = 'Fix all auto-fixable postmortem problems';

/** The fixes and "Disable" entries for the diagnostics that name `result` (the current one). */
export function quickFixes(parsed: Parsed, result: DiagnosticResult, diagnostics: readonly DiagnosticRef[]): CodeActionChoice[] {
  const fixes: Extract<CodeActionChoice, { kind: 'fix' }>[] = [];
  const seen = new Set<string>();
  const byLine = new Map<number, { rules: string[]; diagnostics: number[] }>();
  diagnostics.forEach((d, i) => {
    // Of another result: computed for text the editor no longer has; offer nothing stale.
    const finding = d.result === result.id ? result.findings[d.index] : undefined;
    if (finding?.rule !== d.rule) return;
    finding.fixes.forEach((fix, f) => {
      const key = JSON.stringify([fix.title, fix.edits]);
      if (!seen.has(key)) fixes.push({ kind: 'fix', fix, diagnostics: [i], handle: { kind: 'fix', result: result.id, index: d.index, fix: f } });
      seen.add(key);
    });
    const line = byLine.get(d.line) ?? { rules: [], diagnostics: [] };
    line.rules.push(d.rule);
    line.diagnostics.push(i);
    byLine.set(d.line, line);
  });
  const out: CodeActionChoice[] = [...fixes.filter((a) => a.fix.preferred), ...fixes.filter((a) => !a.fix.preferred)];
  for (const [line, { rules, diagnostics: which }] of byLine) out.push(...suppressions(parsed, line, rules, which));
  return out;
}

function suppressionEdit(parsed: Parsed, scope: 'line' | 'file', line: number, rules: readonly string[]): TextEdit | undefined {
  const { lines, eol } = parsed.source;
  const isCode = (l: number): boolean => parsed.lines.isCode(l);
  return scope === 'line' ? disableForLineEdit(lines, line, rules, eol, isCode) : disableForFileEdit(lines, rules, eol, isCode);
}

/** "Disable <rules> for this line / for this file": one directive names every rule reported on the line. */
function suppressions(parsed: Parsed, line: number, rule: readonly string[], diagnostics: number[]): CodeActionChoice[] {
  const rules = [...new Set(rule)];
  const names = rules.join(', ');
  const out: CodeActionChoice[] = [];
  for (const scope of ['line', 'file'] as const) {
    const edit = suppressionEdit(parsed, scope, line, rules);
    if (edit) out.push({ kind: 'suppress', title: `Disable ${names} for this ${scope}`, edit, diagnostics, handle: { kind: 'suppress', scope, line, rules } });
  }
  return out;
}

function conversion(analysis: Analysis): Fix | undefined {
  return analysis.findings.find((f) => f.rule === 'run-on-list')?.fixes.find((f) => f.title === CONVERT_TITLE);
}

/** The run-on document's conversion, offered anywhere in it (on its findings' lines it is a quick fix already). */
export function convertAction(analysis: Analysis, already: readonly CodeActionChoice[]): CodeActionChoice | null {
  if (already.some((a) => a.kind === 'fix' && a.fix.title === CONVERT_TITLE)) return null;
  const fix = conversion(analysis);
  return fix ? { kind: 'convert', title: fix.title, edits: fix.edits, handle: { kind: 'convert' } } : null;
}

export function fixAllAction(analysis: Analysis): CodeActionChoice | null {
  const edits = fixAllEdits(analysis.findings);
  return edits.length > 0 ? { kind: 'fixAll', title: FIX_ALL_TITLE, edits } : null;
}

/**
 * The edits of the action `handle` names, from the analysis of the version it was offered
 * for and that version's current result: null when the fix is gone (another result) or
 * nothing is left to do (the directive is in place).
 */
export function resolveAction(analysis: Analysis, result: DiagnosticResult, handle: ActionHandle): { edits: TextEdit[]; snippet: boolean } | null {
  switch (handle.kind) {
    case 'fix': {
      if (handle.result !== result.id) return null;
      const fix = result.findings[handle.index]?.fixes[handle.fix];
      return fix ? { edits: fix.edits, snippet: fix.snippet === true } : null;
    }
    case 'suppress': {
      const edit = suppressionEdit(analysis, handle.scope, handle.line, handle.rules);
      return edit ? { edits: [edit], snippet: false } : null;
    }
    case 'convert': {
      const fix = conversion(analysis);
      return fix ? { edits: fix.edits, snippet: false } : null;
    }
  }
}

/** A handle read back from an editor (code action `data`): checked, never trusted. */
export function isActionHandle(v: unknown): v is ActionHandle {
  if (!v || typeof v !== 'object') return false;
  const h = v as Record<string, unknown>;
  const int = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  switch (h.kind) {
    case 'fix': return int(h.result) && int(h.index) && int(h.fix);
    case 'suppress': return (h.scope === 'line' || h.scope === 'file') && int(h.line) && Array.isArray(h.rules) && h.rules.every((r) => typeof r === 'string');
    case 'convert': return true;
    default: return false;
  }
}
