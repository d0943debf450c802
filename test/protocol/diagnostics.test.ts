/** Diagnostics by pull and by push, kept current through incremental edits, cleared on close. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient } from './client';
import { POSTMORTEM, POSTMORTEM_TEXT, README, README_TEXT, CHECKBOX_LINE, docsHref, find, has, codes } from './fixture';

const insertSpaceInTitle = { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 1 } }, text: ' ' };

test('pull: a postmortem gets heading-syntax with source, code and a file: docs link', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const ds = await c.pull(POSTMORTEM);
    const d = find(ds, 'heading-syntax');
    assert.equal(d.source, 'postmortem');
    assert.equal(d.codeDescription?.href, docsHref('heading-syntax'));
    assert.match(d.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/heading-syntax\.md$/);
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 24 } });
    assert.equal(find(ds, 'checkbox-syntax').range.start.line, CHECKBOX_LINE);
    // Decided once per client: a pull client never gets pushed diagnostics.
    await c.pull(POSTMORTEM);
    assert.deepEqual(c.pushesFor(POSTMORTEM), []);
  } finally {
    await c.shutdown();
  }
});

test('push: a postmortem gets heading-syntax, and the push carries the document version', async () => {
  const c = await LspClient.start({ pull: false });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT, 7);
    const p = await c.waitForPush(POSTMORTEM);
    assert.equal(p.version, 7);
    const d = find(p.diagnostics, 'heading-syntax');
    assert.equal(d.source, 'postmortem');
    assert.equal(d.codeDescription?.href, docsHref('heading-syntax'));
  } finally {
    await c.shutdown();
  }
});

test('push: an incremental didChange that inserts the space removes heading-syntax', async () => {
  const c = await LspClient.start({ pull: false });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    assert.ok(has((await c.waitForPush(POSTMORTEM, (p) => p.version === 1)).diagnostics, 'heading-syntax'));
    const v = await c.change(POSTMORTEM, [insertSpaceInTitle]);
    const p = await c.waitForPush(POSTMORTEM, (x) => x.version === v);
    assert.equal(has(p.diagnostics, 'heading-syntax'), false, codes(p.diagnostics).join(', '));
    assert.ok(has(p.diagnostics, 'checkbox-syntax'), 'other findings stay');
  } finally {
    await c.shutdown();
  }
});

test('pull: incremental edits (lines inserted above, then the space) keep findings on the right lines', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    // Two new lines in the summary push the checkbox down by two; several changes in one message.
    await c.change(POSTMORTEM, [
      { range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'Extra context line.\nAnother one.\n' },
      insertSpaceInTitle,
    ]);
    const ds = await c.pull(POSTMORTEM);
    assert.equal(has(ds, 'heading-syntax'), false, codes(ds).join(', '));
    assert.equal(find(ds, 'checkbox-syntax').range.start.line, CHECKBOX_LINE + 2);
    // Typing character by character (one version per keystroke) converges too.
    const at = { line: CHECKBOX_LINE + 2, character: 3 };
    await c.change(POSTMORTEM, [{ range: { start: at, end: at }, text: ' ' }]);
    assert.equal(has(await c.pull(POSTMORTEM), 'checkbox-syntax'), false);
  } finally {
    await c.shutdown();
  }
});

test('a plain README in the workspace gets an empty list, by pull and by push', async () => {
  const pull = await LspClient.start({ pull: true });
  const push = await LspClient.start({ pull: false });
  try {
    await pull.open(README, README_TEXT);
    assert.deepEqual(await pull.pull(README), []);
    await push.open(README, README_TEXT);
    const p = await push.waitForPush(README);
    assert.deepEqual(p.diagnostics, []);
    assert.equal(p.version, 1);
  } finally {
    await Promise.all([pull.shutdown(), push.shutdown()]);
  }
});

test('push: closing a document clears its diagnostics', async () => {
  const c = await LspClient.start({ pull: false });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    assert.ok((await c.waitForPush(POSTMORTEM)).diagnostics.length > 0);
    c.clearPushes(POSTMORTEM);
    await c.close(POSTMORTEM);
    const p = await c.waitForPush(POSTMORTEM);
    assert.deepEqual(p.diagnostics, []);
  } finally {
    await c.shutdown();
  }
});
