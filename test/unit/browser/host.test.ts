// The browser server's host (server/src/browser/host.ts): the service's ports answered by the
// client's requests, on URIs of any scheme (github.dev's vscode-vfs here): an rc file read
// through `postmortem/readFile` configures a document; the scan goes through `postmortem/findFiles`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserHost } from '../../../server/src/browser/host';
import { createPostmortemService, type Workspace } from '../../../server/src/service/index';

const ROOT = 'vscode-vfs://github/acme/ops';
const DOC = `${ROOT}/incidents/a.md`;
const TEXT = ['# Queue backlog on 2025-03-04', '', '## Summary', 'Orders waited.', '', '##', '', '## Timeline', '- 09:00 Alert.', ''].join('\n');

function client(files: Record<string, string>): { sendRequest: never; asked: string[] } {
  const asked: string[] = [];
  const sendRequest = ((type: { method: string }, p: { uri?: string; folder?: string; include?: string }) => {
    asked.push(`${type.method} ${p.uri ?? `${p.folder ?? ''} ${p.include ?? ''}`}`);
    if (type.method === 'postmortem/readFile') return Promise.resolve(p.uri !== undefined && p.uri in files ? { text: files[p.uri] } : null);
    if (type.method === 'postmortem/findFiles') return Promise.resolve({ uris: Object.keys(files).filter((u) => u.endsWith('.md')) });
    return Promise.reject(new Error(`unexpected ${type.method}`));
  }) as never;
  return { sendRequest, asked };
}

const workspace: Workspace = { folders: async () => [ROOT], trusted: true, settings: async () => ({}), findFiles: async () => [] };

test('an rc file on github.dev, read through the client, configures the document', async () => {
  const c = client({ [`${ROOT}/.postmortemrc.json`]: '{ "rules": { "heading-empty": "error" } }' });
  const host = browserHost(c);
  const service = createPostmortemService({ fs: host.fs, workspace, log: () => undefined, docsUrl: (r) => host.docsUrl(r, 'https://ext/docs/rules'), scheduler: host.scheduler });
  service.open(DOC, 1, TEXT);
  const d = await service.diagnostics(DOC);
  const empty = d?.findings.find((f) => f.rule === 'heading-empty');
  assert.equal(empty?.severity, 'error', JSON.stringify(d?.findings.map((f) => [f.rule, f.severity])));
  assert.equal(empty?.docsUrl, 'https://ext/docs/rules/heading-empty.md');
  assert.ok(c.asked.includes(`postmortem/readFile ${ROOT}/.postmortemrc.json`), c.asked.join('\n'));
  assert.ok(!c.asked.some((a) => a.includes('vscode-vfs://github/acme/.postmortemrc.json')), 'nothing above the workspace folder is read');
  service.dispose();
});

test('the workspace scan asks the client, with the service\'s globs', async () => {
  const c = client({ [`${ROOT}/incidents/b.md`]: TEXT });
  const host = browserHost(c);
  const uris = await host.findFiles(ROOT, { include: ['**/*.md', '**/*.markdown'], exclude: ['**/node_modules/**'], max: 10 });
  assert.deepEqual(uris, [`${ROOT}/incidents/b.md`]);
  assert.deepEqual(c.asked, [`postmortem/findFiles ${ROOT} {**/*.md,**/*.markdown}`]);
  assert.equal(await host.fs.readFile(`${ROOT}/missing.md`), undefined);
});
