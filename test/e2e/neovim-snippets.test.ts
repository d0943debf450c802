// Neovim 0.7 (vim.lsp, no snippet support in its completion capabilities) asks for
// completion after `pm-` and gets the templates and entry snippets from the server as plain
// text (issue 10, item 9): authoring is not VS Code only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { e2eDir, e2eGate, failIfMissing, neovimInstalled, serverBuilt, serverScript } from './support/prereqs';
import { runNvimProbe } from './support/run';

const WORKSPACE = join(e2eDir, 'workspace-first-hour');
const FILE = join(WORKSPACE, 'notes', 'pm-snippets.md');
const gate = e2eGate([neovimInstalled, serverBuilt], 60_000);

test('Neovim 0.7: completing `pm-` offers the templates and snippets as plain text', gate.options, async () => {
  failIfMissing(gate.missing);
  const run = await runNvimProbe(FILE, WORKSPACE, [process.execPath, serverScript, '--stdio'], ['--min-diagnostics', '0', '--complete', '2:3', '--timeout', '20000']);
  assert.equal(run.error, undefined, `probe error: ${run.error ?? ''}\n${run.stderr}`);
  assert.equal(run.completionSnippetSupport, false, 'Neovim 0.7 declares no snippet support');
  const items = run.completions?.[0]?.items ?? [];
  const labels = items.map((i) => i.label);
  for (const p of ['pm-template', 'pm-template-google', 'pm-action', 'pm-timeline-entry', 'pm-section-timeline']) assert.ok(labels.includes(p), `${p} offered: ${labels.join(', ')}`);
  const action = items.find((i) => i.label === 'pm-action');
  assert.equal(action?.insertTextFormat, 1, 'plain text');
  assert.equal(action?.newText, '- [ ] [describe the action] (owner: [name the owner], due yyyy-mm-dd)');
  const template = items.find((i) => i.label === 'pm-template')?.newText ?? '';
  assert.match(template, /^# Postmortem: \[name the incident in a few words\]\n/);
  assert.doesNotMatch(template, /\$\{?\d|\$CURRENT_/, 'no snippet syntax left for a client that would insert it literally');
});
