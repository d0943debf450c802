/** The server survives garbage and keeps answering. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, fixtureUri } from './client';
import { POSTMORTEM, POSTMORTEM_TEXT, find } from './fixture';

/** Still alive: the fixture's heading-syntax comes back, and nothing crashed on the way. */
async function stillAnswers(c: LspClient): Promise<void> {
  await c.open(POSTMORTEM, POSTMORTEM_TEXT);
  find(await c.pull(POSTMORTEM), 'heading-syntax');
  await c.close(POSTMORTEM);
  assert.deepEqual(c.logs.filter((l) => /failed|uncaught|unhandled/i.test(l)), []);
}

test('a 2 MB document of random bytes', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    const uri = fixtureUri('garbage-postmortem.md');
    await c.open(uri, randomBytes(2 * 1024 * 1024).toString('utf8'));
    // Markdown parsing of 2 MB of noise takes seconds (micromark's GFM autolink scan): a
    // generous guard, since the point here is survival, not speed.
    assert.ok(Array.isArray(await c.pull(uri, 120_000)));
    await stillAnswers(c);
  } finally {
    await c.shutdown();
  }
});

test('a document of only pipes and backticks, by pull and by push', async () => {
  const lines: string[] = [];
  for (let i = 0; i < 400; i++) lines.push(['|', '`', '||', '```', '|`|', '``|``', '| | |', '`|'][i % 8]!.repeat(1 + (i % 5)));
  const text = lines.join('\n');
  const uri = fixtureUri('pipes-postmortem.md');
  const pull = await LspClient.start({ pull: true });
  const push = await LspClient.start({ pull: false });
  try {
    await pull.open(uri, text);
    assert.ok(Array.isArray(await pull.pull(uri)));
    await stillAnswers(pull);
    await push.open(uri, text);
    assert.equal((await push.waitForPush(uri)).version, 1);
  } finally {
    await Promise.all([pull.shutdown(), push.shutdown()]);
  }
});

test('a didChange whose range lies past the end is clamped as the LSP text document does', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    const uri = fixtureUri('clamp-postmortem.md');
    await c.open(uri, POSTMORTEM_TEXT);
    const changes = [
      { range: { start: { line: 500, character: 3 }, end: { line: 900, character: 0 } }, text: '\n- []  One more task (owner: @kim)\n' },
      { range: { start: { line: 0, character: 999 }, end: { line: 0, character: 1200 } }, text: ' (draft)' },
    ];
    await c.change(uri, changes);
    // The server must hold exactly the text a conforming client holds: compare with the
    // diagnostics of that text opened afresh.
    const expected = TextDocument.update(TextDocument.create(uri, 'markdown', 1, POSTMORTEM_TEXT), changes, 2).getText();
    const other = fixtureUri('clamp-reference-postmortem.md');
    await c.open(other, expected);
    const strip = (ds: Awaited<ReturnType<LspClient['pull']>>) => ds.map((d) => ({ code: d.code, range: d.range, message: d.message }));
    assert.deepEqual(strip(await c.pull(uri)), strip(await c.pull(other)));
    await stillAnswers(c);
  } finally {
    await c.shutdown();
  }
});

test('unknown requests get MethodNotFound; unknown notifications are ignored', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await assert.rejects(c.request('postmortem/noSuchRequest', { uri: POSTMORTEM }), (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.MethodNotFound);
    await assert.rejects(c.request('textDocument/notAThing', {}), (e: unknown) => e instanceof ResponseError && e.code === ErrorCodes.MethodNotFound);
    await c.notify('postmortem/noSuchNotification', { whatever: [1, 2, 3] });
    await c.notify('textDocument/didChange', { textDocument: { uri: fixtureUri('never-opened.md'), version: 2 }, contentChanges: [{ text: 'x' }] });
    await c.notify('textDocument/didClose', { textDocument: { uri: fixtureUri('never-opened.md') } });
    assert.deepEqual(await c.pull(fixtureUri('never-opened.md')), []);
    await stillAnswers(c);
  } finally {
    await c.shutdown();
  }
});
