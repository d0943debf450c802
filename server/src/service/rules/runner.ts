/**
 * Runs the rules over one analysed document. Identity is stamped here, centrally: rule
 * name, configured severity and docs link are added to every report, so no rule can forget
 * them. A rule that throws is reported once as an internal error instead of crashing the
 * server. A malformed fix (a range outside the text or ending before it starts, overlapping
 * edits) is dropped and reported the same way, so no client ever receives one.
 */
import type { SourceText } from '../text/source-text';
import type { Postmortem } from '../model/schema';
import type { DocumentLines } from '../parse/document-lines';
import type { ResolvedConfig } from '../config/schema';
import type { Derived } from '../derive/index';
import type { Finding, Fix, Report, Rule, RuleContext, Severity } from './types';
import { fixProblem } from './fixes/well-formed';

export interface RunOptions {
  docsUrl: (rule: string) => string;
  /** Inline suppression; the runner drops findings it silences. */
  isSuppressed?: (rule: string, line: number) => boolean;
  onRuleError?: (rule: string, error: unknown) => void;
}

export function severityOf(rule: Rule, config: ResolvedConfig): Severity | 'off' {
  return config.rules[rule.meta.name] ?? rule.meta.defaultSeverity;
}

/** One step down: error -> warning -> info -> hint. */
function lower(s: Severity): Severity {
  return s === 'error' ? 'warning' : s === 'warning' ? 'info' : 'hint';
}

export function runRules(
  input: { model: Postmortem; lines: DocumentLines; source: SourceText; config: ResolvedConfig; derived: Derived },
  rules: readonly Rule[],
  opts: RunOptions,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = severityOf(rule, input.config);
    if (severity === 'off') continue;
    const name = rule.meta.name;
    const docsUrl = opts.docsUrl(name);
    const ctx: RuleContext = {
      model: input.model,
      lines: input.lines,
      source: input.source,
      config: input.config,
      derived: input.derived,
      report(r: Report) {
        if (opts.isSuppressed?.(name, r.range.start.line)) return;
        const { uncertain, ...rest } = r;
        const fixes: Fix[] = [];
        for (const fix of r.fixes ?? []) {
          const problem = fixProblem(fix, input.source);
          if (problem === null) fixes.push(fix);
          else opts.onRuleError?.(name, new Error(`malformed fix dropped ("${fix.title}"): ${problem}`));
        }
        findings.push({ ...rest, rule: name, severity: uncertain ? lower(severity) : severity, fixes, docsUrl });
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      opts.onRuleError?.(name, e);
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || a.rule.localeCompare(b.rule));
  return findings;
}
