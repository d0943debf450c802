/** Findings -> LSP diagnostics. Fixes travel in `diagnostic.data`, bound to the version. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Fix, Severity } from '../service/index';

export const SOURCE = 'postmortem';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for code actions: never read from the message text. */
export interface DiagnosticData {
  rule: string;
  version: number;
  fixes: Fix[];
}

export function isDiagnosticData(v: unknown): v is DiagnosticData {
  if (!v || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  return typeof d.rule === 'string' && typeof d.version === 'number' && Array.isArray(d.fixes);
}

export function toDiagnostic(f: Finding, uri: string, version: number): Diagnostic {
  const data: DiagnosticData = { rule: f.rule, version, fixes: f.fixes };
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
