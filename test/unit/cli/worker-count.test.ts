/** When the CLI shares its files among worker threads (cli.ts workerCount): only when it pays. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { workerCount } from '../../../server/src/cli';
import { parseCli } from '../../../server/src/cli/args';

const dir = mkdtempSync(join(tmpdir(), 'pm-workers-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

function files(n: number, kb: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const f = join(dir, `${n}-${kb}-${i}.md`);
    writeFileSync(f, 'x'.repeat(kb * 1024));
    return f;
  });
}

/** 10 MB in 100 files: enough text for any number of workers. */
const many = files(100, 100);
const opts = (...args: string[]) => parseCli([...args, 'docs'], false);
const idle = { cores: 8, load: 0 };
const count = (o: ReturnType<typeof opts>, f: string[], env: NodeJS.ProcessEnv = {}, m = idle) => workerCount({ opts: o, files: f }, env, m.cores, m.load);

test('none for a few small files, one per 256 KB of text beyond that, at most one per idle core beyond the first, at most 4', () => {
  assert.equal(count(opts(), files(20, 10)), 0, '200 KB: a worker costs more than it saves');
  assert.equal(count(opts(), files(1, 4000)), 0, 'one file: nothing to share');
  assert.equal(count(opts(), files(10, 60)), 2, '600 KB');
  assert.equal(count(opts(), many), 4, 'at most 4');
  assert.equal(count(opts(), many, {}, { cores: 2, load: 0 }), 1, 'two cores: the main thread and one worker');
  assert.equal(count(opts(), many, {}, { cores: 1, load: 0 }), 0, 'one core');
});

test('none where the cores are busy (the load average), as many as are idle otherwise', () => {
  assert.equal(count(opts(), many, {}, { cores: 2, load: 1.5 }), 0);
  assert.equal(count(opts(), many, {}, { cores: 2, load: 7 }), 0);
  assert.equal(count(opts(), many, {}, { cores: 8, load: 5.2 }), 1);
});

test('none for --print-model and --action-items (they keep whole analyses); POSTMORTEM_LINT_WORKERS decides otherwise', () => {
  assert.equal(count(opts('--print-model'), many), 0);
  assert.equal(count(opts('--action-items', 'csv'), many), 0);
  assert.equal(count(opts(), many, { POSTMORTEM_LINT_WORKERS: '0' }), 0);
  assert.equal(count(opts(), files(3, 1), { POSTMORTEM_LINT_WORKERS: '2' }, { cores: 1, load: 9 }), 2, 'asked for, whatever the text and the load');
  assert.equal(count(opts(), files(3, 1), { POSTMORTEM_LINT_WORKERS: '9' }), 2, 'never more than the files beyond the first');
  assert.equal(count(opts(), many, { POSTMORTEM_LINT_WORKERS: 'lots' }), 4, 'not a number: as if unset');
  assert.equal(count(opts('--print-model'), many, { POSTMORTEM_LINT_WORKERS: '2' }), 0);
});
