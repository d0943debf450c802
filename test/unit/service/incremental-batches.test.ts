/**
 * The incremental analysis when several changes land between two analyses: in one didChange
 * (several content changes) or in several versions never analysed. The store composes the
 * lines each re-parse read again (parse/lines.ts composeLineChanges) and the line view of the
 * next analysis reads only those: after every batch, line view, model and findings must equal
 * a fresh analysis. INCR_RUNS and INCR_SEED override the bounded count and the fixed seed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BASES } from '../fuzz/mutate';
import { DocumentStore } from '../../../server/src/service/store';
import { analyze, type Analysis, type AnalyzeOptions } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { composeLineChanges } from '../../../server/src/service/parse/lines';

const runs = Number(process.env.INCR_RUNS ?? 40);
const seed = Number(process.env.INCR_SEED ?? 20261202);
const opts: AnalyzeOptions = { path: 'postmortems/x.md', config: resolveConfig([]), forced: true };
const TYPED = ['a', ' ', '\n', '\n\n', '- ', '## ', '> ', '```\n', '| a | b |\n', '- 10:05 UTC: paged\n', '- 09:40 UTC: outage begins\n', ' outage began', '- [ ] Add an alert @ops\n', '    ', '---\n', ''];

type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
interface Edit { line: number; at: number; span: number; text: string }

/** The edit as an LSP change on `text`, and the text after it (no CRLF pair split). */
function apply(text: string, e: Edit): { change: Change; next: string } {
  const lines = text.split('\n');
  const line = e.line % lines.length;
  const len = (lines[line] ?? '').replace(/\r$/, '').length;
  const character = e.at % (len + 1);
  const start = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
  const end = Math.min(start + e.span, start + len - character);
  return { change: { range: { start: { line, character }, end: { line, character: character + (end - start) } }, text: e.text }, next: text.slice(0, start) + e.text + text.slice(end) };
}

function reading(a: Analysis): unknown {
  return { lines: a.lines.info, model: a.model, findings: a.findings };
}

const edit: fc.Arbitrary<Edit> = fc.record({ line: fc.nat(), at: fc.nat(), span: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 8 })), text: fc.constantFrom(...TYPED) });
// A batch: edits sent together in one didChange, or in one version each, before one analysis.
const batch = fc.record({ edits: fc.array(edit, { minLength: 1, maxLength: 4 }), together: fc.boolean() });

test(`${runs} random sequences of edit batches: the incremental analysis equals a fresh one after every batch`, () => {
  fc.assert(fc.property(fc.nat({ max: BASES.length - 1 }), fc.array(batch, { minLength: 1, maxLength: 6 }), (base, batches) => {
    const store = new DocumentStore();
    const uri = 'file:///b.md';
    let text = BASES[base] ?? '';
    let version = 1;
    store.open(uri, version, text);
    store.analysis(uri, opts, 'k');
    // Every version analysed incrementally first, compared with fresh analyses afterwards:
    // a fresh analysis in between would reset what rules and facts keep from the last run.
    const seen: { text: string; reading: unknown }[] = [];
    for (const b of batches) {
      const changes: Change[] = [];
      for (const e of b.edits) {
        const { change, next } = apply(text, e);
        text = next;
        if (b.together) changes.push(change);
        else store.change(uri, ++version, [change]);
      }
      if (b.together) store.change(uri, ++version, changes);
      assert.equal(store.text(uri), text);
      const a = store.analysis(uri, opts, 'k');
      assert.ok(a);
      seen.push({ text, reading: reading(a) });
    }
    seen.forEach((v, k) => assert.deepStrictEqual(v.reading, reading(analyze(v.text, opts)), `after batch ${k + 1}`));
  }), { numRuns: runs, seed });
});

