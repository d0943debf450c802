/** Quick fixes and fix-all as versioned edits; a request about an old version gets no stale fix. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, isCodeAction } from './client';
import { POSTMORTEM, POSTMORTEM_TEXT, CHECKBOX_LINE, apply, docEdit, find, has } from './fixture';

const whole = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };

test('the heading-syntax quick fix is a TextDocumentEdit bound to the current version', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT, 3);
    const d = find(await c.pull(POSTMORTEM), 'heading-syntax');
    const actions = await c.codeActions(POSTMORTEM, d.range, [d]);
    const fix = actions.find((a) => isCodeAction(a) && a.isPreferred === true);
    assert.ok(fix && isCodeAction(fix), `no preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind, 'quickfix');
    const e = docEdit(fix);
    assert.deepEqual(e.textDocument, { uri: POSTMORTEM, version: 3 });
    assert.ok(apply(POSTMORTEM_TEXT, e.edits as TextEdit[]).startsWith('# Checkout latency outage\n'));
    // Every action (suppressions included) is bound to the same version.
    for (const a of actions) assert.equal(docEdit(a).textDocument.version, 3);
  } finally {
    await c.shutdown();
  }
});

test('a code action request carrying diagnostics from an old version returns no stale fix', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const old = find(await c.pull(POSTMORTEM), 'heading-syntax');
    // An edit elsewhere: the finding still exists, but the old diagnostic's fix is for version 1.
    const v = await c.change(POSTMORTEM, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'More context.\n' }]);
    const stale = await c.codeActions(POSTMORTEM, old.range, [old]);
    for (const a of stale) assert.notEqual(docEdit(a).textDocument.version, 1, `stale action ${a.title}`);
    assert.deepEqual(stale.filter((a) => isCodeAction(a) && a.kind === 'quickfix' && a.isPreferred), []);
    // The fresh diagnostic gets a fix for the new version.
    const fresh = find(await c.pull(POSTMORTEM), 'heading-syntax');
    const actions = await c.codeActions(POSTMORTEM, fresh.range, [fresh]);
    assert.ok(actions.length > 0);
    for (const a of actions) assert.equal(docEdit(a).textDocument.version, v);
  } finally {
    await c.shutdown();
  }
});

test('source.fixAll.postmortem returns one edit set that fixes every safe finding', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    for (const only of [['source.fixAll.postmortem'], ['source.fixAll']]) {
      const actions = await c.codeActions(POSTMORTEM, whole, [], only);
      assert.equal(actions.length, 1, `only ${only.join()}: ${actions.map((a) => a.title).join(' | ')}`);
      const [a] = actions;
      assert.ok(a && isCodeAction(a));
      assert.equal(a.kind, 'source.fixAll.postmortem');
      const e = docEdit(a);
      assert.deepEqual(e.textDocument, { uri: POSTMORTEM, version: 1 });
      assert.equal(e.edits.length, 2);
      const fixed = apply(POSTMORTEM_TEXT, e.edits as TextEdit[]);
      assert.ok(fixed.startsWith('# Checkout latency outage\n'));
      assert.equal(fixed.split('\n')[CHECKBOX_LINE], '- [ ] Document pool sizing in the runbook (owner: @lee, due 2024-04-15)');
    }
    // Quick fixes only: no fix-all.
    assert.deepEqual(await c.codeActions(POSTMORTEM, whole, [], ['quickfix']), []);
    // Applied through didChange, nothing fixable is left.
    const actions = await c.codeActions(POSTMORTEM, whole, [], ['source.fixAll.postmortem']);
    const first = actions[0];
    assert.ok(first);
    const edits = [...docEdit(first).edits].reverse();
    await c.change(POSTMORTEM, edits.map((x) => ({ range: x.range, text: x.newText })));
    const after = await c.pull(POSTMORTEM);
    assert.equal(has(after, 'heading-syntax') || has(after, 'checkbox-syntax'), false);
    assert.deepEqual(await c.codeActions(POSTMORTEM, whole, [], ['source.fixAll.postmortem']), []);
  } finally {
    await c.shutdown();
  }
});
