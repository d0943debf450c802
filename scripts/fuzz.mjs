#!/usr/bin/env node
// The long fuzz run (issue 9): mutated real-shaped documents through analysis, fix-all and
// every pure feature (test/unit/fuzz/check.ts). The unit suite runs a bounded count; this
// runs as many as asked, split over --jobs workers, and reports the count, time and findings.
//   npm run fuzz -- --runs 100000 [--seed 1] [--jobs 2] [--out /tmp/fuzz-failures]
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const opt = (name, fallback) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : fallback; };
const runs = Number(opt('runs', '10000'));
const seed = Number(opt('seed', String(Date.now() % 1e6)));
const jobs = Math.max(1, Number(opt('jobs', '1')));
const out = opt('out', join(tmpdir(), `postmortem-fuzz-${seed}`));
const root = new URL('..', import.meta.url).pathname;
const started = Date.now();
console.log(`fuzz: ${runs} documents, seed ${seed}, ${jobs} job(s), failing documents in ${out}`);

const finals = [];
await Promise.all(Array.from({ length: jobs }, (_, j) => new Promise((resolve) => {
  const share = Math.floor(runs / jobs) + (j < runs % jobs ? 1 : 0);
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/unit/fuzz/long-run.ts', '--runs', String(share), '--seed', String(seed + j), '--out', out], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let buf = '';
  child.stdout.on('data', (d) => {
    buf += d;
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl); buf = buf.slice(nl + 1);
      console.log(line);
      try { const m = JSON.parse(line); if (m.final) finals.push(m); } catch { /* not a progress line */ }
    }
  });
  child.on('close', (code) => { if (code !== 0) finals.push({ seed: seed + j, crashed: code, done: 0, failing: 0, kinds: {} }); resolve(); });
})));

const done = finals.reduce((n, f) => n + f.done, 0);
const failing = finals.reduce((n, f) => n + f.failing, 0);
const kinds = {};
for (const f of finals) for (const [k, v] of Object.entries(f.kinds ?? {})) kinds[k] = (kinds[k] ?? 0) + v;
console.log(JSON.stringify({ documents: done, failing, seconds: Math.round((Date.now() - started) / 1000), kinds, crashed: finals.filter((f) => f.crashed !== undefined).length }, null, 1));
process.exit(failing === 0 && finals.every((f) => f.crashed === undefined) ? 0 : 1);
