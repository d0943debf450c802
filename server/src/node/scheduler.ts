/** The Scheduler port on Node's timers. */
import type { Scheduler } from '../service/index';

export const nodeScheduler: Scheduler = {
  // Between steps of work: setImmediate, which lets other documents' requests (I/O, read in
  // the loop's poll phase) through without sleeping. A 1 ms timer for every step slept far
  // longer on a busy machine: a 10,000-line open takes ~200 steps, and measured in process on
  // the shared 2-core machine, timers added 1.6-2.0 s of idle wall time to its 1.7-3.4 s of
  // CPU (setImmediate: none). A caller that waits for something polls with `after`
  // (facade/session.ts): guessing a poll from a quick return (a step that did little work)
  // slept a 10,000-line keystroke's fast rule steps on 1 ms timers, ~10 of them.
  turn: () => new Promise<void>((resolve) => setImmediate(resolve)),
  after(ms, callback) {
    const timer = setTimeout(callback, ms);
    return { dispose: () => clearTimeout(timer) };
  },
};
