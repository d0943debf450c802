import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatJson } from '../../../server/src/service/outputs/format/json';
import { formatStylish, summaryLine } from '../../../server/src/service/outputs/format/stylish';
import { escapeProperty, formatGithub } from '../../../server/src/service/outputs/format/github';
import { formatReports, isFormatName } from '../../../server/src/service/outputs/format/index';
import { REPORTS, RULES } from './fixtures';

test('json: one object per file, 1-based positions, findings in document order, exactly these keys', () => {
  const parsed: unknown = JSON.parse(formatJson(REPORTS));
  assert.ok(Array.isArray(parsed));
  assert.equal(parsed.length, 2);
  assert.deepEqual(parsed[1], { file: 'README.md', postmortem: false, findings: [] });
  const first = parsed[0] as { file: string; postmortem: boolean; findings: Record<string, unknown>[] };
  assert.deepEqual(Object.keys(first), ['file', 'postmortem', 'findings']);
  assert.deepEqual(first.findings.map((f) => f.rule), ['summary-root-cause', 'style-thing', 'timeline-order', 'task-owner']);
  assert.deepEqual(first.findings[2], {
    rule: 'timeline-order',
    severity: 'error',
    message: 'The entry `09:50` is earlier than the one before it (`10:05`); sort the timeline.',
    line: 5,
    column: 3,
    endLine: 5,
    endColumn: 8,
  });
  assert.equal(formatJson([], { pretty: true }), '[]\n');
});

test('stylish: grouped by file, aligned, with the summary line', () => {
  const out = formatStylish(REPORTS);
  const lines = out.split('\n');
  assert.equal(lines[0], '');
  assert.equal(lines[1], 'docs/incidents/queue outage.md');
  assert.match(lines[2]!, /^ {2}1:1 {2}info {5}The summary does not state the root cause\. +summary-root-cause$/);
  assert.match(lines[3]!, /^ {2}3:1 {2}hint {5}Spans lines, with: 100% odd, characters +style-thing$/, 'newlines in messages are flattened');
  assert.match(lines[4]!, /^ {2}5:3 {2}error {4}The entry/);
  assert.match(lines[5]!, /^ {16}sort the timeline\.$/, 'a message wider than the 100-column layout wraps under itself');
  assert.match(lines[6]!, /^ {2}8:7 {2}warning {2}The task/);
  const ruleColumn = lines[2]!.indexOf('summary-root-cause');
  assert.equal(lines[4]!.indexOf('timeline-order'), ruleColumn, 'rule names line up');
  assert.ok(!out.includes('README.md'), 'files without findings are not listed');
  // What was checked: both files, README.md included (it was read, and is not a postmortem).
  assert.equal(lines.at(-2), '2 files, 1 postmortem, 4 problems (1 error, 1 warning, 1 info, 1 hint)');
  assert.ok(!out.includes('\x1b['), 'no colour unless asked');
  assert.ok(formatStylish(REPORTS, { color: true }).includes('\x1b[31merror'));
  // Issue 10: a clean run says so instead of printing nothing.
  assert.equal(formatStylish([{ file: 'a.md', postmortem: true, findings: [] }]), '1 file, 1 postmortem, 0 problems\n');
});

test('stylish: the summary pluralises, and the fixable line appears when asked', () => {
  assert.equal(summaryLine([]), '0 problems (0 errors, 0 warnings, 0 infos, 0 hints)');
  assert.match(formatStylish(REPORTS, { fixOption: '--fix' }), /\n {2}1 problem potentially fixable with `--fix`\.\n$/);
});

test('github: workflow commands with escaped properties and data', () => {
  const lines = formatGithub(REPORTS).trimEnd().split('\n');
  assert.equal(lines.length, 4);
  assert.equal(lines[0], '::notice file=docs/incidents/queue outage.md,line=1,col=1,endLine=1,endColumn=22,title=summary-root-cause::The summary does not state the root cause.');
  assert.equal(lines[1], '::notice file=docs/incidents/queue outage.md,line=3,endLine=5,title=style-thing::Spans lines,%0Awith: 100%25 odd, characters', 'multi-line: no columns');
  assert.ok(lines[2]!.startsWith('::error file=docs/incidents/queue outage.md,line=5,col=3,endLine=5,endColumn=8,title=timeline-order::'));
  assert.ok(lines[3]!.startsWith('::warning '));
  assert.equal(escapeProperty('a:b,c%d\r\ne'), 'a%3Ab%2Cc%25d%0D%0Ae');
  assert.equal(formatGithub([]), '');
});

test('formatReports dispatches by name', () => {
  assert.ok(isFormatName('sarif'));
  assert.ok(!isFormatName('xml'));
  const sarif: unknown = JSON.parse(formatReports('sarif', REPORTS, RULES, { sarif: { informationUri: 'https://example.invalid/pm' } }));
  assert.equal((sarif as { version: string }).version, '2.1.0');
  assert.equal(formatReports('json', REPORTS, RULES, { sarif: { informationUri: 'x' } }), formatJson(REPORTS));
});

test('terminal escape sequences from a document never reach the terminal raw (stylish, github)', async () => {
  const { finding } = await import('./fixtures');
  const { range } = await import('../../../server/src/service/text/source-text');
  const hostile = 'The task `\x1b]0;owned\x07\x1b[2J\x1b[31mred\u009b1m\u202eevil` has no owner.';
  const reports = [{ file: 'docs/\x1b[8mhidden.md', postmortem: true, source: '', findings: [finding({ rule: 'task-owner', severity: 'warning', range: range(0, 0, 0, 1), message: hostile })] }];
  for (const out of [formatStylish(reports, { color: false }), formatStylish(reports, { color: true }).replace(/\x1b\[\d+m/g, ''), formatGithub(reports)]) {
    assert.doesNotMatch(out, /[\x07\x1b\x9b\u202e]/, JSON.stringify(out));
    assert.match(out, /\\u001b\]0;owned\\u0007/);
  }
});
