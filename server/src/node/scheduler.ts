/** The Scheduler port on Node's timers. */
import type { Scheduler } from '../service/index';

export const nodeScheduler: Scheduler = {
  // 1 ms, not setImmediate: other documents' requests (I/O) get through between steps.
  turn: () => new Promise<void>((resolve) => setTimeout(resolve, 1)),
  after(ms, callback) {
    const timer = setTimeout(callback, ms);
    return { dispose: () => clearTimeout(timer) };
  },
};
