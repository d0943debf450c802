/**
 * `postmortem/detection` (the status bar item's question) over the real server: an open
 * document's verdict and reason without its model, and the mark notification flips it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from './client';
import { NOTES, NOTES_TEXT, POSTMORTEM, POSTMORTEM_TEXT } from './fixture';

type Detection = { version: number; postmortem: boolean; reason: string } | null;

test('postmortem/detection says whether and why a document is a postmortem; a mark and an unmark flip it', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    await c.open(NOTES, NOTES_TEXT);
    const pm = await c.request<Detection>('postmortem/detection', { uri: POSTMORTEM });
    assert.ok(pm?.postmortem, JSON.stringify(pm));
    assert.equal(pm.version, 1);
    assert.ok(!('model' in pm), 'no model in the answer');
    const notes = await c.request<Detection>('postmortem/detection', { uri: NOTES });
    assert.equal(notes?.postmortem, false, JSON.stringify(notes));
    assert.notEqual(notes.reason, '');

    await c.notify('postmortem/markAsPostmortem', { uri: NOTES, postmortem: true });
    assert.deepEqual(await c.request<Detection>('postmortem/detection', { uri: NOTES }), { version: 1, postmortem: true, reason: 'marked as a postmortem' });
    await c.notify('postmortem/markAsPostmortem', { uri: NOTES, postmortem: false });
    assert.deepEqual(await c.request<Detection>('postmortem/detection', { uri: NOTES }), notes);

    assert.equal(await c.request<Detection>('postmortem/detection', { uri: 'file:///nowhere/closed.md' }), null, 'a document that is not open');
  } finally {
    await c.shutdown();
  }
});
