// The README shows what `postmortem-lint docs/examples` prints (the newcomer's first command).
// This fails when the examples, a rule or the stylish format change and the README still shows
// the old output: every line of its example block but `...` must be printed, in that order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './run-cli';

const ROOT = join(import.meta.dirname, '..', '..', '..');

test("the README's example run is what the CLI prints on docs/examples", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /```text\n(docs\/examples\/[\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'README.md has no ```text block starting with a docs/examples file');
  const columns = process.stdout.columns;
  // The README's example is wrapped at 100 columns.
  Object.defineProperty(process.stdout, 'columns', { value: 100, configurable: true });
  let run;
  try {
    run = runCli(['docs/examples'], ROOT);
  } finally {
    Object.defineProperty(process.stdout, 'columns', { value: columns, configurable: true });
  }
  const printed = run.stdout.split('\n').map((l) => l.trimEnd());
  let at = 0;
  for (const line of block.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '' && l.trim() !== '...')) {
    const found = printed.indexOf(line, at);
    assert.ok(found >= 0, `README.md shows a line the CLI does not print (after line ${at}):\n${line}\n--- printed:\n${run.stdout}`);
    at = found + 1;
  }
});