test('composed line changes: the union of both, in the lines before the first and after the second', () => {
  // Lines 3-5 became 3-7, then lines 10-11 (of that) became 10: lines 3-9 of the first text became 3-10.
  assert.deepStrictEqual(composeLineChanges({ from: 3, oldTo: 5, newTo: 7 }, { from: 10, oldTo: 12, newTo: 11 }), { from: 3, oldTo: 10, newTo: 11 });
  assert.deepStrictEqual(composeLineChanges({ from: 8, oldTo: 9, newTo: 9 }, { from: 2, oldTo: 4, newTo: 6 }), { from: 2, oldTo: 9, newTo: 11 });
  // An empty change (text unchanged) changes nothing; an open end stays open.
  assert.deepStrictEqual(composeLineChanges({ from: 0, oldTo: 0, newTo: 0 }, { from: 4, oldTo: 5, newTo: 5 }), { from: 4, oldTo: 5, newTo: 5 });
  assert.deepStrictEqual(composeLineChanges({ from: 4, oldTo: 5, newTo: 5 }, { from: 6, oldTo: null, newTo: null }), { from: 4, oldTo: null, newTo: null });
});

test('the start the timeline marks follows edits of the entries (what rules keep from the last run is checked)', () => {
  const text = ['# Postmortem: Export delays', '', '## Summary', '', 'On 2024-05-02 from 14:00 to 15:00 UTC exports were late.', '', '## Timeline', '',
    '- 14:00 UTC: alert fires', '- 14:20 UTC: the outage begins', '- 14:40 UTC: scaling starts', '- 15:00 UTC: resolved, service restored', ''].join('\n');
  const store = new DocumentStore();
  const uri = 'file:///m.md';
  store.open(uri, 1, text);
  const seen: { text: string; reading: unknown }[] = [];
  const read = (): void => {
    const a = store.analysis(uri, opts, 'k');
    assert.ok(a);
    seen.push({ text: store.text(uri) ?? '', reading: reading(a) });
  };
  read();
  // The marked start typed away (`begins` -> `beg`), then written on the first entry instead.
  store.change(uri, 2, [{ range: { start: { line: 9, character: 28 }, end: { line: 9, character: 31 } }, text: '' }]);
  read();
  store.change(uri, 3, [{ range: { start: { line: 8, character: 24 }, end: { line: 8, character: 24 } }, text: ': outage begins' }]);
  read();
  store.change(uri, 4, [{ range: { start: { line: 9, character: 28 }, end: { line: 9, character: 28 } }, text: 'ins' }]);
  read();
  const rules = seen.map((v) => (v.reading as { findings: { rule: string }[] }).findings.filter((f) => f.rule === 'timeline-summary-mismatch').length);
  assert.deepStrictEqual(rules, [1, 0, 0, 0], 'the summary disagrees with the marked start only in the first version');
  seen.forEach((v, k) => assert.deepStrictEqual(v.reading, reading(analyze(v.text, opts)), `version ${k + 1}`));
});

test('a row added to or removed from a table: the rows after it are numbered again (their line view is not kept)', () => {
  const text = ['# Postmortem: X', '', '## Impact', '', '| Service | Errors |', '|---|---|', '| api | 5% |', '| web | 2% |', '| db | 1% |', '| cache | 0% |', '', 'After the table.', ''].join('\n');
  const store = new DocumentStore();
  const uri = 'file:///t.md';
  store.open(uri, 1, text);
  store.analysis(uri, opts, 'k');
  const rows = (a: Analysis): number[] => a.lines.info.map((li) => li.tableRow);
  // A row typed under the first body row, then removed again.
  store.change(uri, 2, [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: '| queue | 3% |\n' }]);
  const added = store.analysis(uri, opts, 'k');
  assert.ok(added?.lines.changed, 'the line view was built after the previous one');
  assert.deepStrictEqual(rows(added), [-1, -1, -1, -1, 0, 1, 2, 3, 4, 5, 6, -1, -1, -1]);
  assert.deepStrictEqual(reading(added), reading(analyze(store.text(uri) ?? '', opts)));
  store.change(uri, 3, [{ range: { start: { line: 7, character: 0 }, end: { line: 8, character: 0 } }, text: '' }]);
  const removed = store.analysis(uri, opts, 'k');
  assert.ok(removed);
  assert.deepStrictEqual(rows(removed), [-1, -1, -1, -1, 0, 1, 2, 3, 4, 5, -1, -1, -1]);
  assert.deepStrictEqual(reading(removed), reading(analyze(store.text(uri) ?? '', opts)));
});
