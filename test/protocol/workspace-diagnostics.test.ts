/**
 * Workspace diagnostics over the real server process: `workspace/diagnostic` reports every
 * closed postmortem (partial results, result ids: a second pull is all `unchanged`, a file
 * changed on disk comes back `full`), leaves open documents to the document pull, shows
 * work-done progress and the scan status on the first scan, and stops when cancelled;
 * `postmortem/lintWorkspace` publishes closed files' findings to a push client.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import {
  WorkspaceDiagnosticRequest,
  WorkDoneProgress,
  type WorkspaceDocumentDiagnosticReport,
  type WorkspaceDiagnosticReportPartialResult,
  type WorkDoneProgressBegin,
  type WorkDoneProgressReport,
  type WorkDoneProgressEnd,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from './client';
import { POSTMORTEM_TEXT, codes } from './fixture';
import type { LintWorkspaceResult, WorkspaceScanParams } from '../../server/src/protocol';

/** A postmortem by its path (postmortems/), a `#Title` without its space and an empty heading. */
const BROKEN = `#Checkout outage on 2024-05-09

## Summary

On 2024-05-09 from 14:00 to 14:40 UTC checkout requests failed.

##

## Timeline

- 14:00 UTC errors rise
- 14:05 UTC on-call paged
- 14:40 UTC resolved
`;
const FIXED = BROKEN.replace('#Checkout', '# Checkout').replace('\n##\n', '\n');
const NOT_A_POSTMORTEM = '# Notes\n\n#todo buy milk\n';

interface Workspace { dir: string; uri: (rel: string) => string; write: (rel: string, text: string) => void }

function workspace(files: Record<string, string>): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'pm-wsdiag-'));
  const write = (rel: string, text: string): void => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  for (const [rel, text] of Object.entries(files)) write(rel, text);
  return { dir, uri: (rel) => pathToFileURL(join(dir, rel)).href, write };
}

interface Pull {
  /** Partial results and the final answer, in arrival order. */
  items: WorkspaceDocumentDiagnosticReport[];
  partials: number;
}

/** One `workspace/diagnostic` with a partial-result token, as VS Code sends it. */
async function pullWorkspace(c: LspClient, previous: Map<string, string>): Promise<Pull> {
  const partialResultToken = randomUUID();
  const out: Pull = { items: [], partials: 0 };
  const sub = c.conn.onProgress(WorkspaceDiagnosticRequest.partialResult, partialResultToken, (p: WorkspaceDiagnosticReportPartialResult) => {
    out.partials++;
    out.items.push(...p.items);
  });
  try {
    const r = await c.guard(c.conn.sendRequest(WorkspaceDiagnosticRequest.type, {
      previousResultIds: [...previous].map(([uri, value]) => ({ uri, value })),
      partialResultToken,
    }), 'workspace/diagnostic');
    out.items.push(...r.items);
  } finally {
    sub.dispose();
  }
  return out;
}

const byUri = (p: Pull): Map<string, WorkspaceDocumentDiagnosticReport> => new Map(p.items.map((i) => [i.uri, i]));
const resultIds = (p: Pull): Map<string, string> => new Map(p.items.flatMap((i) => (i.resultId ? [[i.uri, i.resultId] as [string, string]] : [])));

/** Records the server's work-done progress (it creates the token) and the scan status notifications. */
function watchProgress(c: LspClient): { kinds: string[]; status: WorkspaceScanParams[] } {
  const seen = { kinds: [] as string[], status: [] as WorkspaceScanParams[] };
  c.conn.onRequest('window/workDoneProgress/create', ({ token }: { token: string }) => {
    c.conn.onProgress(WorkDoneProgress.type, token, (v: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd) => { seen.kinds.push(v.kind); });
    return null;
  });
  c.conn.onNotification('postmortem/workspaceScan', (p: WorkspaceScanParams) => { seen.status.push(p); });
  return seen;
}

