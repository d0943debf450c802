#!/usr/bin/env node
// Runs the test suites with node's own test runner (TypeScript through tsx).
//   node scripts/test.mjs            unit + protocol + e2e (e2e is skipped with a reason when
//                                   code-server or chromium is not installed: see test/e2e/README.md)
//   node scripts/test.mjs unit|protocol|e2e [more suites]
// (one file alone: node --import tsx --test test/unit/<file>.test.ts)
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const suites = process.argv.slice(2).length ? process.argv.slice(2) : ['unit', 'protocol', 'e2e'];

function findTests(dir) {
  let out = [];
  let names = [];
  try { names = readdirSync(dir); } catch { return out; }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(findTests(p));
    else if (name.endsWith('.test.ts') || name.endsWith('.test.mjs')) out.push(relative(root, p));
  }
  return out.sort();
}

// The unit suite runs in one process (test/unit/run-all.ts requires every .test.ts under a
// suite named by its file): a process per file re-transpiled and re-loaded the core each time.
const UNIT_ENTRY = 'test/unit/run-all.ts';
const files = suites.flatMap((s) => {
  const found = findTests(join(root, 'test', s));
  if (s !== 'unit') return found;
  return [...(found.some((f) => f.endsWith('.test.ts')) ? [UNIT_ENTRY] : []), ...found.filter((f) => !f.endsWith('.test.ts'))];
});
if (files.length === 0) {
  console.error(`no test files for suites: ${suites.join(', ')}`);
  process.exit(1);
}
const concurrency = suites.includes('e2e') && suites.length === 1 ? ['--test-concurrency=1'] : [];
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...concurrency, ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
