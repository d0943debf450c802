/**
 * Issue 9 item 5's figures (not a test: `node --import tsx test/protocol/measure-big.ts 1 10 50`).
 * For each size in MB (10^6 characters, so "1" is within the default 1 MiB budget): a fresh server (pull diagnostics, default settings), a generated
 * postmortem of that size opened and its diagnostics asked for; 100 ms later a small
 * postmortem is opened and asked for. Prints the time to the big document's first
 * diagnostics, the small one's latency meanwhile, and the server's peak RSS (VmHWM).
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

const hwm = (pid: number | undefined): number => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${String(pid)}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function main(): Promise<void> {
for (const arg of process.argv.slice(2)) {
  const mb = Number(arg);
  const text = bigPostmortem(mb);
  const c = await LspClient.start({ pull: true, configuration: true });
  try {
    const big = fixtureUri('big-postmortem.md');
    const t0 = performance.now();
    await c.open(big, text);
    let bigMs = 0;
    const bigDone = c.pull(big).then((ds) => { bigMs = performance.now() - t0; return ds; });
    await new Promise((r) => setTimeout(r, 100));
    const t1 = performance.now();
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const small = await c.pull(POSTMORTEM);
    const smallMs = performance.now() - t1;
    const ds = await bigDone;
    console.log(`${mb} MB: first diagnostics ${(bigMs / 1000).toFixed(1)} s [${[...new Set(codes(ds))].join(', ')}] (${ds.length}); small document meanwhile ${smallMs.toFixed(0)} ms (${small.length} diagnostics); peak RSS ${hwm(c.proc.pid).toFixed(0)} MB (${(hwm(c.proc.pid) / (text.length / 1_000_000)).toFixed(0)}x)`);
  } finally {
    await c.shutdown();
  }
}
}

void main();
