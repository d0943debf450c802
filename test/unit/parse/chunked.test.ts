/**
 * The chunked parse (parse/chunked.ts) builds the very tree of a whole parse, positions
 * included: on documents written here to put a heading or list-item line where it is not a
 * cut (inside fences, HTML blocks, front matter, paragraphs, blockquotes, tables, loose and
 * tight lists), on the parser tests' documents, on every corpus document
 * (../shared/corpus/docs, read at test time only; skipped without it) and on fuzzed
 * documents, each with pieces from 1 character up (a tiny piece cuts at every provable line).
 * The stats guard against passing only because everything fell back to whole parses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseMarkdown, parseWhole, CHUNKED_MIN } from '../../../server/src/service/parse/markdown';
import { parseChunked, parseChunkedInSteps, type ChunkStats } from '../../../server/src/service/parse/chunked';
import { dropOffsets } from '../../../server/src/service/parse/positions';
import { all } from './docs';
import { fuzzedDocument } from '../fuzz/mutate';

const SIZES = [1, 7, 40, 300];

/** Every piece size gives the whole parse's tree; returns the stats of the smallest. */
function assertSameTree(text: string, label: string, sizes: readonly number[] = SIZES): ChunkStats {
  const whole = parseWhole(text);
  let first: ChunkStats | undefined;
  for (const chunkChars of sizes) {
    const stats: ChunkStats = { pieces: 0, parsedChars: 0 };
    assert.deepStrictEqual(parseChunked(text, { chunkChars, stats }), whole, `${label}, pieces of ${chunkChars}`);
    first ??= stats;
  }
  return first ?? { pieces: 0, parsedChars: 0 };
}

const tricky: Record<string, string> = {
  fenceHidesHeadings: '# T\n\n```sh\n# not a heading\n- not an item\n```\n\n# After\n\n~~~~\n```\n# still code\n~~~~\n- x\n',
  unclosedFence: '# T\n\n- a\n\n```\n# code to the end\n- code\n',
  fenceInItem: '- a\n  ```\n  code\n# Heading closes the item\n```js\n# inside the top-level fence\n```\n- b\n',
  htmlBlocks: '# T\n\n<pre>\n# pre text\n\n- pre item\n</pre>\n# H\n<div>\n# div text (type 6 runs to a blank line)\n\n# H2\n<!--\n# comment\n\n- comment\n-->\n- after\n',
  frontMatter: '---\ntitle: x\n# yaml comment\n- yaml item\n---\n# Title\n\n- a\n- b\n',
  frontMatterOpen: '---\ntitle: x\n# heading?\n\n- a\n- b\n> quote\n# H\n- c\n',
  paragraphs: 'text\n# interrupts\ntext\n- interrupts too\ntext\n2. does not interrupt\n1. does\n',
  lazyAndQuotes: '> quote\n# closes\n> quote\nlazy line\n- item\n> in item? no\n# H\n',
  looseAndTight: '- a\n- b\n\n- c\n- d\n\n\n- e\n* new list\n* x\n+ third\n\n# H\n1. one\n2) new list\n3) x\n\n   para in item\n4) y\n',
  nested: '- a\n  - b\n    - c\n- d\n  # heading in item\n- e\n\n  - f\n\n- g\n',
  tables: '| a | b |\n|---|---|\n| 1 | 2 |\n# H\n| a |\n|---|\n- x\n| c |\n',
  setextAndBreaks: 'para\n===\n# H\npara\n---\n- - -\n* * *\n- x\n---\n',
  emptyItemsAndHeadings: '-\n-\n#\n# \n######\n####### seven\n-\ttab\n#\ttab\n+\n',
  orderedStarts: '7. a\n8. b\n# H\n0. c\n123456789. d\n1234567890. not a list\n',
  crlf: '# T\r\n\r\n- a\r\n- b\r\n\r\n- c\r\n# H\r\n```\r\n# x\r\n```\r\n',
  lone_cr: '# T\r- a\r- b\r# H\rtext\r',
  footnotes: '# T\n\nSee [^1].\n\n# H\n\n[^1]: the note\n- x\n',
  references: '# T\n\n[a] and [b][]\n\n# H\n\n[a]: /u\n- [b]: /v\n',
  longLine: `# T\n\n- ${'a* '.repeat(1500)}\n- b\n# ${'[ ] '.repeat(1100)}\n- c\n`,
  unicode: '# é\u2028- not a line start\n- 😀\n\u00a0# nbsp\n# H\n',
  task: '- [ ] open\n- [x] done\n# H\n- [ ] x\n',
};

