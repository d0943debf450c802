/**
 * The CLI's worker thread: the bundle itself (dist/cli.js) started again in a worker, which
 * lints the files it claims (cli/pool.ts) and posts each outcome without its analysis (the
 * report needs plain data only). It writes nothing itself: what it has to say travels with
 * the outcome and is written by the main thread in file order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CliOptions } from './args';
import type { Outcome } from './lint-file';
import { lintGroup } from './groups';
import { serveTasks } from './pool';
import { RcCache } from '../service/index';

const TAG = 'postmortemLintWorker';

/** The files, the tasks (cli/groups.ts: indices into files) and the run's options. */
export interface CliWorkerData { files: string[]; groups: number[][]; opts: CliOptions; cwd: string }

/** What the main thread gives the pool for the workers (tagged, so the bundle knows it is one). */
export function cliWorkerData(data: CliWorkerData): Record<string, unknown> {
  return { [TAG]: true, ...data };
}

function isCliWorkerData(data: unknown): data is CliWorkerData & Record<string, unknown> {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>)[TAG] === true;
}

/** In a worker started by the CLI's pool: serve it and return true; anywhere else false. */
export function serveIfCliWorker(): boolean {
  if (parentPort === null || !isCliWorkerData(workerData)) return false;
  const port = parentPort;
  const { files, groups, opts, cwd } = workerData;
  const cache = new RcCache();
  // The analysis stays here: the report needs the plain data only (and an analysis holds classes).
  const plain = (o: Outcome): Outcome => ('linted' in o ? { said: o.said, linted: o.linted } : o);
  serveTasks<Outcome[]>(workerData, groups.length, (g) => lintGroup(files, groups[g] ?? [], opts, cwd, cache).map(plain), (m) => port.postMessage(m));
  return true;
}
