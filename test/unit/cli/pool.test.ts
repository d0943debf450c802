/**
 * The CLI's worker pool (cli/pool.ts) with small stand-in workers: every task gets exactly
 * one result, by its number, whether a worker answered, threw on it or died holding it; and
 * every failure is described. (The real worker, the bundle, is tested in
 * test/protocol/cli-workers.test.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { POOL_COUNTER, runPool, serveTasks } from '../../../server/src/cli/pool';

const dir = mkdtempSync(join(tmpdir(), 'pm-pool-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A worker speaking the pool's protocol (as serveTasks does) over tasks that are numbers:
 * the result of task i is `w:i*i`. It raises `signal` when it has claimed its first task (the
 * main thread waits for that, so the workers surely take a share), and on that first task
 * it throws (`first: 'throw'`) or ends the thread (`first: 'die'`) when asked.
 */
const STAND_IN = join(dir, 'worker.js');
writeFileSync(STAND_IN, `
const { parentPort, workerData } = require('node:worker_threads');
const counter = new Int32Array(workerData[${JSON.stringify(POOL_COUNTER)}]);
const signal = new Int32Array(workerData.signal);
let first = true;
for (let i = Atomics.add(counter, 0, 1); i < workerData.count; i = Atomics.add(counter, 0, 1)) {
  const was = first;
  first = false;
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
  if (was && workerData.first === 'die') process.exit(3);
  if (was && workerData.first === 'throw') { parentPort.postMessage({ index: i, error: 'task ' + i + ' threw' }); continue; }
  parentPort.postMessage({ index: i, result: 'w:' + i * i });
}
parentPort.postMessage({ done: true });
`);

async function pool(count: number, size: number, first?: 'throw' | 'die') {
  const signal = new SharedArrayBuffer(4);
  const here: number[] = [];
  const run = await runPool<string>({
    script: STAND_IN, size, count, data: { count, signal, first },
    here: (i) => {
      // Not a sleep: the main thread blocks until a worker has claimed a task (10 s at most).
      if (here.length === 0) Atomics.wait(new Int32Array(signal), 0, 0, 10_000);
      here.push(i);
      return `m:${i * i}`;
    },
    describe: (i) => `task ${i}`,
  });
  return { ...run, here };
}

test('every task is answered once, by number, by a worker or by the main thread', async () => {
  const { results, failures, here } = await pool(200, 2);
  assert.deepEqual(failures, []);
  assert.equal(results.length, 200);
  results.forEach((r, i) => assert.match(r ?? '', new RegExp(`^[wm]:${i * i}$`), `task ${i}`));
  assert.ok(results.some((r) => r?.startsWith('w:')), 'the workers took tasks');
  assert.deepEqual(here, results.flatMap((r, i) => (r?.startsWith('m:') ? [i] : [])), 'the main thread ran the others, each once');
});

test('a task that threw in a worker is left to the caller and described', async () => {
  const { results, failures } = await pool(100, 1, 'throw');
  const missing = results.flatMap((r, i) => (r === undefined ? [i] : []));
  assert.equal(missing.length, 1, 'the task that threw, only');
  assert.deepEqual(failures, [`task ${missing[0]} failed in a worker thread: task ${missing[0]} threw`]);
});

test('a worker that dies holding a task leaves that task to the caller, and says so', async () => {
  const { results, failures } = await pool(100, 1, 'die');
  const missing = results.flatMap((r, i) => (r === undefined ? [i] : []));
  assert.equal(missing.length, 1, 'the task it held, only');
  assert.deepEqual(failures, ['a worker thread stopped (exit code 3) before it finished']);
  assert.ok(results.every((r, i) => r === undefined || r === `m:${i * i}`), 'the main thread ran every other task');
});

test('a worker script that cannot load is reported, and the main thread does every task', async () => {
  const broken = join(dir, 'broken.js');
  writeFileSync(broken, 'throw new Error("no such bundle");');
  const run = await runPool<string>({ script: broken, size: 2, count: 5, data: {}, here: (i) => `m:${i}`, describe: (i) => `task ${i}` });
  assert.deepEqual(run.results, ['m:0', 'm:1', 'm:2', 'm:3', 'm:4']);
  assert.equal(run.failures.length, 2);
  for (const f of run.failures) assert.match(f, /^a worker thread failed: Error: no such bundle/);
});

test('serveTasks runs what it claims from the shared counter, posts each result or error, then done', () => {
  const shared = new SharedArrayBuffer(4);
  const counter = new Int32Array(shared);
  Atomics.store(counter, 0, 2); // tasks 0 and 1 were claimed elsewhere
  const posted: unknown[] = [];
  serveTasks({ [POOL_COUNTER]: shared }, 5, (i) => { if (i === 3) throw new Error('bad task'); return i * 10; }, (m) => posted.push(m));
  assert.equal(posted.length, 4);
  assert.deepEqual(posted[0], { index: 2, result: 20 });
  assert.equal((posted[1] as { index: number }).index, 3);
  assert.match((posted[1] as { error: string }).error, /^Error: bad task/);
  assert.deepEqual(posted.slice(2), [{ index: 4, result: 40 }, { done: true }]);
  assert.throws(() => serveTasks({}, 1, () => 0, () => undefined), /no task counter/);
});
