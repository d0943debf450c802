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

test('Neovim 0.7: document symbols list the title, sections, entries and tasks; workspace symbols find the incident', gate.options, async () => {
  failIfMissing(gate.missing);
  const run = await runNvimProbe(POSTMORTEM, WORKSPACE, [process.execPath, serverScript, '--stdio'],
    ['--symbols', '--workspace-symbol', 'orders 2024', '--workspace-symbol', '@dana', '--workspace-symbol', 'payments', '--min-diagnostics', '1', '--timeout', '20000']);
  assert.equal(run.error, undefined, `probe error: ${run.error ?? ''}\n${run.stderr}`);
  // What vim.lsp.buf.document_symbol() puts in the location list.
  assert.deepEqual(run.documentSymbols?.items, [
    '2024-05-09-db-outage.md:1: [File] Orders database outage',
    '2024-05-09-db-outage.md:3: [Namespace] Summary',
    '2024-05-09-db-outage.md:10: [Namespace] Impact',
    '2024-05-09-db-outage.md:14: [Namespace] Timeline',
    '2024-05-09-db-outage.md:16: [Event] 14:02 UTC  write errors start; the error-rate alert pages the on-call engineer',
    '2024-05-09-db-outage.md:17: [Event] 14:10 UTC  on-call finds the data volume at 100% usage',
    '2024-05-09-db-outage.md:18: [Event] 14:31 UTC  old WAL segments archived and removed, volume back to 81%',
    '2024-05-09-db-outage.md:19: [Event] 14:49 UTC  writes succeed again; incident closed',
    '2024-05-09-db-outage.md:21: [Namespace] Root cause',
    '2024-05-09-db-outage.md:26: [Namespace] Action items',
    '2024-05-09-db-outage.md:30: [Field] Alert when WAL archiving fails',
    '2024-05-09-db-outage.md:31: [Field] Add a disk-usage alert at 80%',
  ]);
  const found = Object.fromEntries((run.workspaceSymbols ?? []).map((w) => [w.query, w.items]));
  const incident = '2024-05-09-db-outage.md:1: [File] Orders database outage · 2024-05-09 · @dana · @lee';
  assert.deepEqual(found['orders 2024'], [incident]);
  assert.deepEqual(found['@dana'], [incident]);
  assert.deepEqual(found['payments'], [], 'README.md is not a postmortem, and nothing says payments');
});