for (const [name, text] of Object.entries(tricky)) {
  test(`chunked parse equals a whole parse: ${name}`, () => {
    assertSameTree(text, name);
  });
}

test('chunked parse equals a whole parse on the parser tests\' documents', () => {
  for (const [name, text] of Object.entries(all)) assertSameTree(text, name);
});

test('documents are cut where a cut is provable, and parsed whole only for definitions', () => {
  assert.ok(assertSameTree(tricky.looseAndTight ?? '', 'lists').pieces >= 8);
  assert.ok(assertSameTree(tricky.fenceHidesHeadings ?? '', 'fences').pieces >= 2);
  assert.equal(assertSameTree(tricky.references ?? '', 'references').whole, 'definitions');
  assert.equal(assertSameTree(tricky.footnotes ?? '', 'footnotes').whole, 'definitions');
  // Retries (doubling) stay within a few whole parses even with 1-character pieces.
  const s = assertSameTree(tricky.htmlBlocks ?? '', 'html');
  assert.ok(s.pieces >= 3 && s.parsedChars < 4 * (tricky.htmlBlocks ?? '').length, JSON.stringify(s));
});

const dir = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'docs');
const files = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md')).sort() : [];

test('chunked parse equals a whole parse on every corpus document', { skip: files.length === 0 ? `no corpus at ${dir}` : false }, () => {
  let chunked = 0;
  for (const name of files) {
    const s = assertSameTree(readFileSync(join(dir, name), 'utf8'), name, [1, 300]);
    if (!s.whole && s.pieces > 1) chunked++;
  }
  assert.ok(chunked > files.length / 2, `${chunked} of ${files.length} documents were cut`);
});

test('chunked parse equals a whole parse on fuzzed documents', () => {
  let cut = 0;
  fc.assert(
    fc.property(fuzzedDocument, fc.integer({ min: 1, max: 400 }), ({ text }, chunkChars) => {
      const stats: ChunkStats = { pieces: 0, parsedChars: 0 };
      assert.deepStrictEqual(parseChunked(text, { chunkChars, stats }), parseWhole(text));
      if (!stats.whole && stats.pieces > 1) cut++;
    }),
    { numRuns: Number(process.env.FC_RUNS ?? 300), seed: Number(process.env.FC_SEED ?? 9) },
  );
  assert.ok(cut > 100, `${cut} fuzzed documents were cut`);
});

// Block-level fragments (as the incremental parser's property test uses): random documents
// dense in markers, fences, pipes, front matter fences, HTML and blank lines.
const FRAGMENTS = ['a', 'x y', ' ', '\n', '\n', '\n\n', '- ', '* ', '+ ', '1. ', '3) ', '> ', '```', '~~~', '|', ' | ', '|---|', '#', '# ', '## ', '---', '===', '    ', '  ', '\t', '[ ] ', '`', '**', '[a]', '[^1]', '<div>', '<pre>', '</pre>', '<!--', '-->', '\r\n', '\r', '12:30 UTC: '];
const fragmentDocument = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 20, maxLength: 150 }).map((parts) => parts.join(''));

test('chunked parse equals a whole parse on random block-level documents', () => {
  let cut = 0;
  fc.assert(
    fc.property(fragmentDocument, fc.integer({ min: 1, max: 40 }), (text, chunkChars) => {
      const stats: ChunkStats = { pieces: 0, parsedChars: 0 };
      assert.deepStrictEqual(parseChunked(text, { chunkChars, stats }), parseWhole(text));
      if (!stats.whole && stats.pieces > 1) cut++;
    }),
    { numRuns: Number(process.env.FC_RUNS ?? 1000), seed: Number(process.env.FC_SEED ?? 5) },
  );
  assert.ok(cut > 150, `${cut} random documents were cut`);
});

test('the stepped parse pauses between pieces and gives the same tree', async () => {
  const text = Object.values(all).join('\n');
  let pauses = 0;
  const tree = await parseChunkedInSteps(text, () => { pauses++; return Promise.resolve(true); }, { chunkChars: 50 });
  assert.deepStrictEqual(tree, parseWhole(text));
  const stats: ChunkStats = { pieces: 0, parsedChars: 0 };
  parseChunked(text, { chunkChars: 50, stats });
  assert.ok((stats.runs ?? 0) > stats.pieces, 'some pieces were retried longer');
  assert.equal(pauses, (stats.runs ?? 0) - 1);
});

