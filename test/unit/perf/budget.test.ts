/**
 * Issue 9 items 5 and 6 at the level of one analysis and of the CLI: the size budget, and
 * long lines cut before parsing with positions kept and a finding that says so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, parseDocument } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/resolve';
import { PARSE_LINE_LIMIT, parseMarkdown } from '../../../server/src/service/parse/markdown';
import { lineStarts, pointOffset } from '../../../server/src/service/parse/lines';
import { runCli } from '../cli/run-cli';

const HEAD = '# Postmortem: queue backlog\n\n## Summary\n\nFrom 10:00 to 14:00 UTC 30% of jobs were delayed.\n\n## Timeline\n\n';
const entries = (n: number): string => Array.from({ length: n }, (_, i) => `- 10:${String(i % 60).padStart(2, '0')} UTC: worker ${i} drained its queue.`).join('\n');

test('over maxFileSize a postmortem is not parsed: one file-too-large finding says why, and its size', () => {
  const text = `${HEAD}${entries(3000)}\n`; // ~120 KB
  const small = resolveConfig([{ enable: 'always', maxFileSize: 64 }]);
  const a = analyze(text, { path: 'postmortem.md', config: small });
  assert.deepEqual(a.findings.map((f) => f.rule), ['file-too-large']);
  assert.match(a.findings[0]?.message ?? '', /KB, over the size budget of 64 KB/);
  assert.equal(a.model.timeline.length, 0, 'nothing was read');
  assert.equal(a.source.text, text, 'positions still refer to the whole document');
  const within = analyze(text, { path: 'postmortem.md', config: resolveConfig([{ enable: 'always' }]) });
  assert.ok(!within.findings.some((f) => f.rule === 'file-too-large'), 'the default budget (1 MB) lints it');
  assert.ok(within.model.timeline.length > 100);
  const off = analyze(text, { path: 'postmortem.md', config: resolveConfig([{ enable: 'always', maxFileSize: 64, rules: { 'file-too-large': 'off' } }]) });
  assert.deepEqual(off.findings, []);
});

test('over the budget, a document that is not a postmortem gets no finding (detection reads its start)', () => {
  const notes = `# Meeting notes\n\n${'We talked about the roadmap and the hiring plan.\n'.repeat(3000)}`;
  const a = analyze(notes, { path: 'notes/meeting.md', config: resolveConfig([{ maxFileSize: 64 }]) });
  assert.equal(a.detection.postmortem, false);
  assert.deepEqual(a.findings, []);
});

test('the CLI skips a file over maxFileSize (.postmortemrc.json) with a message, and lints the others', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-budget-'));
  try {
    writeFileSync(join(dir, '.postmortemrc.json'), JSON.stringify({ maxFileSize: 64 }));
    writeFileSync(join(dir, 'big-postmortem.md'), `${HEAD}${entries(3000)}\n`);
    writeFileSync(join(dir, 'small-postmortem.md'), `${HEAD}${entries(3)}\n`);
    const r = runCli(['--format', 'json', 'big-postmortem.md', 'small-postmortem.md'], dir);
    assert.match(r.stderr, /not linted: big-postmortem\.md is \d+ KB, over maxFileSize \(64 KB\)/);
    assert.doesNotMatch(r.stderr, /small-postmortem/);
    const files = JSON.parse(r.stdout) as { file?: string; filePath?: string; messages?: { ruleId: string }[]; findings?: { rule: string }[] }[];
    const rulesOf = (name: string): string[] => {
      const f = files.find((x) => (x.file ?? x.filePath ?? '').endsWith(name));
      return (f?.messages?.map((m) => m.ruleId) ?? f?.findings?.map((m) => m.rule) ?? []);
    };
    assert.deepEqual(rulesOf('big-postmortem.md'), ['file-too-large']);
    assert.ok(!rulesOf('small-postmortem.md').includes('file-too-large'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a line longer than the parse limit is cut for parsing only: positions after it are the document\'s own', () => {
  const long = `A pasted log: ${'x '.repeat(PARSE_LINE_LIMIT)}*emphasis past the cut*`;
  const text = `# Title\n\n${long}\n\n## Next\n`;
  const tree = parseMarkdown(text);
  const next = tree.children[2];
  assert.equal(next?.type, 'heading');
  assert.equal(next?.position?.start.line, 5);
  // The tree's points carry line and column (no offset): placed by the text's line starts.
  const starts = lineStarts(text);
  assert.ok(next?.position);
  assert.equal(pointOffset(starts, next.position.start), text.indexOf('## Next'));
  const para = tree.children[1];
  assert.ok(para?.position);
  assert.equal(pointOffset(starts, para.position.end), text.indexOf(long) + long.length, 'the paragraph still spans its whole line');
  const textEnd = para?.type === 'paragraph' ? para.children.at(-1)?.position?.end.column ?? 0 : 0;
  assert.ok(textEnd <= PARSE_LINE_LIMIT + 1, `its text ends at the cut (column ${textEnd})`);
  assert.ok(!JSON.stringify(para).includes('"emphasis"'), 'markup past the cut is not read');
  assert.equal(parseDocument(text).source.text, text);
});

test('line-too-long says which line was cut, from the cut to the end of the line', () => {
  const long = `${'word '.repeat(PARSE_LINE_LIMIT / 4)}end`;
  const text = `# Postmortem: payments\n\n## Summary\n\n${long}\n\nShort line.\n`;
  const a = analyze(text, { path: 'postmortem.md', config: resolveConfig([{ enable: 'always' }]) });
  const f = a.findings.filter((x) => x.rule === 'line-too-long');
  assert.equal(f.length, 1);
  assert.deepEqual(f[0]?.range, { start: { line: 4, character: PARSE_LINE_LIMIT }, end: { line: 4, character: long.length } });
  assert.match(f[0]?.message ?? '', new RegExp(`${long.length} characters long; only its first ${PARSE_LINE_LIMIT}`));
  assert.equal(f[0]?.severity, 'info');
});
