/** `--fix docs/` stays inside docs/: directory links are not followed, and no write goes through a link. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { expandFiles } from '../../../server/src/cli/files';

/** A heading without its space: heading-syntax has a safe fix. */
const FIXABLE = '#Queue outage on May 9, 2024\n\n## Summary\n\nFrom 10:00 to 10:40 UTC checkouts failed.\n\n## Timeline\n\n- 10:00 deploy starts\n- 10:40 rollback done\n';

function layout(): { dir: string; outside: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pm-links-'));
  mkdirSync(join(dir, 'docs'));
  mkdirSync(join(dir, 'outside'));
  writeFileSync(join(dir, 'docs', 'inside-postmortem.md'), FIXABLE);
  writeFileSync(join(dir, 'outside', 'other-postmortem.md'), FIXABLE);
  writeFileSync(join(dir, 'outside', 'linked-file.md'), FIXABLE);
  symlinkSync(join(dir, 'outside'), join(dir, 'docs', 'linked-dir'), 'dir');
  symlinkSync('/', join(dir, 'docs', 'disk-root'), 'dir');
  symlinkSync(join(dir, 'outside', 'linked-file.md'), join(dir, 'docs', 'linked-file.md'), 'file');
  return { dir, outside: join(dir, 'outside') };
}

test('--fix on a directory does not follow directory links out of it, nor crawl / through a link', () => {
  const { dir, outside } = layout();
  try {
    const t0 = performance.now();
    const { files } = expandFiles(['docs'], dir);
    assert.ok(performance.now() - t0 < 5000, 'a link to / is not crawled');
    assert.ok(files.some((f) => f.endsWith('inside-postmortem.md')));
    assert.ok(!files.some((f) => f.includes('linked-dir') || f.includes('disk-root')), files.join('\n'));
    const run = runCli(['--fix', '--force', 'docs'], dir);
    assert.notEqual(readFileSync(join(dir, 'docs', 'inside-postmortem.md'), 'utf8'), FIXABLE, 'the file inside is fixed');
    assert.equal(readFileSync(join(outside, 'other-postmortem.md'), 'utf8'), FIXABLE, 'nothing outside is rewritten');
    assert.equal(readFileSync(join(outside, 'linked-file.md'), 'utf8'), FIXABLE, 'no write goes through a file link to outside');
    assert.equal(run.code, 0);
    // Named on the command line, a file link is read and linted, but not written through.
    const named = runCli(['--fix', '--force', 'docs/linked-file.md'], dir);
    assert.equal(readFileSync(join(outside, 'linked-file.md'), 'utf8'), FIXABLE);
    assert.match(named.stderr, /not fixed: docs\/linked-file\.md is a link/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
