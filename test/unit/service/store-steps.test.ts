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

test('with finish, a change during the work no longer abandons it: the answer is the analysis of the version it started on', async () => {
  const text = longPostmortem(STEPPED_CHARS + 4096);
  const store = new DocumentStore();
  store.open(URI, 1, text);
  let turns = 0;
  const result = await store.analysisInSteps(URI, opts, 'k', () => {
    if (++turns === 5) store.change(URI, 2, [{ text: `${text}\nmore\n` }]);
    return Promise.resolve();
  }, undefined, true);
  assert.ok(turns > 5, 'the work went on after the change');
  const fresh = new DocumentStore();
  fresh.open(URI, 1, text);
  assert.deepStrictEqual(result?.findings, fresh.analysis(URI, opts, 'k')?.findings, 'the findings of version 1');
  assert.equal(store.version(URI), 2);
  // A close still stops it.
  store.open(URI, 3, text);
  turns = 0;
  const closed = await store.analysisInSteps(URI, opts, 'k', () => {
    if (++turns === 3) store.close(URI);
    return Promise.resolve();
  }, undefined, true);
  assert.equal(closed, undefined);
});

test('work being finished runs alone: a request for the newer version waits for it, then is finished in turn', async () => {
  const text = longPostmortem(STEPPED_CHARS + 4096);
  const store = new DocumentStore();
  store.open(URI, 1, text);
  const order: string[] = [];
  let changed = false;
  const first = store.analysisInSteps(URI, opts, 'k', () => {
    if (!changed) {
      changed = true;
      store.change(URI, 2, [{ text: `${text}\nmore\n` }]);
    }
    return Promise.resolve();
  }, undefined, true).then((a) => { order.push('first'); return a; });
  // Asked while the first is under way, for version 2, without finish: it waits, and a
  // change during its own work does not abandon it (it waited once already).
  let changedAgain = false;
  const second = store.analysisInSteps(URI, opts, 'k', () => {
    order.push('second turn');
    if (!changedAgain) {
      changedAgain = true;
      store.change(URI, 3, [{ text: `${text}\nmore\nand more\n` }]);
    }
    return Promise.resolve();
  }).then((a) => { order.push('second'); return a; });
  const [a, b] = await Promise.all([first, second]);
  assert.equal(order[0], 'first', 'the second took no turn before the first was done');
  assert.ok(a && b, 'both answered');
  const fresh = new DocumentStore();
  fresh.open(URI, 2, `${text}\nmore\n`);
  assert.deepStrictEqual(b?.findings, fresh.analysis(URI, opts, 'k')?.findings, 'the second is the analysis of version 2');
});
