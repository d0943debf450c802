/**
 * `setImmediate` for the worker, which has none (features/diagnostics.ts yields a turn with
 * it so a burst of typing is answered once). A MessageChannel message runs as a task of its
 * own, as the messages the worker receives do, so those already queued get their turn first
 * in practice (Chromium serves posted messages in order), and without setTimeout's 4 ms
 * clamp on nested timers. Not imported anywhere: esbuild's `inject` (scripts/build.mjs)
 * substitutes it for the global in the browser bundle only.
 */
const queue: (() => void)[] = [];
/** The browser's MessageChannel, as far as used (the server's tsconfig types Node's). */
interface Channel { port1: { onmessage: (() => void) | null }; port2: { postMessage(message: null): void } }
let channel: Channel | undefined;

export function setImmediate(callback: () => void): void {
  if (!channel) {
    channel = new MessageChannel() as unknown as Channel;
    channel.port1.onmessage = () => { queue.shift()?.(); };
  }
  queue.push(callback);
  channel.port2.postMessage(null);
}
