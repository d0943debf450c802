// End to end in a real VS Code (issue 10, items 4 and 5): a plain-line postmortem shows
// run-on-list warnings; "Convert to Markdown headings and lists", offered on the title
// line, rewrites it into headings and list items without changing a word, and the Markdown
// preview shows the list items; a bare task's quick-fix menu has its one real fix first and
// two Disable entries. The scenario runs inside VS Code: scenarios/convert-markdown.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumInstalled, codeServerInstalled, e2eDir, e2eGate, extensionBuilt, failIfMissing } from './support/prereqs';
import { runVscode, scenarioResult } from './support/run';

const resultSchema = z.object({
  textBefore: z.string(),
  before: z.array(z.object({ code: z.string(), severity: z.string(), line: z.number(), message: z.string() })),
  taskMenu: z.array(z.object({ title: z.string(), isPreferred: z.boolean() })),
  onTitle: z.array(z.object({ title: z.string(), kind: z.string() })),
  applied: z.boolean(),
  textAfter: z.string().nullable(),
  codesAfter: z.array(z.string()),
  previewItems: z.array(z.string()),
  previewHeadings: z.array(z.string()),
});

const gate = e2eGate([codeServerInstalled, chromiumInstalled, extensionBuilt], 300_000);
const words = (s: string): string[] => s.match(/[\p{L}\p{N}%]+/gu) ?? [];

test('VS Code: a plain-line postmortem warns it renders run-on, converts to headings and lists word for word; a task menu is one fix and two disables', gate.options, async () => {
  failIfMissing(gate.missing);
  const run = await runVscode({ name: 'vscode-convert', scenario: join(e2eDir, 'scenarios', 'convert-markdown.js'), workspace: join(e2eDir, 'workspace') });
  const { r, see } = scenarioResult(run, resultSchema);

  const runOn = r.before.filter((d) => d.code === 'run-on-list');
  assert.deepEqual(runOn.map((d) => d.line), [5, 12, 15], `one per list ${see}`);
  assert.ok(runOn.every((d) => d.severity === 'Warning'), 'warnings, shown in Problems (a hint is not)');

  // Item 4: one finding on the bare task, its fix first and preferred, two Disable entries.
  assert.deepEqual(r.before.filter((d) => d.line === 15 && d.code.startsWith('task-')).map((d) => d.code), ['task-owner']);
  const disables = r.taskMenu.filter((a) => a.title.startsWith('Disable'));
  assert.equal(disables.length, 2, `task menu: ${r.taskMenu.map((a) => a.title).join(' | ')}`);
  const menu = r.taskMenu.map((a) => a.title).join(' | ');
  const firstDisable = r.taskMenu.findIndex((a) => a.title.startsWith('Disable'));
  assert.ok(r.taskMenu.slice(firstDisable).every((a) => a.title.startsWith('Disable')), `real fixes first: ${menu}`);
  assert.ok(r.taskMenu.slice(0, firstDisable).some((a) => a.title === 'Add an owner and a due date' && a.isPreferred), menu);

  // Item 5: the document-level action, once, on a line without findings.
  assert.deepEqual(r.onTitle.filter((a) => a.title === 'Convert to Markdown headings and lists').map((a) => a.kind), ['refactor.rewrite.postmortem']);
  assert.equal(r.applied, true);
  assert.ok(r.textAfter !== null);
  assert.deepEqual(words(r.textAfter), words(r.textBefore), 'not a word changed');
  for (const h of ['## Summary', '## Timeline', '## Root Cause', '## Corrective and Preventative Measures', '## Tasks']) assert.ok(r.textAfter.split('\n').includes(h), `${h} in\n${r.textAfter}`);
  assert.ok(r.textAfter.includes('\n- 08:00 UTC: An alert reported slow logins.\n'), r.textAfter);
  assert.ok(!r.codesAfter.includes('run-on-list') && !r.codesAfter.includes('section-style'), `after: ${r.codesAfter.join(', ')}`);
  assert.equal(r.previewItems.length, 8, `preview list items: ${r.previewItems.join(' | ')}`);
  assert.ok(r.previewItems[0]?.startsWith('08:00 UTC: An alert'), r.previewItems.join(' | '));
  assert.deepEqual(r.previewHeadings, ['Summary', 'Timeline', 'Root Cause', 'Corrective and Preventative Measures', 'Tasks']);
});
