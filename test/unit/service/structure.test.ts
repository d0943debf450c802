/**
 * The structure requests over in-memory ports: closed postmortems are read through the
 * FileSystem port (version null), an edit landing during a rename rebinds the open
 * document to its new version, and a cancelled workspace-wide request answers at once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPostmortemService, type CancellationToken, type FileSystem, type Workspace } from '../../../server/src/service/index';

const ROOT = 'memfs://host/ws';
const OPEN = `${ROOT}/postmortems/a.md`;
const CLOSED = `${ROOT}/postmortems/b.md`;
const NOTES = `${ROOT}/notes.md`;
const PM = (title: string): string => `# ${title} on 2024-07-09\n\n## Summary\n\nOn 2024-07-09 from 14:00 to 14:40 UTC pages were slow.\n\n## Action Items\n\n- [ ] Add jitter (owner: @mara)\n`;

function ports(files: Record<string, string>, gate: Promise<void> = Promise.resolve()): { fs: FileSystem; workspace: Workspace } {
  return {
    fs: {
      readFile: async (uri) => { if (uri === CLOSED) await gate; return files[uri]; },
      stat: async (uri) => (files[uri] === undefined ? undefined : { type: 'file', symbolicLink: false, size: files[uri].length }),
      readDirectory: async () => [],
    },
    workspace: {
      folders: async () => [ROOT],
      trusted: true,
      settings: async () => ({}),
      findFiles: async (folder, o) => Object.keys(files).filter((u) => u.startsWith(`${folder}/`)).slice(0, o.max),
    },
  };
}

const FILES = { [OPEN]: PM('Cache'), [CLOSED]: PM('Queue'), [NOTES]: 'groceries @mara\n' };
const MARA = { line: 8, character: 26 };

test('rename reads closed postmortems through the FileSystem port and binds them to version null', async () => {
  const s = createPostmortemService({ ...ports(FILES), log: () => undefined, docsUrl: (r) => r });
  s.open(OPEN, 3, FILES[OPEN] ?? '');
  const r = await s.renameOwner(OPEN, MARA, 'mara-sre');
  assert.ok(r.ok);
  assert.deepEqual(r.documents.map((d) => [d.uri, d.version, d.edits.length]), [[OPEN, 3, 1], [CLOSED, null, 1]]);
  assert.deepEqual((await s.workspaceSymbols('queue')).map((x) => x.uri), [CLOSED]);
  s.dispose();
});

test('a rename cancelled while it reads the workspace answers at once, empty', async () => {
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  const s = createPostmortemService({ ...ports(FILES, gate), log: () => undefined, docsUrl: (r) => r });
  s.open(OPEN, 1, FILES[OPEN] ?? '');
  const listeners: (() => void)[] = [];
  const token: CancellationToken & { cancel(): void } = {
    isCancellationRequested: false,
    onCancellationRequested: (l) => { listeners.push(l); return { dispose: () => undefined }; },
    cancel() { (this as { isCancellationRequested: boolean }).isCancellationRequested = true; for (const l of listeners) l(); },
  };
  const pending = s.ownerReferences(OPEN, MARA, token);
  await new Promise<void>((resolve) => setImmediate(resolve));
  token.cancel();
  assert.deepEqual(await pending, [], 'answered while the closed file is still being read');
  release();
  s.dispose();
});

test('an edit landing before a rename reads the open document: its edits are of the new text, bound to the new version', async () => {
  const s = createPostmortemService({ ...ports(FILES), log: () => undefined, docsUrl: (r) => r });
  s.open(OPEN, 1, FILES[OPEN] ?? '');
  const pending = s.renameOwner(OPEN, MARA, 'mara-sre');
  s.change(OPEN, 2, [{ text: `${FILES[OPEN] ?? ''}- [ ] Page @mara first\n` }]);
  const r = await pending;
  assert.ok(r.ok);
  const open = r.documents.find((d) => d.uri === OPEN);
  assert.ok(open, 'the open document is renamed');
  assert.equal(open.version, 2);
  assert.deepEqual(open.edits.map((e) => e.range.start.line), [8, 9], 'the ranges are those of the new text');
  s.dispose();
});
