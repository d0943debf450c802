/**
 * `workspace/didChangeWatchedFiles` has one dispatcher: a Markdown file created, changed or
 * deleted on disk updates the action-items index (no custom notification), and an rc file
 * reconfigures every open document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './client';
import { POSTMORTEM_TEXT } from './fixture';
import type { TrackedDocument } from '../../server/src/protocol';

const ON_DISK = `# Postmortem: queue backlog on 2024-03-02

## Summary

On 2024-03-02 from 09:00 to 09:30 UTC the export jobs were delayed.

## Action Items

- [ ] Alert on queue depth above 10k (owner: @ana)
`;

const CREATED = 1;
const DELETED = 3;

test('a Markdown file created and then deleted on disk enters and leaves the action items', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'pm-events-'));
  const file = join(ws, 'queue-postmortem.md');
  const uri = pathToFileURL(file).href;
  const c = await LspClient.start({ pull: true, workspaceFolder: ws });
  try {
    const before = await c.request<{ documents: TrackedDocument[] }>('postmortem/actionItems', {});
    assert.deepEqual(before.documents, [], 'an empty folder has no items');

    writeFileSync(file, ON_DISK);
    const added = new Promise<void>((resolve) => { c.conn.onNotification('postmortem/actionItemsChanged', () => resolve()); });
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: CREATED }] });
    await c.guard(added, 'postmortem/actionItemsChanged after a file was created');
    const after = await c.request<{ documents: TrackedDocument[] }>('postmortem/actionItems', {});
    assert.deepEqual(after.documents.map((d) => [d.uri, d.tasks.map((t) => t.owner)]), [[uri, ['@ana']]]);

    unlinkSync(file);
    const removed = new Promise<void>((resolve) => { c.conn.onNotification('postmortem/actionItemsChanged', () => resolve()); });
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: DELETED }] });
    await c.guard(removed, 'postmortem/actionItemsChanged after a file was deleted');
    assert.deepEqual((await c.request<{ documents: TrackedDocument[] }>('postmortem/actionItems', {})).documents, []);
  } finally {
    await c.shutdown();
    rmSync(ws, { recursive: true, force: true });
  }
});

test('an rc file written on disk and announced reconfigures open documents (a refresh, then new diagnostics)', async () => {
  const ws = mkdtempSync(join(tmpdir(), 'pm-events-'));
  const uri = pathToFileURL(join(ws, 'incident-postmortem.md')).href;
  const c = await LspClient.start({ pull: true, refreshSupport: true, workspaceFolder: ws });
  try {
    await c.open(uri, POSTMORTEM_TEXT);
    const first = await c.pull(uri);
    assert.ok(first.some((d) => d.code === 'heading-syntax'), 'the fixture reports heading-syntax');

    writeFileSync(join(ws, '.postmortemrc.json'), '{ "rules": { "heading-syntax": "off" } }');
    const since = c.refreshCount;
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(ws, '.postmortemrc.json')).href, type: CREATED }] });
    await c.waitForRefresh(since);
    const second = await c.pull(uri);
    assert.ok(!second.some((d) => d.code === 'heading-syntax'), 'the rc file turned it off');
  } finally {
    await c.shutdown();
    rmSync(ws, { recursive: true, force: true });
  }
});
