/**
 * What the editor was last told about each open document: its findings as one numbered
 * result. A new analysis whose findings read the same (rule, severity, range, message,
 * related places, tags; fixes aside) keeps the result, and its number: the pull answers
 * `unchanged`, and the diagnostics the editor holds stay current, so their code actions still
 * work. Any difference (an edit that moves a finding, a setting that changes a severity)
 * starts a new result. A diagnostic names its finding by result and index only (a few bytes)
 * instead of carrying its fixes: the fixes are read from the current analysis when asked for.
 */
import type { Finding } from '../rules/types';

export interface DiagnosticResult {
  /** Unique in the session (1, 2, ...): a diagnostic that names another result is stale. */
  id: number;
  /** The version at which these findings were first computed (diagnostics carry it). */
  version: number;
  findings: readonly Finding[];
}

type Related = NonNullable<Finding['related']>;
type Range = Finding['range'];

const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

function sameRelated(a: Related | undefined, b: Related | undefined): boolean {
  if (!a?.length || !b?.length) return !a?.length && !b?.length;
  return a.length === b.length && a.every((r, i) => r.message === b[i]?.message && sameRange(r.range, b[i].range));
}

function sameTags(a: Finding['tags'], b: Finding['tags']): boolean {
  if (!a?.length || !b?.length) return !a?.length && !b?.length;
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** The same diagnostic to the editor: what it shows and links (fixes are fetched on request). */
function sameReport(a: Finding, b: Finding): boolean {
  return a.rule === b.rule && a.severity === b.severity && a.message === b.message && a.docsUrl === b.docsUrl
    && sameRange(a.range, b.range) && sameRelated(a.related, b.related) && sameTags(a.tags, b.tags);
}

export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || !sameReport(x, y)) return false;
  }
  return true;
}

export class DiagnosticResults {
  private readonly byUri = new Map<string, DiagnosticResult>();
  /** The version of the findings held for each document (a kept result's `version` is its first). */
  private readonly heldVersion = new Map<string, number>();
  private next = 1;

  /** The result for `findings`, computed for `version`: the previous one when they read the same. */
  current(uri: string, version: number, findings: readonly Finding[]): DiagnosticResult {
    const before = this.byUri.get(uri);
    // Findings of an older version than those held (an analysis finished after a newer one:
    // DiagnosticsOptions.finish) are numbered for their answer but replace nothing: the held
    // findings' fixes stay those of the newer text.
    const held = this.heldVersion.get(uri);
    if (before && held !== undefined && version < held) return { id: this.next++, version, findings };
    this.heldVersion.set(uri, version);
    if (before && sameFindings(before.findings, findings)) {
      // Keep the newest findings (their fixes are for the newest text); number and version stay.
      const kept = { ...before, findings };
      this.byUri.set(uri, kept);
      return kept;
    }
    const made = { id: this.next++, version, findings };
    this.byUri.set(uri, made);
    return made;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
    this.heldVersion.delete(uri);
  }
}
