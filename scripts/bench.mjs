#!/usr/bin/env node
// Keystroke-to-diagnostics benchmark of the built language server (`npm run bench`).
// Not part of `npm test`; builds nothing: run `npm run build` first (it needs dist/server.js).
//
//   node scripts/bench.mjs [--sizes 60,1000,10000] [--edits 40] [--typing-edits 25]
//   (add 100000 to --sizes for the largest size of the targets: its budget is raised, below)
//                          [--interval 150] [--server "node other-server.js --stdio"]
//                          [--reference-edits 10] [--no-reference]
//
// Generates postmortems of each size with test/bench/gen-postmortem.mjs, then runs
// test/bench/lsp-latency.mjs against `node <flags> dist/server.js --stdio`, the server as the
// VS Code client starts it (flags: server/node-flags.json): a closed loop for every size (next
// keystroke after the previous diagnostics) and an open-loop typing run (one key every
// --interval ms whatever the replies) for sizes of 1,000 lines and more. Prints one
// table; the raw JSON lines of every run go to bench-results/<timestamp>.jsonl.
//
// The reference: when ../shared/bench is beside the project, every size is also run (closed
// loop, --reference-edits edits) against its servers/ref-server.mjs, a server that re-parses
// the whole document with remark-parse on each change, right after our own run of that size,
// so the two figures come from the same machine state. The table then gives the ratios.
// The reference is copied into bench-results/ so its imports resolve to this project's
// node_modules (the shared directory is read-only and has none).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { generatePostmortem } from '../test/bench/gen-postmortem.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        sizes: { type: 'string', default: '60,1000,10000' },
        edits: { type: 'string', default: '40' },
        'typing-edits': { type: 'string', default: '25' },
        interval: { type: 'string', default: '150' },
        server: { type: 'string' },
        'reference-edits': { type: 'string', default: '10' },
        'no-reference': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    console.error(`bench: ${e instanceof Error ? e.message : String(e)} (see --help)`);
    process.exit(2);
  }
})();
if (values.help) {
  // The usage is the header comment above: print it rather than keep a second copy.
  const head = readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1).filter((l) => l.startsWith('//'));
  console.log(head.map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}

// By default the server as the VS Code client starts it: with its V8 flags (server/node-flags.json).
const nodeFlags = JSON.parse(readFileSync(join(root, 'server/node-flags.json'), 'utf8')).execArgv;
const serverCmd = values.server ? values.server.split(/\s+/).filter(Boolean) : [process.execPath, ...nodeFlags, join(root, 'dist/server.js'), '--stdio'];
if (!values.server && !existsSync(join(root, 'dist/server.js'))) {
  console.error('bench: dist/server.js not found; run `npm run build` first.');
  process.exit(2);
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outDir = join(root, 'bench-results');
const docDir = join(outDir, `docs-${stamp}`);
mkdirSync(docDir, { recursive: true });
const jsonFile = join(outDir, `${stamp}.jsonl`);
const harness = join(root, 'test/bench/lsp-latency.mjs');
/** The server's default size budget in kilobytes: the `postmortem.maxFileSize` setting's default, as the manifest declares it. */
const DEFAULT_MAX_KB = [JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).contributes.configuration].flat()
  .map((c) => c.properties?.['postmortem.maxFileSize']?.default).find((d) => typeof d === 'number');
if (DEFAULT_MAX_KB === undefined) {
  console.error('bench: package.json declares no default for postmortem.maxFileSize');
  process.exit(2);
}

const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error(`bench: --sizes takes positive line counts separated by commas, not "${values.sizes}"`);
  process.exit(2);
}
const referenceCmd = values['no-reference'] ? undefined : copyReference();
const runs = [];
for (const lines of sizes) {
  // "postmortem" in the name: the server's default globs pick the file up as a postmortem.
  const file = join(docDir, `postmortem-${lines}.md`);
  const text = generatePostmortem({ lines });
  writeFileSync(file, text);
  // A document over the server's size budget (maxFileSize, 1,024 KB by default: 100,000
  // generated lines are ~8 MB) would be skipped with one finding, not linted: the budget is
  // raised for it, as a user who lints such a file does.
  const kb = Math.ceil(text.length / 1024);
  const settings = kb > DEFAULT_MAX_KB ? ['--settings', JSON.stringify({ postmortem: { maxFileSize: kb + 1 } })] : [];
  runs.push({ lines, file, kind: 'closed', args: ['--edits', values.edits, ...settings], cmd: serverCmd });
  // The reference re-parses everything on each keystroke (~20 s at 100,000 lines): a few edits tell its cost.
  const refEdits = lines >= 50_000 ? String(Math.min(3, Number(values['reference-edits']))) : values['reference-edits'];
  if (referenceCmd) runs.push({ lines, file, kind: 'reference', args: ['--edits', refEdits], cmd: referenceCmd });
  if (lines >= 1000) runs.push({ lines, file, kind: 'typing', args: ['--edits', values['typing-edits'], '--interval', values.interval, ...settings], cmd: serverCmd });
}

