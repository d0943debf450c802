/** textDocument/completion over the wire: the capability, and each of the four contexts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol/node';
import { LspClient, fixtureUri } from './client';

const URI = fixtureUri('completion-postmortem.md');
const TEXT = `# Queue outage on May 9, 2024

## Issue Summary

From 10:00 to 11:00 UTC, 20% of checkouts failed.

## Timeline (UTC)

- 10:00 deploy
- 10:05 
<!-- postmortem-disable-next-line heading-em -->
- Fix it @

`;

async function complete(c: LspClient, line: number, character: number): Promise<CompletionItem[]> {
  const r = await c.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri: URI }, position: { line, character } });
  return Array.isArray(r) ? r : (r?.items ?? []);
}

test('completion: capability with trigger characters; zones, rule names, owners and missing sections', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    const provider = c.initializeResult.capabilities.completionProvider;
    assert.ok(provider, 'completionProvider missing');
    assert.ok(provider.triggerCharacters?.includes('@'));
    await c.open(URI, TEXT);
    const zones = await complete(c, 9, 8);
    assert.equal(zones[0]?.label, 'UTC', `after a timeline time: ${zones.map((z) => z.label).join(' ')}`);
    const rules = (await complete(c, 10, 45)).map((i) => i.label);
    assert.ok(rules.includes('heading-empty') && rules.includes('section-missing'), rules.join(' '));
    const owners = await complete(c, 11, 9);
    assert.deepEqual(owners, [], 'no owner is known in this document');
    const sections = (await complete(c, 13, 0)).map((i) => i.label);
    assert.deepEqual(sections, ['Root Cause', 'Resolution', 'Corrective and Preventative Measures', 'Action Items']);
    const item = (await complete(c, 13, 0))[0];
    assert.ok(item?.textEdit && 'range' in item.textEdit);
    assert.equal(item.textEdit.newText, '## Root Cause');
  } finally {
    await c.shutdown();
  }
});
