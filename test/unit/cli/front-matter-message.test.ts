/** A front-matter value that is a mapping or a list is shown as written, not as `[object Object]`. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

test('front-matter-schema shows a mapping or a list value as written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pm-fm-'));
  try {
    writeFileSync(join(dir, 'pm.md'), '---\ntype: postmortem\nseverity:\n  level: high\ndate: [2024, 5]\n---\n\n# Postmortem: queue outage\n\n## Summary\n\nThe queue stalled.\n');
    const r = runCli(['--format', 'json', '--force', 'pm.md'], dir);
    const messages = (JSON.parse(r.stdout) as { findings: { rule: string; message: string }[] }[]).flatMap((f) => f.findings).filter((f) => f.rule === 'front-matter-schema').map((f) => f.message);
    assert.ok(messages.length >= 1, r.stdout);
    for (const m of messages) assert.doesNotMatch(m, /\[object Object\]/);
    assert.ok(messages.some((m) => m.includes('{"level":"high"}')), messages.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