test('the stepped parse stops at the first pause that says the tree is no longer wanted', async () => {
  const text = Object.values(all).join('\n');
  let pauses = 0;
  const tree = await parseChunkedInSteps(text, () => Promise.resolve(++pauses < 3), { chunkChars: 50 });
  assert.equal(tree, undefined);
  assert.equal(pauses, 3);
});

test('parseMarkdown parses a big document in pieces, with the whole parse\'s tree', () => {
  const parts = [...Object.values(all), ...Object.entries(tricky).filter(([k]) => !['references', 'footnotes', 'frontMatter', 'frontMatterOpen', 'longLine'].includes(k)).map(([, v]) => v)];
  const pieces: string[] = [];
  for (let n = 0, i = 0; n <= 2 * CHUNKED_MIN; i++) {
    const p = `\n# Part ${i}\n\n${parts[i % parts.length] ?? ''}`;
    pieces.push(p);
    n += p.length;
  }
  const text = pieces.join('');
  const stats: ChunkStats = { pieces: 0, parsedChars: 0 };
  parseChunked(text, { stats });
  assert.equal(stats.whole, undefined);
  assert.ok(stats.pieces > 15 && stats.parsedChars < 1.2 * text.length, JSON.stringify(stats));
  // The same tree, without the offsets (parseMarkdown's points carry line and column only).
  const whole = parseWhole(text);
  dropOffsets(whole);
  assert.deepStrictEqual(parseMarkdown(text), whole);
});

test('a first-line fence that is never closed is a thematic break, and the lists below it stay lists', () => {
  // micromark-extension-frontmatter's failed attempt made every later list a paragraph (found by the fuzz test).
  const tree = parseWhole('---\ntitle: Queue stalled\n\n# Postmortem: Queue stalled\n\n- 10:00: The queue stalled.\n- 10:05: The alert paged the on-call engineer.\n\n> quoted\n');
  assert.deepEqual(tree.children.map((n) => n.type), ['thematicBreak', 'paragraph', 'heading', 'list', 'blockquote']);
  // A closed fence is still front matter.
  assert.deepEqual(parseWhole('---\ntitle: x\n---\n\n- a\n- b\n').children.map((n) => n.type), ['yaml', 'list']);
});

test('a document set between two rules is Markdown, not front matter; a mapping with Markdown-looking comments stays front matter', () => {
  const between = `---\n\n# Incident Report: VPN down\n\n**Severity:** P2\n\n## Summary\n\n${'The VPN was down for an hour because a certificate expired.\n\n'.repeat(200)}---\n`;
  assert.deepEqual(parseWhole(between).children.slice(0, 3).map((n) => n.type), ['thematicBreak', 'heading', 'paragraph']);
  assertSameTree(between, 'between rules');
  assert.deepEqual(parseWhole('---\n# metadata for the tracker\ntitle: VPN down\nseverity: 2\n---\n\n# Postmortem\n').children.map((n) => n.type), ['yaml', 'heading']);
});

test('a chunked tree is known to hold no definition; a document with one is parsed whole and walked', async () => {
  const { isDefinitionFree } = await import('../../../server/src/service/parse/definitions');
  const { parseChunked: chunked } = await import('../../../server/src/service/parse/chunked');
  const body = Array.from({ length: 40 }, (_, i) => `## Part ${i}\n\n- 10:${String(i).padStart(2, '0')} step ${i}\n`).join('\n');
  const free = chunked(body, { chunkChars: 64 });
  // The chunked tree is marked by its parse; a copy of it is walked: both are free.
  const walked = JSON.parse(JSON.stringify(free)) as typeof free;
  assert.equal(isDefinitionFree(free), true);
  assert.equal(isDefinitionFree(walked), true);
  // The parse's mark is what is read, not a walk: a definition put into the marked tree
  // afterwards is not looked for (a walk, as for the copy, would find it).
  const marked = chunked(body, { chunkChars: 64 });
  const copy = JSON.parse(JSON.stringify(marked)) as typeof marked;
  const def = { type: 'definition', identifier: 'x', label: 'x', url: 'https://example.com', title: null } as const;
  marked.children.push(def);
  copy.children.push(def);
  assert.equal(isDefinitionFree(marked), true);
  assert.equal(isDefinitionFree(copy), false);
  const withDef = chunked(`${body}\n[ref]: https://example.com\n`, { chunkChars: 64 });
  assert.equal(isDefinitionFree(withDef), false);
});
