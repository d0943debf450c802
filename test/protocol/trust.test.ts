/** In an untrusted workspace an rc file sets rule severities only, and the server says so. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './client';
import { POSTMORTEM_TEXT } from './fixture';

test('an untrusted workspace reads only rule severities from .postmortemrc.json', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'pm-trust-'));
  writeFileSync(join(ws, '.postmortemrc.json'), '{ "enable": "never", "globs": ["**/*a*a*a*b"], "rules": { "heading-syntax": "error" } }');
  const uri = pathToFileURL(join(ws, 'incident-postmortem.md')).href;
  const untrusted = await LspClient.start({ pull: true, workspaceFolder: ws, initializationOptions: { workspaceTrusted: false } });
  const trusted = await LspClient.start({ pull: true, workspaceFolder: ws, initializationOptions: { workspaceTrusted: true } });
  try {
    await untrusted.open(uri, POSTMORTEM_TEXT);
    const diags = await untrusted.pull(uri);
    const heading = diags.find((d) => d.code === 'heading-syntax');
    assert.ok(heading, '`enable: never` is not read: the document is linted');
    assert.equal(heading.severity, 1, 'the rule severity is read');
    assert.ok(untrusted.logs.some((l) => /not trusted/.test(l)), untrusted.logs.join('\n'));
    assert.ok(untrusted.logs.some((l) => /only `rules` is read from this file; `enable`, `globs` are ignored/.test(l)), untrusted.logs.join('\n'));

    await trusted.open(uri, POSTMORTEM_TEXT);
    assert.deepEqual(await trusted.pull(uri), [], 'trusted: `enable: never` applies');
  } finally {
    await untrusted.shutdown();
    await trusted.shutdown();
    rmSync(ws, { recursive: true, force: true });
  }
});
