/**
 * Findings -> LSP diagnostics. A diagnostic's `data` is a handle, not its fixes: the result it
 * belongs to and its index there (with the version that result was computed for). Code actions
 * read the fixes from the current analysis through it; a diagnostic of an older result gets none.
 * (Carrying every fix in every diagnostic was 45% of the bytes sent per keystroke at 10,000
 * lines, for fixes nobody had asked for yet.)
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../service/index';

export const SOURCE = 'postmortem';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for code actions (its rule is its `code`): never read from the message text. */
export interface DiagnosticData {
  /** The version its result was first computed for. */
  version: number;
  /** The result (numbered by the service) and the finding's index in it. */
  result: number;
  index: number;
}

export function isDiagnosticData(v: unknown): v is DiagnosticData {
  if (!v || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  return typeof d.version === 'number' && typeof d.result === 'number' && typeof d.index === 'number';
}

/** Which result a list of diagnostics belongs to. */
export interface ResultRef { version: number; result: number }

/** Closed files' diagnostics belong to no result: their fixes apply once the file is opened (and pulled). */
export const NO_RESULT: ResultRef = { version: 0, result: 0 };

export function toDiagnostics(findings: readonly Finding[], uri: string, ref: ResultRef): Diagnostic[] {
  return findings.map((f, index) => toDiagnostic(f, uri, { version: ref.version, result: ref.result, index }));
}

function toDiagnostic(f: Finding, uri: string, data: DiagnosticData): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: f.docsUrl },
    source: SOURCE,
    message: f.message,
    data,
  };
  if (f.tags?.length) d.tags = f.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  if (f.related?.length) d.relatedInformation = f.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  return d;
}
