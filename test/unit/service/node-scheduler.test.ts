/**
 * The Node host's scheduler (server/src/node/scheduler.ts): a turn between steps of work is
 * an event-loop turn that never sleeps, however little work the step before it did (a guess
 * that a quick return meant polling put a keystroke's fast rule steps on 1 ms timers).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodeScheduler } from '../../../server/src/node/scheduler';

test('turns taken back to back, with no work between them, never wait on a timer', async () => {
  const real = globalThis.setTimeout;
  let timers = 0;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => { timers++; return real(...args); }) as typeof setTimeout;
  try {
    for (let i = 0; i < 50; i++) await nodeScheduler.turn();
  } finally {
    globalThis.setTimeout = real;
  }
  assert.equal(timers, 0);
});

test('after() runs its callback once, and not at all once disposed', async () => {
  let ran = 0;
  const kept = new Promise<void>((resolve) => nodeScheduler.after(1, () => { ran++; resolve(); }));
  nodeScheduler.after(1, () => { ran += 10; }).dispose();
  await kept;
  await new Promise<void>((resolve) => setImmediate(resolve));
  assert.equal(ran, 1);
});
