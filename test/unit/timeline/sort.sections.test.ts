/**
 * The sort fix with more than one timeline section (issue 9, item 2): it sorts the section
 * holding the entries, with a forward edit, and the result reads as an ordered timeline
 * with every line kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { applyEdits } from '../../../server/src/service/rules/fixes/fix-all';
import { comparePositions } from '../../../server/src/service/text/source-text';

const config = resolveConfig([]);
const lint = (text: string) => analyze(text, { path: 'postmortems/p.md', config, forced: true });

const DOC = [
  '# Postmortem: Two timelines', '',
  '## Timeline', '', 'The detailed timeline is further down.', '',
  '## Summary', '', 'On 2024-03-04, 10% of users saw errors.', '',
  '## Timeline (UTC)', '',
  '### 10:00 - Rollback', '', 'We rolled back the release.', '',
  '### 09:00 - Deploy', '', 'The release went out.', '',
  '## Root Cause', '', 'A bad deploy.', '',
].join('\n');

test('with two timeline sections the sort edit runs forwards and sorts the section holding the entries', () => {
  const a = lint(DOC);
  const order = a.findings.filter((f) => f.rule === 'timeline-order');
  assert.ok(order.length > 0, 'the out-of-order entry is reported');
  const fix = order[0]?.fixes[0];
  assert.ok(fix, 'the sort is offered');
  for (const e of fix.edits) assert.ok(comparePositions(e.range.start, e.range.end) <= 0, `edit ${JSON.stringify(e.range)} runs backwards`);
  const out = applyEdits(DOC, fix.edits, (p) => a.source.offsetAt(p));
  assert.deepEqual(out.split('\n').sort(), DOC.split('\n').sort(), 'every line is kept, none duplicated');
  assert.ok(out.includes('## Summary\n\nOn 2024-03-04, 10% of users saw errors.'), 'the summary is untouched');
  assert.ok(out.indexOf('### 09:00') < out.indexOf('### 10:00'), 'the entries are sorted');
  assert.equal(lint(out).findings.filter((f) => f.rule === 'timeline-order').length, 0);
});

test('the re-read guard: an edit whose result does not read as an ordered timeline is refused', async () => {
  const { sortReadsInOrder } = await import('../../../server/src/service/rules/fixes/timeline-sort');
  const { resolveTimeline } = await import('../../../server/src/service/derive/timeline/resolve');
  const text = ['# Postmortem: Guard', '', '## Timeline (UTC)', '', '- 10:00 b', '- 09:00 a', '- 11:00 c', ''].join('\n');
  const a = lint(text);
  const tl = resolveTimeline(a.model, config);
  const line = (n: number) => ({ start: { line: n, character: 0 }, end: { line: n + 1, character: a.source.lineAt(n + 1).length } });
  assert.equal(sortReadsInOrder(a.source, { range: line(4), newText: '- 09:00 a\n- 10:00 b' }, tl, config), true);
  assert.equal(sortReadsInOrder(a.source, { range: line(5), newText: '- 11:00 c\n- 09:00 a' }, tl, config), false, 'still out of order');
  assert.equal(sortReadsInOrder(a.source, { range: line(4), newText: '- 09:00 a' }, tl, config), false, 'an entry lost');
});

test('above the re-read limit the out-of-order entry is reported without a sort (checking one would re-read the whole document)', async () => {
  const { SORT_REREAD_LIMIT } = await import('../../../server/src/service/rules/fixes/timeline-sort');
  const filler = ['## Appendix', '', ...Array.from({ length: Math.ceil(SORT_REREAD_LIMIT / 60) }, (_, i) => `Log line ${i}: the worker restarted and picked up its queue.`), ''].join('\n');
  const big = `${DOC}\n${filler}`;
  assert.ok(big.length > SORT_REREAD_LIMIT);
  const order = lint(big).findings.filter((f) => f.rule === 'timeline-order');
  assert.ok(order.length > 0, 'still reported');
  assert.deepEqual(order.flatMap((f) => f.fixes), [], 'no sort offered');
  assert.match(order[0]?.message ?? '', /Move the entry to its place/);
  assert.ok(lint(DOC).findings.some((f) => f.rule === 'timeline-order' && f.fixes.length > 0), 'the same timeline in a small document gets its sort');
});
