import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';
import { documentOutline, foldingRanges, selectionChain, type OutlineNode } from '../../../server/src/service/language/outline';

const PLAIN = [
  'Postmortem: checkout outage, 4 March 2025', //  0
  '', //  1
  'Summary:', //  2
  'Card payments failed for 40 minutes after a certificate expired.', //  3
  '', //  4
  'Timeline (UTC):', //  5
  '- 09:02 Alerts fire for payment errors.', //  6
  '  The on-call engineer acknowledges the page.', //  7
  '- 09:15 The expired certificate is found.', //  8
  '- 09:42 A new certificate is deployed; errors stop.', //  9
  '', // 10
  'Root cause:', // 11
  'The renewal job had been disabled during a migration.', // 12
  '', // 13
  'Action items:', // 14
  '  - [ ] Alert 30 days before a certificate expires (owner: @dana)', // 15
  '  - [x] Re-enable the renewal job @lee', // 16
  '', // 17
].join('\n');

function flat(nodes: readonly OutlineNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.kind}: ${n.name}${n.detail ? ` [${n.detail}]` : ''}`, ...flat(n.children, depth + 1)]);
}

test('the outline lists the title and sections written as plain lines, with entries and tasks as children', () => {
  const p = parseDocument(PLAIN);
  const outline = documentOutline(p.source, p.model);
  assert.deepEqual(flat(outline), [
    'title: Postmortem: checkout outage, 4 March 2025 [title]',
    'section: Summary [summary]',
    'section: Timeline [timeline]',
    '  entry: 09:02  Alerts fire for payment errors.',
    '  entry: 09:15  The expired certificate is found.',
    '  entry: 09:42  A new certificate is deployed; errors stop.',
    'section: Root cause [root cause]',
    'section: Action items [action items]',
    '  task: Alert 30 days before a certificate expires (owner: @dana) [@dana · open]',
    '  task: Re-enable the renewal job @lee [@lee · done]',
  ]);
  const timeline = outline[2];
  assert.ok(timeline);
  assert.deepEqual(timeline.selectionRange.start.line, 5);
  assert.equal(timeline.range.end.line, 9, 'a section ends at its last non-blank line');
});

test('folding covers every section that spans lines and every entry with a body, whatever the markup', () => {
  const p = parseDocument(PLAIN);
  const folds = foldingRanges(documentOutline(p.source, p.model)).map((f) => `${f.startLine}-${f.endLine}`);
  assert.deepEqual(folds, ['2-3', '5-9', '6-7', '11-12', '14-16']);
});

test('selection grows from the entry to its section to the document, each range containing the last', () => {
  const p = parseDocument(PLAIN);
  const outline = documentOutline(p.source, p.model);
  const chain = selectionChain(p.source, outline, { line: 7, character: 4 });
  assert.deepEqual(chain.map((r) => `${r.start.line}-${r.end.line}`), ['6-7', '5-9', '0-17']);
  for (let i = 1; i < chain.length; i++) {
    const inner = chain[i - 1];
    const outer = chain[i];
    assert.ok(inner && outer && outer.start.line <= inner.start.line && outer.end.line >= inner.end.line);
  }
});

test('a nested section sits under its parent, and the parent spans it', () => {
  const doc = ['# Disk full on db-2', '', '## Summary', 'The primary ran out of disk.', '', '## Root Cause and Resolution', '', '### Root cause', 'Logs were never rotated.', '', '### Resolution', 'Rotation was enabled.', ''].join('\n');
  const p = parseDocument(doc);
  const outline = documentOutline(p.source, p.model);
  const rcr = outline.find((n) => n.name === 'Root Cause and Resolution');
  assert.ok(rcr, flat(outline).join('\n'));
  assert.equal(rcr.range.end.line, 11);
  assert.deepEqual(rcr.children.map((c) => c.name), ['Root cause', 'Resolution']);
});

test('bold and list-item headers give the same outline as plain lines, a zone suffix included', () => {
  const styles: Record<string, (name: string) => string> = {
    bold: (n) => `**${n}**`,
    'bold with colon': (n) => `**${n}:**`,
    'list item': (n) => `- ${n}:`,
  };
  for (const [style, header] of Object.entries(styles)) {
    const doc = PLAIN.replace(/^(Summary|Timeline \(UTC\)|Root cause|Action items):$/gm, (_m, n: string) => header(n));
    const p = parseDocument(doc);
    const outline = documentOutline(p.source, p.model);
    const top = outline.filter((n) => n.kind === 'section').map((n) => `${n.name}:${n.children.length}`);
    assert.deepEqual(top, ['Summary:0', 'Timeline:3', 'Root cause:0', 'Action items:2'], `${style}\n${flat(outline).join('\n')}`);
  }
});

test('every symbol selection lies inside its range, and the selection chain has no step twice', () => {
  const docs = [PLAIN, '# Only a title', 'Timeline:\n- 09:00 UTC start\n- 09:10 UTC end\n', '---\ntitle: From front matter\n---\n\nSummary:\nA line.\n'];
  const inside = (inner: OutlineNode['range'], outer: OutlineNode['range']): boolean =>
    (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character))
    && (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
  for (const doc of docs) {
    const p = parseDocument(doc);
    const outline = documentOutline(p.source, p.model);
    const walk = (ns: readonly OutlineNode[]): void => ns.forEach((n) => { assert.ok(inside(n.selectionRange, n.range), `${n.name}: ${JSON.stringify(n)}`); walk(n.children); });
    walk(outline);
    for (let line = 0; line < p.source.lineCount; line++) {
      const chain = selectionChain(p.source, outline, { line, character: 0 });
      const keys = chain.map((r) => JSON.stringify(r));
      assert.equal(new Set(keys).size, keys.length, `${doc}\nline ${line}: ${keys.join(' ')}`);
    }
  }
});

test('a selection the model puts outside its range is clipped into it (the editor would drop the whole outline)', async () => {
  const p = parseDocument(PLAIN);
  const title = p.model.title;
  assert.ok(title);
  // A title read from elsewhere than its own line (as front matter can): its range is the title line.
  const moved = { ...p.model, title: { ...title, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } } } };
  const node = documentOutline(p.source, moved).find((n) => n.kind === 'title');
  assert.ok(node);
  assert.deepEqual(node.selectionRange, node.range, 'a selection wholly outside becomes the whole range');
  assert.deepEqual(node.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 41 } });
});

test("seed 000's shape: a heading title after a line of prose, a blockquoted summary, a list-item Timeline with blockquoted entries", () => {
  const doc = [
    'Notes for the team:', // 0
    '## Postmortem : Cache outage on Feb 3, 2023', // 1
    '##', // 2
    '> On Feb 3, 2023, pages loaded slowly for an hour because the cache cluster was full.', // 3
    '', // 4
    '- Timeline:', // 5
    '> 9:00 AM: The issue was detected by an alert on page latency.', // 6
    '', // 7
    '>9:20 AM: The team found the cache cluster full.', // 8
    '', // 9
    '>10:00 AM: Old keys were evicted and the incident was resolved.', // 10
    '', // 11
    '- Root Cause and Resolution:', // 12
    '  Keys had no expiry, so the cluster filled; evicting them resolved it.', // 13
    '', // 14
    '- Tasks:', // 15
    '  1. Set an expiry on every cache key.', // 16
    '  2. Alert when the cache cluster is 80% full.', // 17
    '',
  ].join('\n');
  const p = parseDocument(doc);
  const outline = documentOutline(p.source, p.model);
  const lines = flat(outline);
  assert.equal(lines[0], 'title: Postmortem : Cache outage on Feb 3, 2023 [title]', lines.join('\n'));
  const timeline = outline.find((n) => n.name === 'Timeline');
  assert.ok(timeline, lines.join('\n'));
  assert.deepEqual(timeline.children.map((c) => c.name), [
    '9:00 AM  The issue was detected by an alert on page latency.',
    '9:20 AM  The team found the cache cluster full.',
    '10:00 AM  Old keys were evicted and the incident was resolved.',
  ]);
  assert.deepEqual(foldingRanges(outline).find((f) => f.startLine === 5), { startLine: 5, endLine: 10 }, 'the list-item section folds over its quoted entries');
  const tasks = outline.find((n) => n.name === 'Tasks');
  assert.deepEqual(tasks?.children.map((c) => `${c.kind}: ${c.name}`), ['task: Set an expiry on every cache key.', 'task: Alert when the cache cluster is 80% full.']);
});
