/**
 * Properties of timeline-order and its sort fix: any non-identity permutation of a valid
 * timeline is flagged, and the fix always yields an ordered timeline whose lines are exactly
 * the original lines, whatever the markup.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { applyEdits } from '../../../server/src/service/rules/fixes/fix-all';

const config = resolveConfig([]);
type Markup = 'list' | 'plain' | 'table' | 'heading' | 'quote';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An entry's lines (a heading entry carries a paragraph under it). */
function entryLines(markup: Markup, minutes: number, k: number): string[] {
  const t = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  switch (markup) {
    case 'list': return [`- ${t}: Event number ${k} happened.`];
    case 'plain': return [`${t}: Event number ${k} happened.`];
    case 'table': return [`| ${t} | Event number ${k} happened. |`];
    case 'quote': return [`> ${t}: Event number ${k} happened.`, ''];
    case 'heading': return [`### ${t} - Event ${k}`, '', `Details of event ${k}.`, ''];
  }
}

function doc(markup: Markup, entries: string[][]): string {
  const head = ['# Postmortem: Generated incident', '', '## Summary', '', 'On 2024-03-04, 10% of users saw errors.', '', '## Timeline (UTC)', ''];
  const table = markup === 'table' ? ['| Time | Event |', '|---|---|'] : [];
  return [...head, ...table, ...entries.flat(), '', '## Root Cause', '', 'A bad deploy.', ''].join('\n');
}

const MARKUPS: Markup[] = ['list', 'plain', 'table', 'heading', 'quote'];

/** 2-8 distinct times within one 11-hour window (so no step reads as crossing midnight). */
const times = fc.uniqueArray(fc.integer({ min: 6 * 60, max: 17 * 60 }), { minLength: 2, maxLength: 8 }).map((a) => [...a].sort((x, y) => x - y));

const permuted = times.chain((ts) =>
  fc.tuple(fc.constant(ts), fc.shuffledSubarray(ts.map((_, i) => i), { minLength: ts.length, maxLength: ts.length }), fc.constantFrom(...MARKUPS)));

function orderFindings(text: string) {
  return analyze(text, { path: 'postmortems/p.md', config, forced: true }).findings.filter((f) => f.rule === 'timeline-order');
}

test('a valid timeline is not flagged, and any other permutation of it is', () => {
  fc.assert(fc.property(permuted, ([ts, perm, markup]) => {
    const ordered = doc(markup, ts.map((m, k) => entryLines(markup, m, k)));
    assert.equal(orderFindings(ordered).length, 0);
    const shuffled = doc(markup, perm.map((k) => entryLines(markup, ts[k] ?? 0, k)));
    const identity = perm.every((k, i) => k === i);
    assert.equal(orderFindings(shuffled).length > 0, !identity);
  }), { numRuns: 150 });
});

test('the sort fix yields an ordered timeline whose lines are exactly the original lines', () => {
  fc.assert(fc.property(permuted, ([ts, perm, markup]) => {
    if (perm.every((k, i) => k === i)) return;
    const text = doc(markup, perm.map((k) => entryLines(markup, ts[k] ?? 0, k)));
    const a = analyze(text, { path: 'postmortems/p.md', config, forced: true });
    const f = a.findings.find((x) => x.rule === 'timeline-order');
    const fix = f?.fixes[0];
    assert.ok(fix, 'a sort fix is offered');
    const fixed = applyEdits(text, fix.edits, (p) => a.source.offsetAt(p));
    assert.deepEqual(fixed.split('\n').sort(), text.split('\n').sort(), 'same multiset of lines');
    assert.equal(orderFindings(fixed).length, 0);
    const again = analyze(fixed, { path: 'postmortems/p.md', config, forced: true });
    assert.deepEqual(again.model.timeline.map((e) => e.minutes), [...ts]);
  }), { numRuns: 150 });
});

test('the sort is stable: entries at the same time keep their order', () => {
  const text = doc('list', [['- 10:00: B first.'], ['- 09:00: A.'], ['- 10:00: C second.']]);
  const a = analyze(text, { path: 'postmortems/p.md', config, forced: true });
  const fix = a.findings.find((x) => x.rule === 'timeline-order')?.fixes[0];
  assert.ok(fix);
  const fixed = applyEdits(text, fix.edits, (p) => a.source.offsetAt(p));
  assert.match(fixed, /- 09:00: A\.\n- 10:00: B first\.\n- 10:00: C second\./);
});

test('no sort is offered when the order would be ambiguous (an untimed entry in between)', () => {
  const text = doc('list', [['- 10:00: B.'], ['- Someone was paged.'], ['- 09:00: A.']]);
  const f = orderFindings(text);
  assert.equal(f.length, 1);
  assert.deepEqual(f[0]?.fixes, []);
});
