/**
 * Work over many files in worker threads (node:worker_threads), the main thread taking its
 * share too. Tasks are numbered 0..count-1; every thread claims the next number from one
 * shared counter (Atomics on a SharedArrayBuffer), so no thread waits for another to hand out
 * work and a slow file holds up only its own thread. A worker posts each result as
 * `{ index, result }` (or `{ index, error }` when the task threw) and `{ done: true }` last.
 *
 * Nothing is lost: a task a worker failed, or claimed and never answered (the worker died),
 * is left without a result, and the caller runs it itself, in order (see `results`). Every
 * failure is described in `failures`. The protocol of the worker side is `serveTasks`.
 */
import { Worker } from 'node:worker_threads';

export interface PoolRun<R> {
  /** By task number; a hole is a task no worker finished: the caller runs it itself. */
  results: (R | undefined)[];
  /** What went wrong in the workers, one line each (empty when nothing did). */
  failures: string[];
}

export interface PoolOptions<R> {
  /** The worker's script (a CommonJS file that calls `serveTasks`). */
  script: string;
  /** Worker threads to start (the main thread works beside them). */
  size: number;
  count: number;
  /** Given to every worker, with the counter added (`POOL_COUNTER`). */
  data: Record<string, unknown>;
  /** The main thread's own run of task i. */
  here(index: number): R;
  /** The name a task is reported by when it fails (a file name). */
  describe(index: number): string;
}

/** The key of the shared counter in a worker's workerData. */
export const POOL_COUNTER = 'poolCounter';

type Message<R> = { index: number; result: R } | { index: number; error: string } | { done: true };

function claim(counter: Int32Array): number { return Atomics.add(counter, 0, 1); }

export async function runPool<R>(options: PoolOptions<R>): Promise<PoolRun<R>> {
  const { count } = options;
  const shared = new SharedArrayBuffer(4);
  const counter = new Int32Array(shared);
  const results: (R | undefined)[] = new Array<R | undefined>(count).fill(undefined);
  const failures: string[] = [];
  const finished = Array.from({ length: options.size }, () => new Promise<void>((resolve) => {
    let done = false;
    let failed = false;
    let worker: Worker;
    try {
      worker = new Worker(options.script, { workerData: { ...options.data, [POOL_COUNTER]: shared } });
    } catch (e) {
      failures.push(`a worker thread could not start: ${e instanceof Error ? e.message : String(e)}`);
      resolve();
      return;
    }
    worker.on('message', (m: Message<R>) => {
      if ('done' in m) done = true;
      else if ('error' in m) failures.push(`${options.describe(m.index)} failed in a worker thread: ${m.error}`);
      else results[m.index] = m.result;
    });
    worker.on('messageerror', (e) => failures.push(`a worker thread's result could not be read: ${e.message}`));
    worker.on('error', (e) => {
      failed = true;
      failures.push(`a worker thread failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    });
    worker.on('exit', (code) => {
      if (!done && !failed) failures.push(`a worker thread stopped (exit code ${code}) before it finished`);
      resolve();
    });
  }));
  for (let i = claim(counter); i < count; i = claim(counter)) results[i] = options.here(i);
  await Promise.all(finished);
  return { results, failures };
}

/** The worker's side: run every task it can claim, post each result, then `done`. */
export function serveTasks<R>(data: Record<string, unknown>, count: number, task: (index: number) => R, post: (m: Message<R>) => void): void {
  const shared = data[POOL_COUNTER];
  if (!(shared instanceof SharedArrayBuffer)) throw new Error('serveTasks: no task counter in workerData');
  const counter = new Int32Array(shared);
  for (let i = claim(counter); i < count; i = claim(counter)) {
    let result: R;
    try { result = task(i); } catch (e) {
      post({ index: i, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      continue;
    }
    post({ index: i, result });
  }
  post({ done: true });
}
