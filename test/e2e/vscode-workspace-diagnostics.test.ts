// End to end in a real VS Code (code-server + headless Chromium): the Problems panel lists a
// postmortem that was never opened (workspace/diagnostic, issue 11), and the status bar item
// on a Markdown file says whether it is linted as a postmortem and why, and a click marks
// and unmarks it; it spins while the first scan reads the workspace. Scenario: scenarios/workspace-diagnostics.js; screenshots in
// test-results/e2e/vscode-workspace-diagnostics/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { chromiumInstalled, codeServerInstalled, e2eDir, e2eGate, extensionBuilt, failIfMissing } from './support/prereqs';
import { runVscode, scenarioResult } from './support/run';

const resultSchema = z.object({
  scanning: z.array(z.string()),
  closedCodes: z.array(z.string()),
  openedBeforeProblems: z.boolean(),
  problemRows: z.array(z.string()),
  openedAfterProblems: z.boolean(),
  notPostmortem: z.array(z.string()),
  marked: z.array(z.string()),
  markedCodes: z.array(z.string()),
  unmarked: z.array(z.string()),
  unmarkedCodes: z.array(z.string()),
});

const gate = e2eGate([codeServerInstalled, chromiumInstalled, extensionBuilt], 300_000);

test('VS Code: the Problems panel lists a closed postmortem; the status bar says why a file is linted and toggles the mark', gate.options, async () => {
  failIfMissing(gate.missing);
  // The fixture workspace and 400 plain notes (not postmortems): the first scan takes seconds, not milliseconds.
  const ws = mkdtempSync(join(tmpdir(), 'pm-e2e-wsdiag-'));
  cpSync(join(e2eDir, 'workspace'), ws, { recursive: true });
  mkdirSync(join(ws, 'notes'));
  const paragraph = 'The team met to talk about the roadmap for the next quarter and the hiring plan. Nobody was paged.\n\n';
  for (let i = 0; i < 400; i++) writeFileSync(join(ws, 'notes', `note-${i}.md`), `# Weekly notes ${i}\n\n${paragraph.repeat(60)}`);
  let run;
  try {
    run = await runVscode({ name: 'vscode-workspace-diagnostics', scenario: join(e2eDir, 'scenarios', 'workspace-diagnostics.js'), workspace: ws });
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
  const { r, see } = scenarioResult(run, resultSchema);
  assert.ok(r.scanning.some((t) => /Postmortem: \d+\/40[0-9]/.test(t)), `the status bar while scanning: ${r.scanning.join(' | ')} ${see}`);
  assert.ok(r.closedCodes.includes('heading-syntax') && r.closedCodes.includes('heading-empty'), `closed file's findings: ${r.closedCodes.join(', ')} ${see}`);
  assert.equal(r.openedBeforeProblems, false, 'the postmortem was not opened to get its findings');
  assert.equal(r.openedAfterProblems, false);
  assert.ok(r.problemRows.some((t) => t.includes('2024-05-09-db-outage.md')), `Problems panel rows: ${r.problemRows.join(' | ')}`);
  assert.ok(r.problemRows.some((t) => /heading-syntax/.test(t)), `a finding row: ${r.problemRows.join(' | ')}`);
  assert.ok(r.notPostmortem.some((t) => /Not a postmortem: \S/.test(t)), `status: ${r.notPostmortem.join(' | ')}`);
  assert.ok(r.marked.some((t) => /Postmortem: marked as a postmortem/.test(t)), `status after the click: ${r.marked.join(' | ')}`);
  assert.ok(r.markedCodes.includes('heading-syntax'), `marked README's findings (its #notes line): ${r.markedCodes.join(', ')}`);
  assert.ok(r.unmarked.some((t) => /Not a postmortem/.test(t)), `status after the second click: ${r.unmarked.join(' | ')}`);
  assert.deepEqual(r.unmarkedCodes, []);
});