test('workspace/diagnostic: closed postmortems full, then unchanged; a file changed on disk comes back full; open documents are left to the document pull', async () => {
  const ws = workspace({
    'postmortems/checkout.md': BROKEN,
    'postmortems/search.md': POSTMORTEM_TEXT,
    'postmortems/open-one.md': BROKEN,
    'README.md': NOT_A_POSTMORTEM,
  });
  const c = await LspClient.start({ pull: true, workspaceFolder: ws.dir, workDoneProgress: true, initializationOptions: { scanStatus: true } });
  const progress = watchProgress(c);
  try {
    assert.equal(c.initializeResult.capabilities.diagnosticProvider && 'workspaceDiagnostics' in c.initializeResult.capabilities.diagnosticProvider
      ? c.initializeResult.capabilities.diagnosticProvider.workspaceDiagnostics : undefined, true);
    await c.open(ws.uri('postmortems/open-one.md'), BROKEN);

    const first = await pullWorkspace(c, new Map());
    const r1 = byUri(first);
    assert.deepEqual([...r1.keys()].sort(), [ws.uri('postmortems/checkout.md'), ws.uri('postmortems/search.md')].sort(), 'the closed postmortems, not the README nor the open document');
    const checkout = r1.get(ws.uri('postmortems/checkout.md'));
    assert.ok(checkout?.kind === 'full');
    assert.ok(codes(checkout.items).includes('heading-syntax') && codes(checkout.items).includes('heading-empty'), codes(checkout.items).join(', '));
    assert.ok(checkout.items.every((d) => d.source === 'postmortem'));
    assert.ok(first.partials > 0, 'results came as partial results');
    assert.equal(progress.kinds[0], 'begin', `work-done progress on the first scan: ${progress.kinds.join(',')}`);
    assert.equal(progress.kinds.at(-1), 'end');
    assert.deepEqual(progress.status[0], { scanning: true, done: 0, total: 3 }, 'the scan reads the three closed Markdown files');
    assert.equal(progress.status.at(-1)?.scanning, false);

    const second = await pullWorkspace(c, resultIds(first));
    assert.deepEqual(second.items.map((i) => [i.uri, i.kind]).sort(), [...r1.keys()].map((u) => [u, 'unchanged']).sort());
    assert.deepEqual(resultIds(second), resultIds(first), 'unchanged reports keep their result ids');

    ws.write('postmortems/checkout.md', FIXED);
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('postmortems/checkout.md'), type: 2 }] });
    const third = await pullWorkspace(c, resultIds(second));
    const r3 = byUri(third);
    const changed = r3.get(ws.uri('postmortems/checkout.md'));
    assert.ok(changed?.kind === 'full', 'the file changed on disk is re-linted');
    assert.notEqual(changed.resultId, checkout.resultId);
    assert.ok(!codes(changed.items).includes('heading-syntax') && !codes(changed.items).includes('heading-empty'), codes(changed.items).join(', '));
    assert.equal(r3.get(ws.uri('postmortems/search.md'))?.kind, 'unchanged');

    // Closing the open document hands it to the workspace pull.
    await c.close(ws.uri('postmortems/open-one.md'));
    const fourth = await pullWorkspace(c, resultIds(third));
    assert.equal(byUri(fourth).get(ws.uri('postmortems/open-one.md'))?.kind, 'full');
  } finally {
    await c.shutdown();
    rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('workspace/diagnostic: a cancelled scan answers RequestCancelled and the next one goes on from what it linted', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 400; i++) files[`postmortems/pm-${String(i).padStart(3, '0')}.md`] = BROKEN;
  const ws = workspace(files);
  const c = await LspClient.start({ pull: true, workspaceFolder: ws.dir, initializationOptions: { scanStatus: true } });
  const progress = watchProgress(c);
  try {
    const partialResultToken = randomUUID();
    const source = new (await import('vscode-languageserver-protocol/node')).CancellationTokenSource();
    let firstPartial = 0;
    c.conn.onProgress(WorkspaceDiagnosticRequest.partialResult, partialResultToken, (p: WorkspaceDiagnosticReportPartialResult) => {
      firstPartial += p.items.length;
      source.cancel(); // after the first batch
    });
    const answer = c.conn.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [], partialResultToken }, source.token);
    await assert.rejects(c.guard(answer, 'cancelled workspace/diagnostic'), (e: { code?: number }) => e.code === -32800);
    assert.ok(firstPartial > 0 && firstPartial < 400, `stopped early: ${firstPartial} files reported`);

    const next = await pullWorkspace(c, new Map());
    assert.equal(next.items.length, 400, 'every file is reported');
    assert.ok(next.items.every((i) => i.kind === 'full' && codes(i.items).includes('heading-syntax')));
    const totals = progress.status.filter((s) => s.scanning && s.done === 0).map((s) => s.total);
    assert.equal(totals[0], 400);
    assert.ok((totals[1] ?? 400) < 400, `the second scan reads only what the first did not: ${totals.join(', ')}`);
  } finally {
    await c.shutdown();
    rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('postmortem/lintWorkspace publishes closed files to a push client; a file changed on disk is published again', async () => {
  const ws = workspace({ 'postmortems/checkout.md': BROKEN, 'postmortems/search.md': POSTMORTEM_TEXT, 'README.md': NOT_A_POSTMORTEM });
  const c = await LspClient.start({ pull: false, workspaceFolder: ws.dir, workDoneProgress: true });
  const progress = watchProgress(c);
  try {
    assert.equal(c.initializeResult.capabilities.diagnosticProvider, undefined, 'a push client is not offered pull');
    const r = await c.request<LintWorkspaceResult>('postmortem/lintWorkspace', {});
    assert.deepEqual(r, { files: 3, postmortems: 2, findings: r.findings, cancelled: false });
    const pushed = await c.waitForPush(ws.uri('postmortems/checkout.md'));
    assert.ok(codes(pushed.diagnostics).includes('heading-syntax'));
    assert.equal(c.pushesFor(ws.uri('README.md')).length, 0, 'nothing for a file that is not a postmortem');
    assert.deepEqual(progress.kinds.filter((k) => k !== 'report'), ['begin', 'end']);

    // Once linted, a file changed on disk is published again without another request.
    ws.write('postmortems/checkout.md', FIXED);
    c.clearPushes(ws.uri('postmortems/checkout.md'));
    c.clearPushes(ws.uri('postmortems/search.md'));
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('postmortems/checkout.md'), type: 2 }] });
    const again = await c.waitForPush(ws.uri('postmortems/checkout.md'));
    assert.ok(!codes(again.diagnostics).includes('heading-syntax'), codes(again.diagnostics).join(', '));
    // A round trip: every push of that re-lint has arrived before its answer.
    await c.request('postmortem/model', { uri: ws.uri('README.md') });
    assert.equal(c.pushesFor(ws.uri('postmortems/search.md')).length, 0, 'the unchanged file is not published again');

    // The command re-reads everything: a file written without an event is seen too.
    ws.write('postmortems/search.md', BROKEN);
    await c.request<LintWorkspaceResult>('postmortem/lintWorkspace', {});
    const search = await c.waitForPush(ws.uri('postmortems/search.md'));
    assert.ok(codes(search.diagnostics).includes('heading-empty'), codes(search.diagnostics).join(', '));
  } finally {
    await c.shutdown();
    rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('workspace/diagnostic: an rc file written on disk re-lints the closed files it configures, and only those', async () => {
  const ws = workspace({ 'postmortems/checkout.md': BROKEN, 'other/search-postmortem.md': BROKEN });
  const c = await LspClient.start({ pull: true, workspaceFolder: ws.dir });
  try {
    const first = await pullWorkspace(c, new Map());
    const before = byUri(first).get(ws.uri('postmortems/checkout.md'));
    assert.ok(before?.kind === 'full' && codes(before.items).includes('heading-syntax'));

    ws.write('postmortems/.postmortemrc.json', '{ "rules": { "heading-syntax": "off" } }');
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri('postmortems/.postmortemrc.json'), type: 1 }] });
    const second = byUri(await pullWorkspace(c, resultIds(first)));
    const configured = second.get(ws.uri('postmortems/checkout.md'));
    assert.ok(configured?.kind === 'full', 'the file under the rc file is re-linted');
    assert.ok(!codes(configured.items).includes('heading-syntax') && codes(configured.items).includes('heading-empty'), codes(configured.items).join(', '));
    assert.equal(second.get(ws.uri('other/search-postmortem.md'))?.kind, 'unchanged', 'the rc file does not configure the other folder');
  } finally {
    await c.shutdown();
    rmSync(ws.dir, { recursive: true, force: true });
  }
});

test('a document pull for a document just closed answers its findings as the workspace has them (they stay in Problems); outside the workspace, none', async () => {
  const ws = workspace({ 'postmortems/checkout.md': BROKEN });
  const outside = workspace({ 'postmortems/elsewhere.md': BROKEN });
  const c = await LspClient.start({ pull: true, workspaceFolder: ws.dir });
  try {
    const inside = ws.uri('postmortems/checkout.md');
    await c.open(inside, BROKEN);
    assert.ok(codes(await c.pull(inside)).includes('heading-syntax'));
    await c.close(inside);
    const after = await c.pull(inside);
    assert.ok(codes(after).includes('heading-syntax') && codes(after).includes('heading-empty'), `after close: ${codes(after).join(', ')}`);
    const other = outside.uri('postmortems/elsewhere.md');
    await c.open(other, BROKEN);
    await c.close(other);
    assert.deepEqual(await c.pull(other), [], 'a file outside the workspace folders has no workspace findings');
  } finally {
    await c.shutdown();
    rmSync(ws.dir, { recursive: true, force: true });
    rmSync(outside.dir, { recursive: true, force: true });
  }
});
