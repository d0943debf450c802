// End to end in a real VS Code (code-server + headless Chromium): the extension from
// this repository (dist/client.js + dist/server.js) lints the postmortem in
// test/e2e/workspace, leaves the plain README alone, and its heading-syntax quick fix
// edits the document. The scenario runs inside VS Code: scenarios/foundation.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumInstalled, codeServerInstalled, e2eDir, e2eGate, extensionBuilt, failIfMissing } from './support/prereqs';
import { runVscode, scenarioResult, vscodeActionSchema, vscodeDiagnosticSchema } from './support/run';
import { packageVsix } from './support/vsix';

const EXTENSION_ID = 'postmortem-tools.postmortem-lint';
const POSTMORTEM = join(e2eDir, 'workspace', 'postmortems', '2024-05-09-db-outage.md');

const foundationSchema = z.object({
  diagnostics: z.array(vscodeDiagnosticSchema),
  actions: z.array(vscodeActionSchema),
  fix: vscodeActionSchema.nullable(),
  applied: z.boolean(),
  textAfter: z.string().nullable(),
  diagnosticsAfter: z.array(vscodeDiagnosticSchema).nullable(),
  readmeDiagnostics: z.array(vscodeDiagnosticSchema),
  previewHeadings: z.array(z.string()),
});

const gate = e2eGate([codeServerInstalled, chromiumInstalled, extensionBuilt], 300_000);

test('VS Code: the postmortem gets heading diagnostics, the README none, and the heading-syntax quick fix applies', gate.options, async () => {
  failIfMissing(gate.missing);
  // Installed from the .vsix that `npm run package` makes, unless E2E_EXTENSION names another.
  const extensions = process.env.E2E_EXTENSION ? undefined : [packageVsix()];
  const run = await runVscode({
    ...(extensions ? { extensions } : {}),
    name: 'vscode-foundation',
    scenario: join(e2eDir, 'scenarios', 'foundation.js'),
    workspace: join(e2eDir, 'workspace'),
  });
  const { r, see } = scenarioResult(run, foundationSchema);
  assert.equal(run.ok, true);
  const ext = run.probe?.extensions.find((e) => e.id === EXTENSION_ID);
  assert.ok(ext?.present && ext.active, `${EXTENSION_ID} is not active in VS Code ${see}`);

  const ours = r.diagnostics.filter((d) => d.source === 'postmortem');
  const syntax = ours.find((d) => d.code === 'heading-syntax');
  const empty = ours.find((d) => d.code === 'heading-empty');
  assert.equal(syntax?.range.start.line, 0, `heading-syntax on line 1 (#Orders...); got ${JSON.stringify(ours)}`);
  assert.equal(empty?.range.start.line, 7, `heading-empty on line 8 (a lone ##); got ${JSON.stringify(ours)}`);

  assert.deepEqual(r.readmeDiagnostics.filter((d) => d.source === 'postmortem'), [],
    'README.md is not a postmortem and must get no postmortem diagnostics');

  assert.ok(r.fix, `no quick fix edits line 1; offered: ${r.actions.map((a) => a.title).join(' | ') || '(none)'}`);
  assert.equal(r.applied, true, `applying "${r.fix.title}" failed`);
  const original = readFileSync(POSTMORTEM, 'utf8');
  const expected = original.replace(/^#Orders/, '# Orders');
  assert.equal(r.textAfter, expected, 'the fix inserts the space and changes nothing else');
  const after = (r.diagnosticsAfter ?? []).filter((d) => d.source === 'postmortem').map((d) => d.code);
  assert.ok(!after.includes('heading-syntax') && after.includes('heading-empty'), `after the fix: ${after.join(', ')}`);

  assert.deepEqual(r.previewHeadings, ['Orders database outage'], 'the Markdown preview (a webview) shows the fixed title as a heading');

  for (const shot of ['diagnostics', 'after-fix', 'preview', 'final']) {
    const file = run.screenshots[shot];
    assert.ok(file !== undefined && existsSync(file), `screenshot ${shot} missing`);
  }
});