/** The shared reference server, copied where this project's packages resolve; undefined without ../shared/bench. */
function copyReference() {
  const shared = join(root, '../shared/bench');
  const server = join(shared, 'servers/ref-server.mjs');
  if (!existsSync(server) || !existsSync(join(shared, 'pipeline.mjs'))) {
    process.stderr.write('bench: ../shared/bench not found: no reference run\n');
    return undefined;
  }
  const dir = join(outDir, 'reference');
  mkdirSync(join(dir, 'servers'), { recursive: true });
  copyFileSync(server, join(dir, 'servers/ref-server.mjs'));
  copyFileSync(join(shared, 'pipeline.mjs'), join(dir, 'pipeline.mjs'));
  return [process.execPath, join(dir, 'servers/ref-server.mjs'), '--stdio'];
}

let failed = 0;
for (const run of runs) {
  const label = `${run.kind}-${run.lines}`;
  process.stderr.write(`bench: ${label} ...\n`);
  const r = spawnSync(process.execPath, [harness, '--file', run.file, '--label', label, '--json', jsonFile, ...run.args, '--', ...run.cmd], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    failed++;
    process.stderr.write(r.stdout + r.stderr);
  }
}

const rows = existsSync(jsonFile) ? readFileSync(jsonFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
const f = (x) => (x == null || Number.isNaN(x) ? '-' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const cols = ['run', 'lines', 'p50 ms', 'p95 ms', 'first diag ms', 'RSS MB', 'CPU/key ms', 'settle ms'];
const cpuPerKey = (r) => (r.edits ? (1000 * r.serverCpuDuringEditsS) / r.edits : NaN);
const table = rows.map((r) => {
  const [kind, lines] = String(r.label).split('-');
  return [kind, lines, r.ok ? f(r.editMedianMs) : 'FAILED', f(r.editP95Ms), f(r.openMs), f(r.rssAfterEditsMB ?? r.rssAfterOpenMB), f(cpuPerKey(r)), kind === 'typing' ? f(r.settleMs) : ''];
});
const widths = cols.map((c, i) => Math.max(c.length, ...table.map((row) => String(row[i]).length)));
const line = (row) => row.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
console.log(`server: ${serverCmd.join(' ')}`);
if (referenceCmd) console.log(`reference: ${referenceCmd.join(' ')}`);
console.log(line(cols));
for (const row of table) console.log(line(row));
// Ours against the reference of the same size and run: < 1 means faster.
const find = (kind, lines) => rows.find((r) => r.label === `${kind}-${lines}` && r.ok);
const ratios = sizes.map((n) => [n, find('closed', n), find('reference', n)]).filter(([, a, b]) => a && b);
if (ratios.length) {
  console.log('ours / reference (closed loop): ' + ratios.map(([n, a, b]) => `${n} lines p50 ${(a.editMedianMs / b.editMedianMs).toFixed(2)}x, first diag ${(a.openMs / b.openMs).toFixed(2)}x`).join('; '));
}
// How CPU per keystroke grows with the size (log-log slope between the smallest and largest of 1,000 lines or more).
const grown = sizes.filter((n) => n >= 1000).map((n) => [n, find('closed', n)]).filter(([, r]) => r);
if (grown.length >= 2) {
  const [n0, r0] = grown[0];
  const [n1, r1] = grown[grown.length - 1];
  console.log(`CPU per keystroke, log-log slope ${n0} -> ${n1} lines: ${(Math.log(cpuPerKey(r1) / cpuPerKey(r0)) / Math.log(n1 / n0)).toFixed(2)}`);
}
console.log(`raw results: ${jsonFile}`);
process.exit(failed ? 1 : 0);
