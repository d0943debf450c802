/**
 * `postmortem-lint --action-items csv|md|json` on documents in the seeds' shapes: one CSV
 * row per task with its 1-based line, and every format carries the same tasks back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { main } from '../../../server/src/cli';
import { parseCsv } from '../../support/csv';
import { readFixtureDocument } from '../fixture-harness';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'actions');


function run(args: string[], cwd: string): { code: number; out: string } {
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array): boolean => { out += String(chunk); return true; }) as typeof process.stdout.write;
  try {
    return { code: main(args, cwd), out };
  } finally {
    process.stdout.write = write;
  }
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pm-export-'));
  mkdirSync(join(dir, 'postmortems'));
  for (const name of ['plain-lines.md', 'list-sections-numbered.md']) {
    writeFileSync(join(dir, 'postmortems', name), readFixtureDocument(join(FIXTURES, name)));
  }
  return dir;
}

test('CSV: one row per task, with its file and line, the text as written', () => {
  const dir = workspace();
  try {
    const { code, out } = run(['--action-items', 'csv', 'postmortems/plain-lines.md', 'postmortems/list-sections-numbered.md'], dir);
    assert.equal(code, 0);
    const [head, ...rows] = parseCsv(out);
    assert.deepEqual(head, ['file', 'line', 'status', 'task', 'owner', 'due', 'priority', 'tracking', 'type']);
    assert.deepEqual(rows.map((r) => [r[0], r[1]]), [
      ['postmortems/plain-lines.md', '18'], ['postmortems/plain-lines.md', '19'],
      ['postmortems/list-sections-numbered.md', '22'], ['postmortems/list-sections-numbered.md', '23'], ['postmortems/list-sections-numbered.md', '24'],
    ]);
    const lines = readFileSync(join(dir, 'postmortems', 'plain-lines.md'), 'utf8').split('\n');
    for (const r of rows.slice(0, 2)) assert.equal(lines[Number(r[1]) - 1], r[3], 'the row points at the line holding its task');
    assert.ok(rows.every((r) => r[4] === ''), 'no task has an owner');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Markdown and JSON carry the same tasks and lines as the CSV', () => {
  const dir = workspace();
  try {
    const files = ['postmortems/plain-lines.md', 'postmortems/list-sections-numbered.md'];
    const csv = parseCsv(run(['--action-items', 'csv', ...files], dir).out).slice(1).map((r) => `${r[1]} ${r[3]}`);
    const md = run(['--action-items', 'md', ...files], dir).out.trimEnd().split('\n').slice(2)
      .map((l) => l.split(' | ')).map((c) => `${c[1]} ${c[3]}`);
    const json = JSON.parse(run(['--action-items', 'json', ...files], dir).out) as { file: string; tasks: { line: number; text: string }[]; measures: unknown[] }[];
    assert.deepEqual(md, csv);
    assert.deepEqual(json.flatMap((d) => d.tasks.map((t) => `${t.line} ${t.text}`)), csv);
    assert.deepEqual(json.map((d) => d.measures.length), [3, 3]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
