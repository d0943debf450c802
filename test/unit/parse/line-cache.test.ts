import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentLines } from '../../../server/src/service/parse/document-lines';
import { parseMarkdown } from '../../../server/src/service/parse/markdown';
import { applyChanges } from '../../../server/src/service/parse/incremental';
import { SourceText } from '../../../server/src/service/text/source-text';
import { matchHeader } from '../../../server/src/service/model/headers';

const doc = ['# Outage', '', '## Summary', '', 'It broke.', '', '## Timeline', '', '- 10:00 paged', '- 10:05 found', '- 10:09 fixed', '', 'Root cause', '', 'A bad deploy.', ''].join('\n');

/** The view of `text` after typing `typed` at the start of line `line` of `doc`, built after the view of `doc`. */
function edited(line: number, typed: string): { before: DocumentLines; after: DocumentLines; text: string } {
  const tree = parseMarkdown(doc);
  const before = new DocumentLines(new SourceText(doc), tree);
  const r = applyChanges({ text: doc, tree }, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: typed }]);
  assert.ok(r.lines, 'a partial parse');
  const after = new DocumentLines(new SourceText(r.text), r.tree, { lines: before, change: r.lines });
  return { before, after, text: r.text };
}

test('a line cache built after another view keeps the values of the lines the edit cannot reach, moved', () => {
  const { before, after } = edited(9, '- 10:03 more\n');
  const owner = {};
  const old = before.lineCache<string>(owner);
  for (let i = 0; i < before.length; i++) old[i] = `v${i}`;
  const now = after.lineCache<string>(owner);
  assert.equal(now.length, after.length);
  const c = after.changed;
  assert.ok(c);
  for (let i = 0; i < after.length; i++) {
    if (i < c.from - 1) assert.equal(now[i], `v${i}`, `line ${i} kept`);
    else if (i > c.newTo) assert.equal(now[i], `v${i - (c.newTo - c.oldTo)}`, `line ${i} moved`);
    else assert.equal(now[i], undefined, `line ${i} read again`);
  }
  // A view read in full starts empty; another owner's cache is its own.
  assert.equal(new DocumentLines(new SourceText(doc), parseMarkdown(doc)).lineCache<string>(owner)[0], undefined);
  assert.equal(after.lineCache<string>({})[0], undefined);
});

test('a header reading changed by the line before it is read again after the edit', () => {
  // `Root cause` alone on its line, after a blank line; with the blank line removed, it is the
  // lazy second line of the list item before it (its block facts change, its text does not).
  const tree = parseMarkdown(doc);
  const before = new DocumentLines(new SourceText(doc), tree);
  const root = before.source.lines.indexOf('Root cause');
  assert.ok(matchHeader(before, root), 'a header before the edit');
  const r = applyChanges({ text: doc, tree }, [{ range: { start: { line: root - 1, character: 0 }, end: { line: root, character: 0 } }, text: '' }]);
  assert.ok(r.lines);
  const after = new DocumentLines(new SourceText(r.text), r.tree, { lines: before, change: r.lines });
  const fresh = new DocumentLines(new SourceText(r.text), parseMarkdown(r.text));
  const line = after.source.lines.indexOf('Root cause');
  assert.notDeepEqual(after.at(line), before.at(root), 'the block facts changed');
  for (let i = 0; i < after.length; i++) assert.deepEqual(matchHeader(after, i), matchHeader(fresh, i), `line ${i}`);
});
