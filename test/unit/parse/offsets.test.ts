/**
 * The trees the parser hands out carry no offsets (parse/positions.ts): the incremental parser
 * reads a point's offset from the text's line starts instead (`pointOffset`). That is sound
 * only if, for every point micromark makes, its offset is the start of its line plus its
 * column: checked here on texts with every line break (\n, \r\n, \r), tabs (micromark's
 * virtual spaces), astral characters, NUL, over-long lines the parser cuts, containers, tables
 * and front matter, and on fuzzed documents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Point, Position } from 'unist';
import { parseMarkdown, parseWithOffsets, PARSE_LINE_LIMIT } from '../../../server/src/service/parse/markdown';
import { lineStarts, pointOffset } from '../../../server/src/service/parse/lines';
import { all } from './docs';
import { fuzzedDocument } from '../fuzz/mutate';

interface Walkable { position?: Position; children?: Walkable[] }

function points(node: Walkable, out: Point[] = []): Point[] {
  if (node.position) out.push(node.position.start, node.position.end);
  for (const c of node.children ?? []) points(c, out);
  return out;
}

function assertOffsetsFromLines(text: string, label: string): void {
  const starts = lineStarts(text);
  const made = points(parseWithOffsets(text) as Walkable);
  assert.ok(made.length > 0, label);
  for (const p of made) {
    assert.notEqual(p.offset, undefined, `${label}: micromark gives offsets`);
    assert.equal(pointOffset(starts, p), p.offset, `${label}: ${JSON.stringify(p)}`);
  }
}

const SHAPES: Record<string, string> = {
  crlf: '# Title\r\n\r\n- 09:00 UTC: paged\r\n- 09:10 UTC: fixed\r\n\r\n> quoted\r\n> more\r\n',
  cr: '# Title\r\r- 09:00: paged\r- 09:10: fixed\r\rtext\r',
  mixed: '# A\n\r\n- one\r- two\r\n  continued\n\n| a | b |\r\n|---|---|\n| 1 | 2 |\r',
  tabs: '-\t09:00\tpaged\n\t- nested\twith\ttabs\n>\tquote\n\n\tindented code\n',
  astral: '# 🚨 Outage 🚨\n\n- 09:00 🔥 paged 👩‍💻\n- 09:10 𝔘𝔫𝔦𝔠𝔬𝔡𝔢\n',
  nul: 'text\u0000with nul\n\n- item\u0000\n',
  long: `# Long\n\n- ${'x'.repeat(PARSE_LINE_LIMIT + 500)} end\n- after\n`,
  frontMatter: '---\ntitle: x\ndate: 2024-01-01\n---\n\n# Title\n\nBody\n',
  noFinalBreak: '# Title\n\nlast line',
};

test('every point micromark makes is its line start plus its column, on every line break and character shape', () => {
  for (const [label, text] of Object.entries({ ...SHAPES, ...all })) assertOffsetsFromLines(text, label);
});

test('on fuzzed documents too', () => {
  fc.assert(fc.property(fuzzedDocument, ({ text }) => assertOffsetsFromLines(text, 'fuzzed')), { numRuns: 150, seed: 20261204 });
});

test('the trees handed out have line and column only', () => {
  for (const [label, text] of Object.entries({ ...SHAPES, ...all })) {
    for (const p of points(parseMarkdown(text) as Walkable)) assert.deepStrictEqual(Object.keys(p).sort(), ['column', 'line'], label);
  }
});
