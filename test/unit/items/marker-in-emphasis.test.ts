/** `**- Title:**` over its description: a bullet typed inside the bold is an item all the same. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';
import { markerInEmphasis } from '../../../server/src/service/lex/items/plain';

test('a marker inside the emphasis titles an item among bulleted ones', () => {
  const text = [
    '# Postmortem: stale search results', '', '## Summary', '', 'Search served day-old results for an afternoon.', '',
    '## Corrective and preventative measures', '',
    '- **Index freshness alert:**', 'Page when the newest indexed document is over an hour old.', '',
    '**- Reindex drill:**', 'Rebuild the index from scratch on staging every quarter.', '',
    '**- Owner rota:** ', 'Name who watches the indexer each week.',
  ].join('\n');
  const { model } = parseDocument(text);
  assert.deepEqual(model.measures.map((m) => [m.line + 1, m.endLine + 1]), [[9, 10], [12, 13], [15, 16]]);
  const drill = model.measures[1];
  assert.equal(drill?.text, 'Reindex drill:');
  assert.equal(text.split('\n')[11]?.slice(drill?.textRange.start.character, drill?.textRange.end.character), 'Reindex drill:');
});

test('only a marker right inside the emphasis, with the emphasis closed on the line', () => {
  assert.deepEqual(markerInEmphasis('**- Reindex drill:**'), { text: 'Reindex drill:', offset: 4 });
  assert.equal(markerInEmphasis('**Reindex drill:**'), null);
  assert.equal(markerInEmphasis('**- Reindex drill: rebuild'), null);
  assert.equal(markerInEmphasis('**-5% error budget**'), null);
});
