/** postmortem/preview, postmortem/toggleTask (version-bound), postmortem/actionItems and export over LSP. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, fixtureUri } from './client';
import type { PreviewData } from '../../server/src/service/outputs/preview/data';
import type { TrackedDocument } from '../../server/src/protocol';

const URI = fixtureUri('postmortems/checklist-postmortem.md');
const TEXT = `# Postmortem: cache stampede on 2024-07-09

## Summary

On 2024-07-09 from 14:00 to 14:40 UTC the product pages were slow for 30% of visitors.

## Action Items

- [ ] Add jitter to cache expiry times (owner: @mara)
- [x] Put a request coalescer in front of the catalogue service @li
`;

interface Toggle { edit: { documentChanges: { textDocument: { uri: string; version: number }; edits: { range: unknown; newText: string }[] }[] }; checked: boolean }

test('preview data for the open version; a toggle is an edit bound to that version, refused when stale', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(URI, TEXT, 5);
    const data = await c.request<PreviewData | null>('postmortem/preview', { uri: URI });
    assert.ok(data);
    assert.equal(data.version, 5);
    assert.deepEqual(data.tasks.map((t) => [t.line, t.status, t.owner, t.checkbox]), [[8, 'open', '@mara', true], [9, 'done', '@li', true]]);
    assert.equal(data.figures.duration, '40m');

    const t = await c.request<Toggle | null>('postmortem/toggleTask', { uri: URI, line: 8, version: 5 });
    assert.ok(t);
    assert.equal(t.checked, true);
    assert.deepEqual(t.edit.documentChanges[0]?.textDocument, { uri: URI, version: 5 });
    assert.deepEqual(t.edit.documentChanges[0]?.edits, [{ range: { start: { line: 8, character: 2 }, end: { line: 8, character: 5 } }, newText: '[x]' }]);

    assert.equal(await c.request<Toggle | null>('postmortem/toggleTask', { uri: URI, line: 8, version: 4 }), null, 'stale version refused');
    assert.equal(await c.request<Toggle | null>('postmortem/toggleTask', { uri: URI, line: 2, version: 5 }), null, 'no task on that line');
  } finally {
    await c.shutdown();
  }
});

test('the action-item index lists open tasks, follows edits with a change notification, and exports CSV', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(URI, TEXT, 1);
    const first = await c.request<{ documents: TrackedDocument[] }>('postmortem/actionItems', {});
    const mine = first.documents.find((d) => d.uri === URI);
    assert.deepEqual(mine?.tasks.map((t) => t.text), ['Add jitter to cache expiry times (owner: @mara)'], 'done tasks are not listed');

    const changed = new Promise<void>((resolve) => { c.conn.onNotification('postmortem/actionItemsChanged', () => resolve()); });
    await c.change(URI, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: '- [ ] Alert on cache hit ratio below 80% @kim\n' }]);
    await c.guard(changed, 'postmortem/actionItemsChanged');
    const second = await c.request<{ documents: TrackedDocument[] }>('postmortem/actionItems', {});
    assert.deepEqual(second.documents.find((d) => d.uri === URI)?.tasks.map((t) => t.owner), ['@mara', '@kim']);

    const csv = await c.request<{ content: string; tasks: number }>('postmortem/exportActionItems', { uri: URI, format: 'csv' });
    assert.equal(csv.tasks, 3);
    const rows = csv.content.trimEnd().split('\r\n');
    assert.equal(rows.length, 4);
    assert.deepEqual(rows.slice(1).map((r) => r.split(',')[1]), ['9', '10', '11']);
  } finally {
    await c.shutdown();
  }
});
