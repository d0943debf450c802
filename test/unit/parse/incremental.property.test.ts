import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SourceText } from '../../../server/src/service/text/source-text';
import { parseMarkdown } from '../../../server/src/service/parse/markdown';
import { applyChanges, type ContentChange } from '../../../server/src/service/parse/incremental';
import { all } from './docs';

// Fragments chosen to move block boundaries: list markers, quotes, fences, table pipes,
// headings, setext underlines, thematic breaks, blank lines, indentation, definitions.
const FRAGMENTS = ['a', 'x y', ' ', '\n', '\n\n', '- ', '* ', '1. ', '3) ', '> ', '```', '~~~', '|', ' | ', '|---|', '#', '# ', '---', '===', '    ', '  ', '\t', '[ ] ', '`', '**', '[a]: /u', '[a]', '[^1]', '[^1]: n', '<div>', '\r\n', '12:30 UTC: '];

interface EditSpec { at: number; del: number; frag: number; lineStart: boolean }

const editArb = fc.record({
  at: fc.nat({ max: 100000 }),
  del: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 })),
  frag: fc.nat({ max: FRAGMENTS.length }),
  lineStart: fc.boolean(),
});

function toChange(text: string, e: EditSpec): ContentChange {
  const src = new SourceText(text);
  let start = text.length === 0 ? 0 : e.at % (text.length + 1);
  if (e.lineStart) start = src.offsetAt({ line: src.positionAt(start).line, character: 0 });
  const end = Math.min(text.length, start + e.del);
  const insert = e.frag === FRAGMENTS.length ? '' : FRAGMENTS[e.frag] ?? '';
  return { range: { start: src.positionAt(start), end: src.positionAt(end) }, text: insert };
}

const modes = { full: 0, partial: 0 };

for (const [name, doc] of Object.entries(all)) {
  test(`incremental parse equals a full parse after every random edit: ${name}`, () => {
    fc.assert(
      fc.property(fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 }), (batches) => {
        let state = { text: doc, tree: parseMarkdown(doc) };
        for (const batch of batches) {
          // Each change's range is in the text left by the previous change of the batch.
          const changes: ContentChange[] = [];
          let t = state.text;
          for (const e of batch) {
            const ch = toChange(t, e);
            changes.push(ch);
            const s = new SourceText(t);
            t = t.slice(0, s.offsetAt(ch.range.start)) + ch.text + t.slice(s.offsetAt(ch.range.end));
          }
          const r = applyChanges(state, changes);
          assert.equal(r.text, t);
          assert.deepStrictEqual(r.tree, parseMarkdown(t));
          modes[r.stats.mode]++;
          state = r;
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 60), seed: Number(process.env.FC_SEED ?? 42) },
    );
  });
}

test('the random edits mostly exercise the partial path', () => {
  // Guards the property tests above against passing only because everything fell back to
  // full parses (definitions or a front matter fence in the text force those).
  assert.ok(modes.partial > modes.full, JSON.stringify(modes));
});
