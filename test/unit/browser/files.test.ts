// The browser server's files (server/src/browser/files.ts): paths of any-scheme URIs, and
// the rc files it fetches before the synchronous walk, which must be exactly those the walk
// asks for (one missed would be cached as "no rc file here").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rcCandidates, uriPath, withPath, browserFiles } from '../../../server/src/browser/files';
import { loadRcConfig, RcCache, type ConfigFileSystem } from '../../../server/src/service/config/rcfile';
import type { Connection } from 'vscode-languageserver';

test('uriPath: the decoded path of github.dev, remote and file URIs; none for untitled', () => {
  assert.equal(uriPath('vscode-vfs://github/acme/ops/incidents/a%20b.md'), '/acme/ops/incidents/a b.md');
  assert.equal(uriPath('vscode-remote://127.0.0.1:8080/tmp/ws/x.md'), '/tmp/ws/x.md');
  assert.equal(uriPath('file:///c%3A/work/x.md'), '/c:/work/x.md');
  assert.equal(uriPath('untitled:Untitled-1'), null);
  assert.equal(uriPath('not a uri'), null);
});

test('withPath: a path on the same file system (scheme and authority) as the document', () => {
  const doc = 'vscode-vfs://github%2B7b22726566223a226d61696e227d/acme/ops/incidents/a%20b.md';
  const rc = withPath(doc, '/acme/ops/.postmortemrc.json');
  assert.equal(rc, 'vscode-vfs://github%2B7b22726566223a226d61696e227d/acme/ops/.postmortemrc.json');
  assert.equal(uriPath(withPath(doc, '/acme/ops/a b/c.md') ?? ''), '/acme/ops/a b/c.md');
});

/** The paths loadRcConfig reads, for a file system holding `files`. */
function walked(doc: string, root: string | null, files: Record<string, string>, cache: RcCache): string[] {
  const reads: string[] = [];
  const fs: ConfigFileSystem = { readFile: (p) => { reads.push(p); return files[p]; } };
  loadRcConfig(doc, root, fs, cache);
  return reads;
}

test('rcCandidates: the files the rc walk reads, for documents inside and outside the workspace, with and without cache', () => {
  const files = { '/ws/team/.postmortemrc.json': '{ "root": true }', '/ws/.postmortemrc.json': '{}' };
  const cases: [string, string | null][] = [
    ['/ws/team/incidents/a.md', '/ws'],
    ['/ws/b.md', '/ws'],
    ['/elsewhere/deep/c.md', '/ws'],
    ['/ws/other/d.md', null],
  ];
  for (const [doc, root] of cases) {
    const cache = new RcCache();
    const expected = walked(doc, root, {}, new RcCache());
    assert.deepEqual(rcCandidates(doc, root, cache), expected, `${doc} with root ${String(root)}`);
  }
  // A cached `"root": true` directory ends the walk; cached directories are not read again.
  const cache = new RcCache();
  walked('/ws/team/x.md', '/ws', files, cache);
  assert.deepEqual(rcCandidates('/ws/team/incidents/a.md', '/ws', cache), ['/ws/team/incidents/.postmortemrc.json']);
  assert.deepEqual(walked('/ws/team/incidents/a.md', '/ws', files, cache), ['/ws/team/incidents/.postmortemrc.json']);
});

test('configFileSystem fetches the candidates through the client and answers the walk from them', async () => {
  const asked: string[] = [];
  const texts: Record<string, string> = { 'vscode-vfs://github/acme/ops/.postmortemrc.json': '{ "rules": { "heading-empty": "error" } }' };
  const connection = {
    sendRequest: (_type: unknown, p: { uri: string }) => { asked.push(p.uri); return Promise.resolve(p.uri in texts ? { text: texts[p.uri] } : null); },
  } as unknown as Connection;
  const files = browserFiles(connection);
  const cache = new RcCache();
  const fs = await files.configFileSystem('vscode-vfs://github/acme/ops/incidents/a.md', '/acme/ops/incidents/a.md', '/acme/ops', cache);
  assert.deepEqual(asked.sort(), ['vscode-vfs://github/acme/ops/.postmortemrc.json', 'vscode-vfs://github/acme/ops/incidents/.postmortemrc.json']);
  const r = loadRcConfig('/acme/ops/incidents/a.md', '/acme/ops', fs, cache);
  assert.deepEqual(r.files, ['/acme/ops/.postmortemrc.json']);
  assert.deepEqual(r.layers, [{ rules: { 'heading-empty': 'error' } }]);
  // Untitled documents have no rc files, and nothing is asked.
  asked.length = 0;
  const none = await files.configFileSystem('untitled:Untitled-1', '/untitled.md', null, new RcCache());
  assert.equal(none.readFile('/.postmortemrc.json'), undefined);
  assert.deepEqual(asked, []);
});
