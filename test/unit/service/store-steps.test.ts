/**
 * The store's stepped analysis parses a long document piece by piece (parse/chunked.ts):
 * it takes a turn between pieces, and a change of the document during the parse abandons
 * the work at the next turn instead of finishing a parse nobody will read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentStore, STEPPED_CHARS } from '../../../server/src/service/store';
import { resolveConfig } from '../../../server/src/service/config/resolve';
import { CHUNK_CHARS } from '../../../server/src/service/parse/chunked';

const URI = 'file:///w/long.md';

function longPostmortem(chars: number): string {
  const out = ['# Postmortem: slow exports\n\n## Summary\n\nFrom 09:00 to 11:30 UTC exports were slow.\n\n## Notes\n\n'];
  for (let i = 0, n = out[0]?.length ?? 0; n < chars; i++) {
    const line = i % 50 === 0 ? `\n### Part ${i}\n\n` : `- Observation ${i}: queue depth ${i % 97}.\n`;
    out.push(line);
    n += line.length;
  }
  return out.join('');
}

const opts = { path: 'postmortems/long.md', config: resolveConfig([]) };

test('a long document is parsed with a turn between pieces, and gives the analysis of a parse in one go', async () => {
  const text = longPostmortem(STEPPED_CHARS + 4096);
  const store = new DocumentStore();
  store.open(URI, 1, text);
  let turns = 0;
  const stepped = await store.analysisInSteps(URI, opts, 'k', () => { turns++; return Promise.resolve(); });
  assert.ok(turns > text.length / CHUNK_CHARS / 2, `${turns} turns for ${text.length} characters`);
  const once = new DocumentStore();
  once.open(URI, 1, text);
  assert.deepStrictEqual(stepped?.tree, once.parsed(URI)?.tree);
  assert.deepStrictEqual(stepped?.findings, once.analysis(URI, opts, 'k')?.findings);
});

test('a change during the parse abandons it at the next turn', async () => {
  const text = longPostmortem(STEPPED_CHARS + 4096);
  const store = new DocumentStore();
  store.open(URI, 1, text);
  let turns = 0;
  const result = await store.analysisInSteps(URI, opts, 'k', () => {
    if (++turns === 5) store.change(URI, 2, [{ text: `${text}\nmore\n` }]);
    return Promise.resolve();
  });
  assert.equal(result, undefined);
  assert.equal(turns, 5);
  assert.equal(store.stats.full, 0, 'no parse was finished');
});

test('an edit that needs a full parse of a long document leaves the parse to the next read, in steps', async () => {
  // A link reference definition makes every edit a full parse (references resolve document-wide).
  const text = `${longPostmortem(STEPPED_CHARS + 4096)}\nSee [the runbook].\n\n[the runbook]: https://example.invalid/runbook\n`;
  const store = new DocumentStore();
  store.open(URI, 1, text);
  store.parsed(URI);
  const parsedChars = store.stats.reparsedChars;
  const line = text.split('\n').length - 6;
  store.change(URI, 2, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }]);
  assert.equal(store.stats.reparsedChars, parsedChars, 'the change itself parsed nothing');
  let turns = 0;
  const a = await store.analysisInSteps(URI, opts, 'k', () => { turns++; return Promise.resolve(); });
  assert.ok(turns > 10, `${turns} turns`);
  const fresh = new DocumentStore();
  fresh.open(URI, 1, store.text(URI) ?? '');
  assert.deepStrictEqual(a?.tree, fresh.parsed(URI)?.tree);
});

test('what reads other documents on the side never parses a long one in one go: parsedIfCheap', () => {
  const store = new DocumentStore();
  store.open(URI, 1, longPostmortem(STEPPED_CHARS + 4096));
  store.open('file:///w/short.md', 1, '# Postmortem: x\n\n## Summary\n\nShort.\n');
  assert.equal(store.parsedIfCheap(URI), undefined, 'a long document not parsed yet is skipped');
  assert.ok(store.parsedIfCheap('file:///w/short.md'), 'a short one is parsed on the spot');
  assert.ok(store.parsed(URI));
  assert.ok(store.parsedIfCheap(URI), 'once parsed, it is there');
});
