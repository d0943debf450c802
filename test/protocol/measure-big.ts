/**
 * Issue 9 item 5's figures (not a test: `node --import tsx test/protocol/measure-big.ts 1 10 50`).
 * For each size in MB (10^6 characters, so "1" is within the default 1 MiB budget): a fresh
 * server (pull diagnostics, default settings, the bundle in dist/: `npm run build` first)
 * answers a small postmortem once (its baseline), then a generated postmortem of that size is
 * opened and its diagnostics asked for. Twice: alone, for the time to the big document's
 * first diagnostics (wall, and the server's CPU time, which the shared machine's load
 * distorts less) and the server's peak RSS (VmHWM) and its growth over the RSS before the
 * big document was opened; then with the small document edited and its diagnostics asked
 * for again and again (one at a time) until the big one's arrive, for the small document's
 * latency meanwhile (median and worst of the samples).
 */
import { readFileSync } from 'node:fs';
import { LspClient, fixtureUri } from './client';
import { POSTMORTEM, POSTMORTEM_TEXT, codes } from './fixture';

function bigPostmortem(mb: number): string {
  const head = '# Postmortem: queue backlog\n\n## Summary\n\nFrom 10:00 to 14:00 UTC 30% of jobs were delayed.\n\n## Timeline\n\n';
  const parts: string[] = [head];
  let length = head.length;
  for (let i = 0; length < mb * 1_000_000; i++) {
    const line = `- ${String(10 + (Math.floor(i / 60) % 4)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC: worker ${i} drained its part of the queue and reported back.\n`;
    parts.push(line);
    length += line.length;
  }
  return parts.join('');
}

const status = (pid: number | undefined, field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${String(pid)}/status`, 'utf8'))?.[1] ?? 0) / 1024;
/** utime + stime of the process, in ms (clock ticks of 10 ms). */
const cpuMs = (pid: number | undefined): number => {
  const fields = readFileSync(`/proc/${String(pid)}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

interface Run { bigMs: number; cpuMs: number; growth: number; peak: number; ds: Awaited<ReturnType<LspClient['pull']>>; samples: number[] }

/** One fresh server: the big document's first diagnostics, with the small one probed meanwhile or not. */
async function run(text: string, probe: boolean): Promise<Run> {
  const c = await LspClient.start({ pull: true, configuration: true });
  try {
    const pid = c.proc.pid;
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    await c.pull(POSTMORTEM);
    const rss0 = status(pid, 'VmRSS');
    const cpu0 = cpuMs(pid);
    const big = fixtureUri('big-postmortem.md');
    const t0 = performance.now();
    await c.open(big, text);
    let bigMs = 0;
    let cpu = 0;
    let done = false;
    const bigDone = c.pull(big, 600_000).then((ds) => { bigMs = performance.now() - t0; cpu = cpuMs(pid) - cpu0; done = true; return ds; });
    const samples: number[] = [];
    for (let i = 0; probe && !done; i++) {
      const t1 = performance.now();
      await c.change(POSTMORTEM, [{ text: `${POSTMORTEM_TEXT}\n<!-- edit ${i} -->\n` }]);
      await c.pull(POSTMORTEM);
      if (!done) samples.push(performance.now() - t1);
    }
    const ds = await bigDone;
    const peak = status(pid, 'VmHWM');
    return { bigMs, cpuMs: cpu, growth: peak - rss0, peak, ds, samples };
  } finally {
    await c.shutdown();
  }
}

async function main(): Promise<void> {
  for (const arg of process.argv.slice(2)) {
    const mb = Number(arg);
    const text = bigPostmortem(mb);
    // Alone: the time and memory of the big document; then again with the small one probed.
    const a = await run(text, false);
    const b = await run(text, true);
    const ds = a.ds;
    console.log(
      `${mb} MB: first diagnostics ${(a.bigMs / 1000).toFixed(1)} s (server CPU ${(a.cpuMs / 1000).toFixed(1)} s) [${[...new Set(codes(ds))].join(', ')}] (${ds.length}, ${(JSON.stringify(ds).length / 1e6).toFixed(1)} MB of JSON); ` +
      `peak RSS ${a.peak.toFixed(0)} MB, growth ${a.growth.toFixed(0)} MB (${(a.growth / mb).toFixed(0)}x); ` +
      `small document meanwhile median ${median(b.samples).toFixed(0)} ms, worst ${Math.max(0, ...b.samples).toFixed(0)} ms (${b.samples.length} samples; big one then ${(b.bigMs / 1000).toFixed(1)} s)`,
    );
  }
}

void main();
