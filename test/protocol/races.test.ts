/**
 * Edits that arrive while a request is being answered: the server awaits the client's
 * settings (workspace/configuration) before it analyses, and the document may change
 * meanwhile. The client's configuration answer is held back until the edit has been sent, so
 * the race happens every time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from './client';
import { POSTMORTEM, POSTMORTEM_TEXT, has, codes } from './fixture';

/** Holds the next configuration answer until `release()`; `asked` resolves when it is requested. */
function holdConfiguration(c: LspClient): { asked: Promise<void>; release: () => void } {
  let release!: () => void;
  let onAsked!: () => void;
  const released = new Promise<void>((r) => { release = r; });
  const asked = new Promise<void>((r) => { onAsked = r; });
  c.configurationGate = () => { onAsked(); return released; };
  return { asked: c.guard(asked, 'workspace/configuration'), release };
}

const moreContext = [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'More context.\n' }];

test('pull: a document edited while its diagnostics are computed gets the new version\'s findings, not an empty report', async () => {
  const c = await LspClient.start({ pull: true, configuration: true });
  try {
    const gate = holdConfiguration(c);
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const pending = c.pull(POSTMORTEM);
    await gate.asked;
    const v = await c.change(POSTMORTEM, moreContext);
    gate.release();
    const ds = await pending;
    assert.ok(has(ds, 'heading-syntax'), `got [${codes(ds).join(', ')}]`);
    for (const d of ds) assert.equal((d.data as { version: number }).version, v);
  } finally {
    await c.shutdown();
  }
});

test('postmortem/model answers with the version its model was built from', async () => {
  const c = await LspClient.start({ pull: true, configuration: true });
  try {
    const gate = holdConfiguration(c);
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const pending = c.request<{ version: number; model: { summary: { text: string } | null } } | null>('postmortem/model', { uri: POSTMORTEM });
    await gate.asked;
    const v = await c.change(POSTMORTEM, moreContext);
    gate.release();
    const r = await pending;
    assert.ok(r);
    assert.equal(r.version, v, 'the model is of the new text, so its version must be the new one');
  } finally {
    await c.shutdown();
  }
});
