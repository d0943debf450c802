// End to end in a real VS Code (code-server + headless Chromium): the action-items preview
// on postmortems in the seeds' shapes shows every task and measure with the uncovered
// measure marked, follows the active editor, and ticking a task in the webview changes the
// document. Scenario: scenarios/action-items.js; screenshots in test-results/e2e/vscode-action-items/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumInstalled, codeServerInstalled, e2eDir, e2eGate, extensionBuilt, failIfMissing } from './support/prereqs';
import { runVscode, scenarioResult } from './support/run';

const shownSchema = z.object({
  title: z.array(z.string()), tasks: z.array(z.string()), owners: z.array(z.string()), measures: z.array(z.string()),
  uncovered: z.array(z.string()), figures: z.array(z.string()), timeline: z.number(),
});
const resultSchema = z.object({
  plain: shownSchema, list: shownSchema, checks: shownSchema,
  textBefore: z.string(), textAfter: z.string(), tracker: z.array(z.string()), csv: z.string(),
  index: z.array(z.object({ file: z.string(), tasks: z.array(z.string()) })), trackerByOwner: z.array(z.string()),
});

const gate = e2eGate([codeServerInstalled, chromiumInstalled, extensionBuilt], 300_000);

test('VS Code: the action-items preview shows tasks and measures, follows the editor, and ticking a task edits the document', gate.options, async () => {
  failIfMissing(gate.missing);
  const run = await runVscode({ name: 'vscode-action-items', scenario: join(e2eDir, 'scenarios', 'action-items.js'), workspace: join(e2eDir, 'workspace-actions') });
  const { r, see } = scenarioResult(run, resultSchema);

  // Seed 004's shape: plain lines in one paragraph; one measure uncovered.
  assert.deepEqual(r.plain.tasks, ['Add a disk usage alert at 80% for the image store.', 'Write a nightly job that purges thumbnails older than 90 days.']);
  assert.equal(r.plain.measures.length, 3);
  assert.deepEqual(r.plain.uncovered, ['Hold a weekly capacity review with the storage vendor.']);
  assert.deepEqual(r.plain.owners, ['no owner', 'no owner']);
  assert.ok(r.plain.figures.includes('3:00 PM CET') && r.plain.figures.includes('1h 15m'), `figures: ${r.plain.figures.join(' | ')}`);
  assert.equal(r.plain.timeline, 4);

  // Seed 000's shape: list-item sections, numbered items, every measure covered.
  assert.equal(r.list.tasks.length, 3);
  assert.equal(r.list.measures.length, 3);
  assert.deepEqual(r.list.uncovered, []);

  // Ticking the second task's checkbox changed exactly that line.
  const before = r.textBefore.split('\n');
  const after = r.textAfter.split('\n');
  assert.equal(after[9], before[9]?.replace('- [ ]', '- [x]'));
  assert.deepEqual(after.filter((_, i) => i !== 9), before.filter((_, i) => i !== 9));

  // The tracker lists open tasks only: the two ticked ones are gone, the others are there.
  const tracker = r.tracker.join(' | ');
  assert.ok(r.tracker.some((t) => t.startsWith('Document the cache warm-up')), `tracker rows: ${tracker}`);
  assert.ok(!r.tracker.some((t) => t.startsWith('Put a request coalescer')), `a done task is listed: ${tracker}`);
  assert.deepEqual(r.index.map((d) => [d.file, d.tasks.length]), [['checkbox-owners.md', 5], ['list-sections-numbered.md', 3], ['plain-lines.md', 2]]);
  assert.ok(r.trackerByOwner.some((t) => t.startsWith('@kim')), `by owner: ${r.trackerByOwner.join(' | ')}`);
  const rows = r.csv.trimEnd().split('\r\n');
  assert.equal(rows[0], 'file,line,status,task,owner,due,priority,tracking,type');
  assert.equal(rows.length, 1 + 2 + 3 + 7, 'one CSV row per task of the three documents');

  for (const shot of ['preview-plain-lines', 'preview-list-sections', 'preview-after-tick', 'tracker', 'tracker-by-owner']) {
    const file = run.screenshots[shot];
    assert.ok(file !== undefined && existsSync(file), `screenshot ${shot} missing ${see}`);
  }
});
