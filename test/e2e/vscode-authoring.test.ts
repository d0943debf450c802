// End to end in a real VS Code (code-server + headless Chromium): New Postmortem creates a
// document from the default template; with fix-all on save in the workspace settings, saving
// leaves no fixable finding; a suppression comment silences exactly the rule it names.
// The scenario runs inside VS Code: scenarios/fix-all-on-save.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumInstalled, codeServerInstalled, e2eDir, e2eGate, extensionBuilt, failIfMissing } from './support/prereqs';
import { runVscode, vscodeActionSchema, scenarioResult } from './support/run';

const resultSchema = z.object({
  file: z.string(),
  templateText: z.string(),
  templateCodes: z.array(z.string()),
  beforeSaveCodes: z.array(z.string()),
  savedText: z.string(),
  diskText: z.string(),
  dirtyAfterSave: z.boolean(),
  afterSaveCodes: z.array(z.string()),
  fixAllLeft: z.array(vscodeActionSchema),
  unsuppressedCodes: z.array(z.string()),
  suppressedCodes: z.array(z.string()),
  otherCodesBefore: z.array(z.string()),
  otherCodesAfter: z.array(z.string()),
});

const gate = e2eGate([codeServerInstalled, chromiumInstalled, extensionBuilt], 300_000);

test('VS Code: New Postmortem, fix-all on save leaves nothing fixable, a suppression comment silences only its rule', gate.options, async () => {
  failIfMissing(gate.missing);
  const run = await runVscode({ name: 'vscode-authoring', scenario: join(e2eDir, 'scenarios', 'fix-all-on-save.js'), workspace: join(e2eDir, 'workspace-authoring') });
  const { r, see } = scenarioResult(run, resultSchema);

  assert.match(r.file, /^postmortems\/\d{4}-\d{2}-\d{2}-checkout-failures-after-deploy\.md$/, 'the file is <folder>/<YYYY-MM-DD>-<slug>.md');
  assert.match(r.templateText, /^# Postmortem: Checkout failures after deploy$/m, 'the title from the prompt is in the template');
  for (const c of ['heading-syntax', 'heading-empty', 'checkbox-syntax']) assert.ok(r.beforeSaveCodes.includes(c), `before saving, ${c} is reported ${see}`);

  // Saving applied fix-all: the text is the template again, on disk too, with nothing fixable left.
  assert.equal(r.savedText, r.templateText, `fix-all on save restores the template ${see}`);
  assert.equal(r.diskText, r.savedText, 'the fixed text is what was written');
  assert.equal(r.dirtyAfterSave, false);
  assert.deepEqual(r.fixAllLeft, [], `source.fixAll.postmortem has nothing left to do ${see}`);
  for (const c of ['heading-syntax', 'heading-empty', 'checkbox-syntax']) assert.ok(!r.afterSaveCodes.includes(c), `${c} is gone after saving`);

  // The suppression comment silences heading-syntax on the next line, and nothing else.
  assert.ok(r.unsuppressedCodes.includes('heading-syntax'));
  const expected = r.unsuppressedCodes.filter((c) => c !== 'heading-syntax');
  assert.ok(expected.length > 0, `the line draws other rules too: ${r.unsuppressedCodes.join(', ')}`);
  assert.deepEqual(r.suppressedCodes, expected, 'only heading-syntax is silenced on that line');
  assert.deepEqual(r.otherCodesAfter, r.otherCodesBefore, 'nothing changes elsewhere in the document');
});
