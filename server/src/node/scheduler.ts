/** The Scheduler port on Node's timers. */
import type { Scheduler } from '../service/index';

/**
 * A caller back within this time of its last turn did no work in between: it is waiting for
 * something (the session's background loop polls while a short document is analysed) and
 * gets a 1 ms timer, so the wait does not spin the CPU.
 */
const POLLING_MS = 0.5;
let lastResume = Number.NEGATIVE_INFINITY;

export const nodeScheduler: Scheduler = {
  // Between steps of work: setImmediate, which lets other documents' requests (I/O, read in
  // the loop's poll phase) through without sleeping. A 1 ms timer for every step slept far
  // longer on a busy machine: a 10,000-line open takes ~200 steps, and measured in process on
  // the shared 2-core machine, timers added 1.6-2.0 s of idle wall time to its 1.7-3.4 s of
  // CPU (setImmediate: none).
  turn: () => {
    const polling = performance.now() - lastResume < POLLING_MS;
    return new Promise<void>((resolve) => {
      const resume = (): void => {
        lastResume = performance.now();
        resolve();
      };
      if (polling) setTimeout(resume, 1);
      else setImmediate(resume);
    });
  },
  after(ms, callback) {
    const timer = setTimeout(callback, ms);
    return { dispose: () => clearTimeout(timer) };
  },
};
