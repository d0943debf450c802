/**
 * The service's workspace diagnostics over in-memory ports (a browser worker's `memfs:`
 * URIs): closed files are read through the FileSystem port once and then cached, open ones
 * are left out, and a change on disk that overtakes a lint in progress is not lost.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPostmortemService, type FileSystem, type Workspace, type WorkspaceFileReport } from '../../../server/src/service/index';
import { memoryPorts, type MemoryPorts } from './memory-ports';

const ROOT = 'memfs://host/ws';
const A = `${ROOT}/postmortems/a.md`;
const B = `${ROOT}/postmortems/b.md`;
const NOTES = `${ROOT}/notes.md`;
const BROKEN = '#Checkout outage on 2024-05-09\n\n## Summary\n\nOn 2024-05-09 from 14:00 to 14:40 UTC checkout failed.\n\n##\n\n## Timeline\n\n- 14:00 UTC errors rise\n- 14:40 UTC resolved\n';
const FIXED = BROKEN.replace('#Checkout', '# Checkout');

function memory(files: Record<string, string>, gate?: (uri: string) => Promise<void>): MemoryPorts {
  return memoryPorts(ROOT, files, gate);
}

const service = (m: { fs: FileSystem; workspace: Workspace }) => createPostmortemService({ ...m, log: () => undefined, docsUrl: (r) => r });
const kinds = (rs: readonly WorkspaceFileReport[]): [string, string][] => rs.map((r): [string, string] => [r.uri, r.kind]).sort();
const rules = (r: WorkspaceFileReport | undefined): string[] => (r?.findings ?? []).map((f) => f.rule);

test('closed postmortems are read once: full, then unchanged without a read; open documents and non-postmortems are left out', async () => {
  const m = memory({ [A]: BROKEN, [B]: BROKEN, [NOTES]: '# Notes\n\nnothing here\n' });
  const s = service(m);
  s.open(B, 1, BROKEN);
  const first = await s.workspaceDiagnostics({});
  assert.deepEqual(kinds(first.reports), [[A, 'full']]);
  assert.ok(rules(first.reports[0]).includes('heading-syntax'));
  assert.deepEqual({ files: first.files, postmortems: first.postmortems, linted: first.linted }, { files: 2, postmortems: 1, linted: 2 });
  assert.ok(!m.reads.includes(B), 'the open document is not read from disk');

  const readsBefore = m.reads.length;
  const previous = new Map(first.reports.map((r) => [r.uri, r.resultId]));
  const second = await s.workspaceDiagnostics({ previous });
  assert.deepEqual(kinds(second.reports), [[A, 'unchanged']]);
  assert.equal(second.linted, 0);
  assert.equal(m.reads.length, readsBefore, 'nothing read again');

  // A mark concerns open documents only: the closed files stay cached.
  s.markAsPostmortem(B, true);
  assert.equal((await s.workspaceDiagnostics({ previous })).linted, 0);

  // Closing B hands it to the workspace scan.
  s.close(B);
  const third = await s.workspaceDiagnostics({ previous });
  assert.deepEqual(kinds(third.reports), [[A, 'unchanged'], [B, 'full']]);
  s.dispose();
});

test('a file changed on disk while it is being linted is linted again at the next scan', async () => {
  const files: Record<string, string> = { [A]: BROKEN };
  let release: (() => void) | null = null;
  let gated = true;
  const m = memory(files, (uri) => (gated && uri === A ? new Promise<void>((resolve) => { release = resolve; }) : Promise.resolve()));
  const s = service(m);
  const scanning = s.workspaceDiagnostics({});
  while (!release) await new Promise<void>((resolve) => setImmediate(resolve));
  // The old text was read; the file changes before the lint is done.
  files[A] = FIXED;
  s.filesChanged([{ uri: A, type: 'changed' }]);
  gated = false;
  (release as () => void)();
  const stale = await scanning;
  assert.ok(rules(stale.reports[0]).includes('heading-syntax'), 'this scan answers what it read');
  const next = await s.workspaceDiagnostics({ previous: new Map(stale.reports.map((r) => [r.uri, r.resultId])) });
  assert.equal(next.reports[0]?.kind, 'full', 'the overtaken result was not kept');
  assert.ok(!rules(next.reports[0]).includes('heading-syntax'), rules(next.reports[0]).join(', '));
  s.dispose();
});

test('a file deleted on disk is reported empty once, then no more', async () => {
  const files: Record<string, string> = { [A]: BROKEN };
  const s = service(memory(files));
  const first = await s.workspaceDiagnostics({});
  delete files[A];
  s.filesChanged([{ uri: A, type: 'deleted' }]);
  const second = await s.workspaceDiagnostics({ previous: new Map(first.reports.map((r) => [r.uri, r.resultId])) });
  assert.deepEqual(second.reports.map((r) => [r.uri, r.kind, r.findings.length]), [[A, 'full', 0]]);
  const third = await s.workspaceDiagnostics({ previous: new Map(second.reports.map((r) => [r.uri, r.resultId])) });
  assert.deepEqual(third.reports, []);
  s.dispose();
});
