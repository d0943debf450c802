/**
 * "Convert to Markdown headings and lists" (issue 10, item 5) over the protocol: a plain-line
 * postmortem gets run-on-list warnings, and the conversion is offered anywhere in the
 * document (a refactor, not only on a finding's line), once, as an edit bound to the version.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, ROOT, isCodeAction } from './client';
import { readFixtureDocument } from '../unit/fixture-harness';

const FILE = join(ROOT, 'test', 'fixtures', 'structure', 'run-on-list.md');
const URI = pathToFileURL(FILE).href;
const TEXT = readFixtureDocument(FILE);
const TITLE = 'Convert to Markdown headings and lists';
const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 0 } });

test('the conversion is offered once anywhere in a plain-line postmortem, bound to the version, and clears run-on-list', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(URI, TEXT, 4);
    const ds = await c.pull(URI);
    const runOn = ds.filter((d) => d.code === 'run-on-list');
    assert.equal(runOn.length, 1);
    assert.equal(runOn[0]?.severity, 2, 'a warning, not a hidden hint');
    // On the title line, where no finding is: the document-level action.
    const anywhere = await c.codeActions(URI, at(0), []);
    const converts = anywhere.filter((a) => a.title === TITLE);
    assert.equal(converts.length, 1, anywhere.map((a) => a.title).join(' | '));
    const action = converts[0];
    assert.ok(action && isCodeAction(action));
    assert.equal(action.kind, 'refactor.rewrite.postmortem');
    const change = action.edit?.documentChanges?.[0];
    assert.ok(change && 'edits' in change);
    assert.deepEqual(change.textDocument, { uri: URI, version: 4 });
    // On the finding's line: offered once (the quick fix, preferred), not twice.
    const line = runOn[0]?.range.start.line ?? 0;
    const here = await c.codeActions(URI, at(line), runOn);
    assert.deepEqual(here.filter((a) => a.title === TITLE).map((a) => isCodeAction(a) && a.isPreferred), [true]);
    const out = TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 4, TEXT), change.edits as TextEdit[]);
    assert.match(out, /^## Timeline$/m);
    assert.match(out, /^- 09:10 UTC: A customer reported/m);
    const v = await c.change(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: TEXT.split('\n').length, character: 0 } }, text: out }]);
    assert.ok(v > 4);
    assert.deepEqual((await c.pull(URI)).filter((d) => d.code === 'run-on-list' || d.code === 'section-style'), []);
    assert.deepEqual((await c.codeActions(URI, at(0), [])).filter((a) => a.title === TITLE), [], 'nothing left to convert');
  } finally {
    await c.shutdown();
  }
});
