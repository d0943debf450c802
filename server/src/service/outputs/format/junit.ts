/**
 * JUnit XML, which CI servers (Jenkins, GitLab, Azure Pipelines, CircleCI) show as test
 * results: one `<testsuite>` per file, one failing `<testcase>` per finding (its name is the
 * rule and position, its `<failure type>` the severity), and one passing test case for a
 * file that has no finding, so a clean file is visible as checked rather than absent.
 *
 * Written here rather than with junit-report-builder: that library writes files through
 * node:fs and builds through xmlbuilder, and this core stays free of Node built-ins (the
 * browser bundle uses it); the XML needed is escaping plus six elements.
 */
import type { Severity } from '../../rules/types';
import type { FileReport } from './types';
import { sortFindings, toLocation1 } from './types';

/** XML 1.0 forbids most control characters even escaped; they are shown as `\u` escapes. */
function xmlText(s: string): string {
  return s
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attrs(pairs: Record<string, string | number>): string {
  return Object.entries(pairs).map(([k, v]) => ` ${k}="${xmlText(String(v))}"`).join('');
}

const LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info', hint: 'Hint' };

export function formatJunit(reports: readonly FileReport[], options: { suiteName?: string } = {}): string {
  const name = options.suiteName ?? 'postmortem-lint';
  const out: string[] = [];
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const r of reports) {
    const findings = sortFindings(r.findings);
    const cases: string[] = [];
    for (const f of findings) {
      const loc = toLocation1(f.range);
      const detail = `${r.file}:${loc.line}:${loc.column}: ${LABEL[f.severity]} - ${f.message} (${f.rule})${f.docsUrl ? `\n${f.docsUrl}` : ''}`;
      cases.push(
        `    <testcase${attrs({ classname: r.file, name: `${f.rule} at ${loc.line}:${loc.column}`, time: 0 })}>\n` +
          `      <failure${attrs({ type: f.severity, message: f.message })}>${xmlText(detail)}</failure>\n` +
          `    </testcase>`,
      );
    }
    if (findings.length === 0) cases.push(`    <testcase${attrs({ classname: r.file, name: r.postmortem ? 'postmortem-lint' : 'not a postmortem (not linted)', time: 0 })}/>`);
    tests += cases.length;
    failures += findings.length;
    suites.push(`  <testsuite${attrs({ name: r.file, tests: cases.length, failures: findings.length, errors: 0, skipped: 0, time: 0 })}>\n${cases.join('\n')}\n  </testsuite>`);
  }
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<testsuites${attrs({ name, tests, failures, errors: 0, time: 0 })}>`);
  out.push(...suites);
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
