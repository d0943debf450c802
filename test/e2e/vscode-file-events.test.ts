// End to end in a real VS Code (code-server + headless Chromium): a postmortem written to
// disk while the Action Items view is open appears in it without being opened: the client's
// Markdown watcher feeds workspace/didChangeWatchedFiles, whose one dispatcher in the server
// updates the index (issue 13 item 2). Scenario: scenarios/file-events.js; screenshot in
// test-results/e2e/vscode-file-events/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumInstalled, codeServerInstalled, e2eDir, e2eGate, extensionBuilt, failIfMissing } from './support/prereqs';
import { runVscode, scenarioResult } from './support/run';

const resultSchema = z.object({ before: z.array(z.string()), row: z.array(z.string()), after: z.array(z.string()) });

const gate = e2eGate([codeServerInstalled, chromiumInstalled, extensionBuilt], 300_000);

test('VS Code: a postmortem written to disk appears in the Action Items view without being opened', gate.options, async () => {
  failIfMissing(gate.missing);
  // A copy of the workspace: the scenario writes a file into it.
  const ws = mkdtempSync(join(tmpdir(), 'pm-e2e-events-'));
  cpSync(join(e2eDir, 'workspace'), ws, { recursive: true });
  try {
    const run = await runVscode({ name: 'vscode-file-events', scenario: join(e2eDir, 'scenarios', 'file-events.js'), workspace: ws });
    const { r, see } = scenarioResult(run, resultSchema);
    assert.ok(!r.before.includes('written-on-disk-postmortem.md'), `listed before it was written: ${r.before.join(', ')}`);
    assert.ok(r.row.some((t) => t.startsWith('Alert when the export queue')), `the view has no row for the new file's task ${see}`);
    assert.ok(r.after.includes('written-on-disk-postmortem.md'), `index after the write: ${r.after.join(', ')}`);
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
});
