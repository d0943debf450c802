// Neovim 0.7 as an independent LSP client over stdio (`node dist/server.js --stdio`).
// Neovim 0.7 has no pull diagnostics, so this proves the server PUSHES diagnostics to a
// client without textDocument.diagnostic, and that its quick fix edits apply there too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { e2eDir, e2eGate, failIfMissing, neovimInstalled, serverBuilt, serverScript } from './support/prereqs';
import { runNvimProbe } from './support/run';

const WORKSPACE = join(e2eDir, 'workspace');
const POSTMORTEM = join(WORKSPACE, 'postmortems', '2024-05-09-db-outage.md');
const gate = e2eGate([neovimInstalled, serverBuilt], 60_000);

test('Neovim 0.7: the server pushes diagnostics and the heading-syntax quick fix applies', gate.options, async () => {
  failIfMissing(gate.missing);
  // The probe edits Neovim's buffer only; the fixture on disk is never written.
  const run = await runNvimProbe(POSTMORTEM, WORKSPACE, [process.execPath, serverScript, '--stdio'],
    ['--apply-code', 'heading-syntax', '--min-diagnostics', '2', '--timeout', '20000']);
  assert.equal(run.error, undefined, `probe error: ${run.error ?? ''}\n${run.stderr}`);
  assert.equal(run.ok, true, `no diagnostics were pushed within 20 s\n${run.stderr}`);
  assert.match(run.client, /^nvim 0\./);

  const ours = run.diagnostics.filter((d) => d.source === 'postmortem');
  const codeOf = (d: { code?: string | number }) => String(d.code);
  const syntax = ours.find((d) => codeOf(d) === 'heading-syntax');
  const empty = ours.find((d) => codeOf(d) === 'heading-empty');
  assert.equal(syntax?.range.start.line, 0, `heading-syntax on line 1; got ${JSON.stringify(ours)}`);
  assert.equal(empty?.range.start.line, 7, `heading-empty on line 8; got ${JSON.stringify(ours)}`);

  assert.ok(run.applied, `no quick fix with an edit for heading-syntax; offered: ${JSON.stringify(run.codeActions)}`);
  const expected = readFileSync(POSTMORTEM, 'utf8').replace(/^#Orders/, '# Orders').replace(/\n$/, '');
  assert.equal(run.applied.textAfter, expected, 'the fix inserts the space and changes nothing else');
  const after = run.applied.diagnosticsAfter.filter((d) => d.source === 'postmortem').map(codeOf);
  assert.ok(!after.includes('heading-syntax') && after.includes('heading-empty'), `re-pushed after the fix: ${after.join(', ')}`);

  // Push only: a client that cannot pull must not be offered pull diagnostics.
  assert.equal(run.serverCapabilities?.['diagnosticProvider'], undefined,
    'the server advertised pull diagnostics to a client without textDocument.diagnostic');
});
