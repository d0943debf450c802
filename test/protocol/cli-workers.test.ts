/**
 * The built CLI (bin/postmortem-lint.js over dist/cli.js) with its files shared among worker
 * threads writes exactly what it writes in one thread: stdout, stderr and the exit code in
 * every format, and with --fix the same files on disk. The workers are the bundle itself; a
 * preload (test-only) counts the threads the run starts, so a run that silently stayed in
 * one thread fails here.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'postmortem-lint.js');
const work = mkdtempSync(join(tmpdir(), 'pm-cli-workers-'));
const docs = join(work, 'docs');
const counter = join(work, 'count-workers.cjs');
test.after(() => rmSync(work, { recursive: true, force: true }));

/** Fixable (a heading without its space), out of order, with an unowned task. */
const HANDWRITTEN = `#Checkout errors on May 9, 2024

## Summary

On May 9, 2024, from 10:00 to 10:40 UTC, 20% of checkouts failed.

## Timeline (UTC)

- 10:00 the consumer deploy starts
- 10:20 the rollback completes
- 10:05 alerts fire on queue depth

## Action Items

- [ ] Add a canary step to consumer deploys
`;

async function layout(): Promise<void> {
  const generator = pathToFileURL(join(ROOT, 'test', 'bench', 'gen-postmortem.mjs')).href;
  const { generatePostmortem } = (await import(generator)) as { generatePostmortem(o: { lines: number; seed: number; disorder?: number }): string };
  mkdirSync(join(docs, 'team'), { recursive: true });
  for (let i = 0; i < 14; i++) {
    const where = i % 3 === 0 ? join(docs, 'team') : docs;
    writeFileSync(join(where, `incident-${i}-postmortem.md`), generatePostmortem({ lines: 60 + 15 * i, seed: 1000 + i, disorder: i % 4 }));
  }
  writeFileSync(join(docs, 'checkout-postmortem.md'), HANDWRITTEN);
  writeFileSync(join(docs, 'notes.md'), 'Shopping list: milk, eggs.\n');
  // An rc file problem: said once for all the files under it, whichever thread met it first.
  writeFileSync(join(docs, 'team', '.postmortemrc.json'), JSON.stringify({ rules: { 'no-such-rule': 'off', 'task-owner': 'error' } }));
  writeFileSync(join(docs, 'broken-postmortem.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02, 0xff]));
  // Counts the worker threads a run starts (the bundle creates them through this constructor).
  writeFileSync(counter, `
const wt = require('node:worker_threads');
if (wt.isMainThread) {
  const Base = wt.Worker;
  let n = 0;
  wt.Worker = class extends Base { constructor(...a) { super(...a); n++; } };
  process.on('exit', () => require('node:fs').writeFileSync(process.env.PM_COUNT_FILE, String(n)));
}
`);
}

interface Run { status: number | null; stdout: string; stderr: string; workers: number }

function lint(args: readonly string[], cwd: string, workers: number): Run {
  const countFile = join(work, `count-${process.hrtime.bigint()}`);
  const r = spawnSync(process.execPath, ['--require', counter, BIN, ...args], {
    cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, POSTMORTEM_LINT_WORKERS: String(workers), PM_COUNT_FILE: countFile, NO_COLOR: '1' },
  });
  let started = NaN;
  try { started = Number(readFileSync(countFile, 'utf8')); } catch {
    assert.fail(`${args.join(' ')}: the run ended without its exit handlers (${r.signal ?? r.status}): ${r.error?.message ?? ''}\n${r.stderr.slice(-2000)}`);
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, workers: started };
}

function same(one: Run, many: Run, what: string): void {
  assert.equal(one.workers, 0, `${what}: the serial run starts no worker`);
  assert.equal(many.workers, 2, `${what}: the parallel run starts its workers`);
  assert.equal(many.stdout, one.stdout, `${what}: stdout`);
  assert.equal(many.stderr, one.stderr, `${what}: stderr`);
  assert.equal(many.status, one.status, `${what}: exit code`);
}

test('in every format, the run over worker threads writes what the run in one thread writes', { timeout: 300_000 }, async () => {
  await layout();
  for (const args of [[], ['--format', 'json'], ['--format', 'sarif'], ['--format', 'github'], ['--format', 'junit'], ['--quiet', '--max-warnings', '0']]) {
    const argv = [...args, 'docs', 'docs/notes.md'];
    const one = lint(argv, work, 0);
    same(one, lint(argv, work, 2), argv.join(' '));
    assert.equal(one.status, 2, 'the binary file is unreadable: exit 2');
    assert.match(one.stderr, /cannot read docs\/broken-postmortem\.md: a binary file/);
    assert.equal(one.stderr.split('\n').filter((l) => l.includes('no-such-rule')).length, 1, 'the rc file problem is said once');
  }
  const json = JSON.parse(lint(['--format', 'json', 'docs'], work, 2).stdout) as { file: string; findings: unknown[] }[];
  assert.equal(json.length, 16, 'every readable file is reported');
  assert.ok(json.filter((f) => f.findings.length > 0).length >= 10, 'with findings');
});

test('--fix over worker threads writes the same files and says the same, a link beside its target included', { timeout: 300_000 }, () => {
  const runs = [0, 2].map((workers) => {
    const dir = join(work, `fix-${workers}`);
    cpSync(docs, dir, { recursive: true });
    rmSync(join(dir, 'broken-postmortem.md'));
    // Named before its target: one thread reads the link (not written through) before the target is fixed.
    symlinkSync(join(dir, 'checkout-postmortem.md'), join(dir, 'a-link-postmortem.md'));
    const run = lint(['--fix', 'a-link-postmortem.md', '.', 'checkout-postmortem.md'], dir, workers);
    const files = Object.fromEntries(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((f) => {
      try { return [f, readFileSync(join(dir, f), 'utf8')]; } catch { return [f, '(a folder)']; }
    }));
    return { run, files };
  });
  const [one, many] = runs as [typeof runs[0], typeof runs[0]];
  same(one.run, many.run, '--fix');
  assert.deepEqual(many.files, one.files, 'the same text in every file');
  assert.match(one.run.stderr, /not fixed: a-link-postmortem\.md is a link/);
  assert.match(one.run.stdout, /--fix: \d+ fix(es)? in \d+ files?/);
  assert.notEqual(one.files['checkout-postmortem.md'], HANDWRITTEN, 'the target was fixed');
});
