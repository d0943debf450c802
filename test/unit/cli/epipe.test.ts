// `postmortem-lint docs | head`: when the reader closes the pipe, the CLI stops quietly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

test('a closed stdout ends the run without an EPIPE stack trace or an internal error', async () => {
  const child = spawn(process.execPath, [join(root, 'bin', 'postmortem-lint.js'), join(root, 'test', 'fixtures')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
  // The reader has gone before the report is written (`| head -1` after its line; `| true`).
  child.stdout.destroy();
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  assert.equal(signal, null);
  assert.ok(code === 0 || code === 1, `exit code ${String(code)}; stderr: ${stderr}`);
  assert.doesNotMatch(stderr, /EPIPE|internal error|Unhandled/);
});
