// The server's and the CLI's bundles tell V8 to compile every function to its baseline tier
// before any of their code runs (scripts/build.mjs says why and what it measured); the
// library bundle, which runs in someone else's process, does not. And this runtime's V8
// knows the flag: an unknown one would print a warning on every start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const FLAG_LINE = "require('node:v8').setFlagsFromString('--always-sparkplug');";
const firstLine = (file: string): string => readFileSync(join(ROOT, 'dist', file), 'utf8').split('\n', 1)[0] ?? '';

test('the server and CLI bundles set the baseline tier on their first line; the library does not', () => {
  assert.equal(firstLine('server.js'), FLAG_LINE);
  assert.equal(firstLine('cli.js'), FLAG_LINE);
  assert.ok(!readFileSync(join(ROOT, 'dist', 'api.js'), 'utf8').includes('--always-sparkplug'), 'api.js must not set V8 flags');
});

test('the CLI starts with no warning from V8 about the flag', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'postmortem-lint.js'), '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /\d+\.\d+\.\d+/);
});
