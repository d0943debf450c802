import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceText } from '../../../server/src/service/text/source-text';
import { parseMarkdown } from '../../../server/src/service/parse/markdown';
import { applyChanges, applyChangesWithText, type ParseResult } from '../../../server/src/service/parse/incremental';
// @ts-expect-error: plain JavaScript tool without types
import { generatePostmortem } from '../../bench/gen-postmortem.mjs';
import { codeFences, frontMatter, listTimeline, tableTimeline } from './docs';

/** Replaces the first occurrence of `find` (after `after`, if given) with `by`, as an LSP change. */
function edit(prev: { text: string; tree: ReturnType<typeof parseMarkdown> }, find: string, by: string, after = ''): ParseResult {
  const src = new SourceText(prev.text);
  const at = prev.text.indexOf(find, after ? prev.text.indexOf(after) : 0);
  assert.ok(at >= 0, `fixture lacks ${JSON.stringify(find)}`);
  const range = { start: src.positionAt(at), end: src.positionAt(at + find.length) };
  const r = applyChanges(prev, [{ range, text: by }]);
  assert.deepStrictEqual(r.tree, parseMarkdown(r.text));
  return r;
}

const open = (text: string) => ({ text, tree: parseMarkdown(text) });

test('a keystroke inside a list item re-parses that item and its two neighbours only', () => {
  const r = edit(open(listTimeline), 'acknowledged', 'acknowledgedx');
  assert.equal(r.stats.mode, 'partial');
  assert.ok(r.stats.reparsedChars < 200, String(r.stats.reparsedChars));
});

test('a keystroke in a table row re-parses the head and three rows', () => {
  const r = edit(open(tableTimeline), 'Backlog draining', 'Backlog drains');
  assert.equal(r.stats.mode, 'partial');
  assert.ok(r.stats.reparsedChars < 200, String(r.stats.reparsedChars));
});

test('an edit to the delimiter row changes alignment through a wider parse', () => {
  const r = edit(open(tableTimeline), '|:-----:|', '|------:|');
  const table = r.tree.children[1];
  assert.equal(table?.type, 'table');
  if (table?.type === 'table') assert.deepEqual(table.align, ['left', 'right', 'right']);
});

test('opening a code fence inside a list swallows the rest, as a full parse does', () => {
  const r = edit(open(listTimeline), '- 09:30 UTC', '```\n- 09:30 UTC');
  assert.equal(r.tree.children.at(-1)?.type, 'code');
});

test('a blank line between items makes the list spread; removing it makes it tight again', () => {
  const loose = edit(open(listTimeline), '\n- 09:05 UTC', '\n\n- 09:05 UTC');
  assert.equal(loose.stats.mode, 'partial');
  const tight = edit(loose, '\n\n- 09:05 UTC', '\n- 09:05 UTC');
  assert.equal(tight.stats.mode, 'partial');
});

test('a keystroke away from the blank line of a loose list keeps it loose (the kept items decide), and a tight list tight', () => {
  const loose = edit(open(listTimeline), '\n- 09:05 UTC', '\n\n- 09:05 UTC');
  const r = edit(loose, 'Incident closed.', 'Incident closed!');
  assert.equal(r.stats.mode, 'partial');
  const list = r.tree.children.find((n) => n.type === 'list');
  assert.ok(list?.type === 'list' && list.spread === true);
  const t = edit(open(listTimeline), 'Incident closed.', 'Incident closed!');
  const tight = t.tree.children.find((n) => n.type === 'list');
  assert.ok(tight?.type === 'list' && tight.spread === false);
});

test('a line under a paragraph that turns it into a setext heading', () => {
  const r = edit(open(codeFences), '\nDone.', '\nDone.\n===');
  assert.equal(r.tree.children.at(-1)?.type, 'heading');
});

test('new items typed at the end of a list and a renumbered first item', () => {
  let r = edit(open(listTimeline), '- 09:44 UTC: Incident closed.', '- 09:44 UTC: Incident closed.\n- 09:50 UTC: Review');
  assert.equal(r.stats.mode, 'partial');
  r = edit(r, '1. Add', '4. Add');
  const list = r.tree.children.at(-1);
  assert.ok(list?.type === 'list' && list.start === 4);
});

test('a link reference definition anywhere forces full parses (references are global)', () => {
  const r = edit(open(listTimeline), 'Incident closed.', 'Incident [closed].\n\n[closed]: https://example.com/c');
  assert.equal(r.stats.mode, 'full');
  const again = edit(r, 'Error rate back', 'Error rates back');
  assert.equal(again.stats.mode, 'full');
});

test('intact front matter above the edit keeps parses partial; breaking its fence does not', () => {
  const r = edit(open(frontMatter), 'Database CPU', 'Database load');
  assert.equal(r.stats.mode, 'partial');
  const broken = edit(r, 'SEV2\n---', 'SEV2\n--');
  assert.equal(broken.stats.mode, 'full');
});

test('several changes in one notification, and CRLF line breaks', () => {
  const text = listTimeline.replace(/\n/g, '\r\n');
  const src = new SourceText(text);
  const p1 = src.positionAt(text.indexOf('Rolled back'));
  const p2 = src.positionAt(text.indexOf('Incident closed'));
  const r = applyChanges(open(text), [
    { range: { start: p2, end: p2 }, text: 'X\r\n- ' },
    { range: { start: p1, end: { line: p1.line, character: p1.character + 6 } }, text: 'Reverted' },
  ]);
  assert.deepStrictEqual(r.tree, parseMarkdown(r.text));
  assert.ok(r.text.includes('Reverted back') && r.text.includes('X\r\n- Incident closed'));
});

test('the variant given the new text finds the changed span itself', () => {
  const prev = open(listTimeline);
  const next = listTimeline.replace('Rolled back', 'Rolled forward');
  const r = applyChangesWithText(prev, next);
  assert.equal(r.stats.mode, 'partial');
  assert.deepStrictEqual(r.tree, parseMarkdown(next));
});

test('a 10,000-line postmortem: a keystroke mid-timeline re-parses a few hundred characters', () => {
  const text: string = generatePostmortem({ lines: 10000 });
  let state = open(text);
  const mid = text.indexOf('\n- ', Math.floor(text.length / 3)) + 10;
  for (let i = 0; i < 5; i++) {
    const pos = new SourceText(state.text).positionAt(mid + i);
    const r = applyChanges(state, [{ range: { start: pos, end: pos }, text: 'x' }]);
    assert.equal(r.stats.mode, 'partial');
    assert.ok(r.stats.reparsedChars < 1000, String(r.stats.reparsedChars));
    state = r;
  }
  assert.deepStrictEqual(state.tree, parseMarkdown(state.text));
});

test('an edit that writes back the same text keeps the tree; one character more does not', () => {
  const prev = open(listTimeline);
  const same = edit(prev, 'acknowledged', 'acknowledged');
  assert.equal(same.tree, prev.tree);
  assert.equal(same.stats.reparsedChars, 0);
  // Same length, one character different inside the span: not the same text.
  const other = edit(prev, 'acknowledged', 'acknowledgex');
  assert.notEqual(other.tree, prev.tree);
  assert.ok(other.stats.reparsedChars > 0);
});
