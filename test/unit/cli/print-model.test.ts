/** `--print-model` speaks the CLI's coordinates: 1-based lines and columns, like the findings. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toOneBased } from '../../../server/src/cli/model-json';
import { readFixtureDocument } from '../fixture-harness';

const root = join(__dirname, '..', '..', '..');

test('positions become 1-based {line, column}; line-number fields shift by one', () => {
  const out = toOneBased({ line: 0, endLine: 2, contentStart: 1, end: 4, timeRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, minutes: 0 });
  assert.deepEqual(out, { line: 1, endLine: 3, contentStart: 2, end: 4, timeRange: { start: { line: 1, column: 1 }, end: { line: 1, column: 6 } }, minutes: 0 });
});

test('the CLI prints the model of a plain-lines postmortem with 1-based lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-print-model-'));
  const file = join(dir, 'one-paragraph.md');
  writeFileSync(file, readFixtureDocument(join(root, 'test', 'fixtures', 'structure', 'one-paragraph.md')));
  const r = spawnSync(process.execPath, [join(root, 'bin', 'postmortem-lint.js'), '--print-model', file], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  assert.equal(r.status, 0, r.stderr);
  const [doc] = JSON.parse(r.stdout) as { sections: { kind: string; line: number }[]; timeline: { line: number; time: string; timeText: string }[]; tasks: { line: number }[] }[];
  assert.ok(doc);
  assert.deepEqual(doc.sections.map((s) => `${s.kind}@${s.line}`), ['summary@3', 'timeline@5', 'root-cause@11', 'measures@13', 'action-items@17']);
  assert.deepEqual(doc.timeline.map((e) => `${e.line} ${e.timeText} ${e.time}`).slice(0, 2), ['6 9:10 AM 09:10', '7 9:20 AM 09:20']);
  assert.deepEqual(doc.tasks.map((t) => t.line), [18, 19]);
});
