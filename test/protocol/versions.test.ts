/** A client that numbers versions backwards gets no fix bound to a number that named other text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { LspClient } from './client';
import { POSTMORTEM, POSTMORTEM_TEXT, find } from './fixture';

test('a version going backwards is not trusted: the old diagnostics of that number get no fix', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT, 1);
    const old = find(await c.pull(POSTMORTEM), 'heading-syntax');
    const send = (version: number, text: string): Promise<void> => c.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: POSTMORTEM, version }, contentChanges: [{ text }] });
    await send(2, `Intro line.\n\n${POSTMORTEM_TEXT}`);
    // Back to 1, with text other than version 1's: the old diagnostic's fix would land two lines off.
    await send(1, `Intro line.\n\n${POSTMORTEM_TEXT}`);
    assert.deepEqual(await c.codeActions(POSTMORTEM, old.range, [old]), []);
    assert.ok(c.logs.some((l) => /goes backwards/.test(l)), c.logs.join('\n'));
    // A higher version makes fixes available again.
    await send(3, POSTMORTEM_TEXT);
    const fresh = find(await c.pull(POSTMORTEM), 'heading-syntax');
    assert.ok((await c.codeActions(POSTMORTEM, fresh.range, [fresh])).length > 0);
  } finally {
    await c.shutdown();
  }
});
