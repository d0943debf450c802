#!/usr/bin/env node
// The CLI against markdownlint-cli2 on the same files (`npm run bench:cli`). Not part of
// `npm test`; builds nothing: run `npm run build` first (it runs bin/postmortem-lint.js).
//
//   node scripts/bench-cli.mjs [--rounds 9] [--huge-rounds 3] [--warmup 1] [--lines 100000] [--no-huge]
//                              [--no-corpus] [--dir DIR ...] [--ours "node other/bin.js"]
//                              [--mdl other/node_modules/markdownlint-cli2]
//
// Targets: ../shared/corpus/docs when it exists (and every --dir), and one generated
// postmortem of --lines lines (test/bench/gen-postmortem.mjs) in a temporary folder whose
// .postmortemrc.json raises maxFileSize so that it is linted, not skipped as too large.
// Each round runs both commands once, in alternating order (ours first on even rounds,
// markdownlint-cli2 first on odd ones), so that the machine's load falls on both alike.
// --warmup rounds run first and are not counted (as hyperfine's --warmup): neither command
// then pays for a cold disk cache, nor ours (on Node 22.1 and later) for writing the V8
// compile cache that bin/postmortem-lint.js enables after a build.
// Both get their default output format, captured through a pipe. Prints, per target, the
// median wall time of each and the ratio (ours / markdownlint-cli2: <= 1 is as fast or
// faster), and the median CPU time (user + sys, from /usr/bin/time when it exists).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { generatePostmortem } from '../test/bench/gen-postmortem.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '9' },
    'huge-rounds': { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    lines: { type: 'string', default: '100000' },
    'no-huge': { type: 'boolean', default: false },
    'no-corpus': { type: 'boolean', default: false },
    mdl: { type: 'string' },
    dir: { type: 'string', multiple: true, default: [] },
    ours: { type: 'string' },
  },
});

const ours = values.ours ? values.ours.split(/\s+/).filter(Boolean) : [process.execPath, join(root, 'bin/postmortem-lint.js')];
if (!values.ours && !existsSync(join(root, 'dist/cli.js'))) {
  console.error('bench:cli: dist/cli.js not found; run `npm run build` first.');
  process.exit(2);
}
const mdlDir = values.mdl ? resolve(values.mdl) : join(root, 'node_modules/markdownlint-cli2');
if (!existsSync(join(mdlDir, 'package.json'))) {
  console.error('bench:cli: markdownlint-cli2 is not installed; run `npm ci` (it is a devDependency).');
  process.exit(2);
}
const mdlPackage = JSON.parse(readFileSync(join(mdlDir, 'package.json'), 'utf8'));
const mdlBin = join(mdlDir, mdlPackage.bin['markdownlint-cli2']);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const targets = [];
const corpus = resolve(root, '../shared/corpus/docs');
if (existsSync(corpus) && !values['no-corpus']) targets.push({ name: 'corpus (../shared/corpus/docs)', dir: corpus, rounds: Number(values.rounds) });
for (const d of values.dir) targets.push({ name: d, dir: resolve(d), rounds: Number(values.rounds) });
let tmp = null;
if (!values['no-huge']) {
  tmp = mkdtempSync(join(tmpdir(), 'pm-bench-cli-'));
  const lines = Number(values.lines);
  writeFileSync(join(tmp, `postmortem-${lines}.md`), generatePostmortem({ lines }));
  writeFileSync(join(tmp, '.postmortemrc.json'), JSON.stringify({ maxFileSize: 1_000_000 }));
  targets.push({ name: `generated, ${lines.toLocaleString('en-US')} lines`, dir: tmp, rounds: Number(values['huge-rounds']) });
}
if (targets.length === 0) {
  console.error('bench:cli: nothing to measure (no ../shared/corpus/docs, no --dir, --no-huge).');
  process.exit(2);
}

/** One run: wall ms (measured here) and CPU ms (user + sys, from /usr/bin/time, or null). */
function run(argv, cwd) {
  const timeFile = TIME ? join(tmpdir(), `pm-bench-cli-time-${process.pid}`) : null;
  const cmd = TIME ? [TIME, '-o', timeFile, '-f', '%U %S', ...argv] : argv;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  // Both exit 1 when they find problems; 2 (or a signal) is a failure of the run itself.
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status ?? r.signal}:\n${String(r.stderr).slice(-2000)}`);
  let cpu = null;
  if (timeFile) {
    const [u, s] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    cpu = (u + s) * 1000;
    rmSync(timeFile, { force: true });
  }
  return { wall, cpu };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x === null ? '-' : `${Math.round(x).toLocaleString('en-US')} ms`);

console.log(`node ${process.version}; in each folder, ours: ${ours.join(' ')} .; markdownlint-cli2 ${mdlPackage.version}: '**/*.{md,markdown}'`);
const rows = [];
try {
  for (const t of targets) {
    // Both run in the folder, on the same files: those the CLI reads from a directory
    // (cli/files.ts: *.md and *.markdown, node_modules skipped, as markdownlint-cli2 does).
    const a = [...ours, '.'];
    const b = [process.execPath, mdlBin, '**/*.{md,markdown}'];
    const res = { ours: [], mdl: [] };
    for (let i = 0; i < Number(values.warmup); i++) for (const argv of [a, b]) run(argv, t.dir);
    for (let i = 0; i < t.rounds; i++) {
      const order = i % 2 === 0 ? ['ours', 'mdl'] : ['mdl', 'ours'];
      for (const who of order) res[who].push(run(who === 'ours' ? a : b, t.dir));
      if (process.stderr.isTTY) process.stderr.write(`  ${t.name}: round ${i + 1}/${t.rounds}\r`);
    }
    if (process.stderr.isTTY) process.stderr.write('\x1b[2K\r');
    const cpu = (xs) => (xs.some((x) => x.cpu === null) ? null : median(xs.map((x) => x.cpu)));
    const row = {
      target: t.name, rounds: t.rounds,
      ours: median(res.ours.map((x) => x.wall)), mdl: median(res.mdl.map((x) => x.wall)),
      oursCpu: cpu(res.ours), mdlCpu: cpu(res.mdl),
    };
    rows.push(row);
    console.log(`${row.target} (${row.rounds} paired rounds after ${values.warmup} warm-up)`);
    console.log(`  wall, median:  ours ${ms(row.ours)}  markdownlint-cli2 ${ms(row.mdl)}  ratio ${(row.ours / row.mdl).toFixed(2)}`);
    if (row.oursCpu !== null) console.log(`  CPU, median:   ours ${ms(row.oursCpu)}  markdownlint-cli2 ${ms(row.mdlCpu)}  ratio ${(row.oursCpu / row.mdlCpu).toFixed(2)}`);
  }
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
