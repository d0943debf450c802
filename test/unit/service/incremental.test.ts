/**
 * The incremental analysis (issue 14): a document edited through the store, keystroke by
 * keystroke or line by line, is analysed from its previous version (model/incremental: parts
 * kept and moved; rules/runner: findings kept where the edit cannot have changed them).
 * After every edit of a random sequence, on real-shaped documents (the fuzz test's shapes
 * and the fixture documents), it must equal a from-scratch analysis of the same text:
 * model, findings (ranges, messages, fixes), coverage and duplicates identical.
 * INCR_RUNS and INCR_SEED override the bounded count and the fixed seed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BASES } from '../fuzz/mutate';
import { DocumentStore, STEPPED_CHARS } from '../../../server/src/service/store';
// @ts-expect-error: plain JavaScript tool without types
import { generatePostmortem } from '../../bench/gen-postmortem.mjs';
import { analyze, type Analysis, type AnalyzeOptions } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import type { ResolvedEntry, ResolvedTimeline } from '../../../server/src/service/derive/timeline/types';

const runs = Number(process.env.INCR_RUNS ?? 50);
const seed = Number(process.env.INCR_SEED ?? 20261201);
const opts: AnalyzeOptions = { path: 'postmortems/x.md', config: resolveConfig([]), forced: true };

/** One edit, as an editor sends it: a range of the current text replaced by new text. */
interface Edit { at: number; span: number; line: number; text: string }

const TYPED = ['a', ' ', 'x', '#', 'Status | ', 'Task | ', '## ', '- ', '- [ ] ', '* ', '1. ', '> ', '|', ' | ', '**', '`', ':', '\n', '\n\n', '\n- ', '\n## Timeline\n', '\n## Action items\n', '10:00 ', '- 09:15 UTC: paged\n', '- [ ] Add an alert @ops due 2024-06-01\n', 'TODO', 'human error', 'EST', '2024-03-10 ', '<!-- postmortem-lint-disable placeholder -->\n', '```\n', '    ', 'Impact: 5% of users\n', 'Summary'];

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  // Mostly typing (nothing removed), sometimes a deletion of a few characters or a line.
  span: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 12 }) }),
  line: fc.nat(),
  text: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TYPED) }, { weight: 1, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }),
});

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') out.push(i + 1);
  return out;
}

/** The edit as an LSP change on `text` (a position on one of its lines), and the text after it. */
function apply(text: string, e: Edit): { change: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }; next: string } {
  const starts = lineStarts(text);
  const line = e.line % starts.length;
  const lineStart = starts[line] ?? 0;
  const lineEnd = (starts[line + 1] ?? text.length + 1) - 1;
  const offset = lineStart + (e.at % (lineEnd - lineStart + 1));
  const end = Math.min(text.length, offset + e.span);
  // Positions in UTF-16 units from the line start, as the store counts them.
  const pos = (o: number): { line: number; character: number } => {
    let l = 0;
    while (l + 1 < starts.length && (starts[l + 1] ?? 0) <= o) l++;
    return { line: l, character: o - (starts[l] ?? 0) };
  };
  // Never split a CRLF pair (an editor does not).
  const start = offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n' ? offset - 1 : offset;
  const stop = end > 0 && text[end - 1] === '\r' && text[end] === '\n' ? end + 1 : end;
  return { change: { range: { start: pos(start), end: pos(stop) }, text: e.text }, next: text.slice(0, start) + e.text + text.slice(stop) };
}

/** What must be identical: everything rules and features read, without the lazily made parts. */
function reading(a: Analysis): unknown {
  return {
    // The line view (read again only on the lines the incremental parser re-read).
    lines: a.lines.info,
    model: a.model,
    findings: a.findings,
    coverage: a.derived.coverage,
    duplicates: a.derived.taskDuplicates.later.map((j) => [j, [...a.derived.taskDuplicates.earlier(j)]]),
    timeline: resolvedReading(a.derived.timeline),
  };
}

/** The resolved timeline (kept from the version before when its inputs are unchanged), timed entries as indices. */
function resolvedReading(t: ResolvedTimeline): unknown {
  const entry = (r: ResolvedEntry): unknown => ({ ...r });
  return { ...t, entries: t.entries.map(entry), timed: t.timed.map((r) => r.index) };
}

test(`${runs} random edit sequences: the incremental analysis equals a fresh one after every edit`, () => {
  fc.assert(fc.property(fc.nat({ max: BASES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), (base, edits) => {
    const store = new DocumentStore();
    let text = BASES[base] ?? '';
    store.open('file:///x.md', 1, text);
    store.analysis('file:///x.md', opts, 'k');
    edits.forEach((e, k) => {
      const { change, next } = apply(text, e);
      text = next;
      store.change('file:///x.md', k + 2, [change]);
      assert.equal(store.text('file:///x.md'), text);
      const incremental = store.analysis('file:///x.md', opts, 'k');
      assert.ok(incremental);
      assert.deepStrictEqual(reading(incremental), reading(analyze(text, opts)), `after edit ${k + 1}: ${JSON.stringify(change)}`);
    });
  }), { numRuns: runs, seed });
});

test('typing in a timeline entry keeps the measures and tasks, their findings and untouched sections', () => {
  const text = ['# Postmortem: Queue backlog', '', '## Summary', '', 'On 2024-05-02 from 14:05 to 15:40 UTC exports were late.', '', '## Timeline', '',
    '- 14:05 UTC: alert fires', '- 14:20 UTC: scaling starts', '- 15:40 UTC: resolved', '', '## Action items', '', '- [ ] Cap retries TODO', '- [ ] Cap retries TODO', ''].join('\n');
  const store = new DocumentStore();
  store.open('file:///y.md', 1, text);
  const before = store.analysis('file:///y.md', opts, 'k');
  assert.ok(before);
  store.change('file:///y.md', 2, [{ range: { start: { line: 9, character: 26 }, end: { line: 9, character: 26 } }, text: 'x' }]);
  const after = store.analysis('file:///y.md', opts, 'k');
  assert.ok(after?.reuse);
  assert.equal(after.reuse.items, true);
  assert.equal(after.reuse.timeline, false);
  // The same objects, not equal copies: nothing of the tasks was read again.
  assert.equal(after.model.tasks, before.model.tasks);
  after.model.sections.forEach((s, k) => assert.equal(s, before.model.sections[k]));
  const dup = (a: Analysis) => a.findings.filter((f) => f.rule === 'task-duplicate' || f.rule === 'placeholder');
  assert.equal(dup(after).length, 3);
  dup(after).forEach((f, k) => assert.equal(f, dup(before)[k]));
  assert.deepStrictEqual(reading(after), reading(analyze(store.text('file:///y.md') ?? '', opts)));
});

test('a long document analysed in steps, some analyses abandoned by the next keystroke, equals a fresh analysis', async () => {
  const big = generatePostmortem({ lines: 1700 }) as string;
  assert.ok(big.length >= STEPPED_CHARS);
  const store = new DocumentStore();
  const uri = 'file:///big.md';
  store.open(uri, 1, big);
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  assert.ok(await store.analysisInSteps(uri, opts, 'k', turn));
  let text = big;
  const edits: Edit[] = [
    { line: 900, at: 999, span: 0, text: 'x' }, { line: 900, at: 999, span: 0, text: 'y' }, { line: 20, at: 3, span: 0, text: 'TODO ' },
    { line: 1200, at: 0, span: 0, text: '- 23:59 EST: paged\n' }, { line: 1500, at: 6, span: 4, text: '' }, { line: 900, at: 999, span: 0, text: '\n' },
  ];
  let version = 1;
  for (const [k, e] of edits.entries()) {
    const { change, next } = apply(text, e);
    text = next;
    store.change(uri, ++version, [change]);
    // Every other version: its stepped analysis is started, then abandoned by the next edit.
    if (k % 2 === 0 && k + 1 < edits.length) {
      const abandoned = store.analysisInSteps(uri, opts, 'k', turn);
      const following = edits[k + 1];
      if (!following) continue;
      const after = apply(text, following);
      text = after.next;
      store.change(uri, ++version, [after.change]);
      assert.equal(await abandoned, undefined);
    }
    const a = await store.analysisInSteps(uri, opts, 'k', turn);
    assert.ok(a);
    assert.deepStrictEqual(reading(a), reading(analyze(text, opts)), `after edit ${k + 1}`);
  }
});

test('a table header edited re-reads the rows under it: findings resting on their cells follow', () => {
  // `TODO` at the start of a task's text is its status word, not a placeholder: which cell is
  // the text depends on the header row, two lines above the rows (found by a narrower window).
  const text = ['# Postmortem: X', '', '## Summary', '', 'On 2024-05-02 exports were late.', '', '## Action items', '', '| Status | Task | Owner |', '|---|---|---|', '| TODO | Add an alert | @a |', '| TODO TODO | Cap retries | @b |', ''].join('\n');
  const store = new DocumentStore();
  store.open('file:///t.md', 1, text);
  store.analysis('file:///t.md', opts, 'k');
  store.change('file:///t.md', 2, [{ range: { start: { line: 8, character: 0 }, end: { line: 8, character: 24 } }, text: '| Task | Status | Owner |' }]);
  const after = store.analysis('file:///t.md', opts, 'k');
  assert.ok(after?.reuse);
  assert.deepStrictEqual(reading(after), reading(analyze(store.text('file:///t.md') ?? '', opts)));
});

test('an edit next to a line re-reads that line with its own neighbours: a run-in section name two lines below the edit', () => {
  // Found by the random sequences (seed 77, 400 runs): `Summary` typed on a blank line runs
  // into `a# Summary` under it; then an edit of the line above it re-checked it through a
  // view without the line under it, and the finding was lost. A finding on the line beside
  // the edit rests on that line's own neighbours, two lines from the edit.
  const text = ['# Postmortem: Report upload failed', '', '**Date:** 6 May 2025', '**Time:** 0715hrs (UTC+2)', '', 'a# Summary', '', '## Action items', '',
    'The upload stopped and no report reached the partners.', '', '## Root Cause', '', 'The upload worker lost its credentials.', ''].join('\n');
  const store = new DocumentStore();
  store.open('file:///r.md', 1, text);
  store.analysis('file:///r.md', opts, 'k');
  const runIn = (a: Analysis | undefined): boolean => !!a?.findings.some((f) => f.rule === 'heading-syntax' && f.range.start.line === 4);
  store.change('file:///r.md', 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'Summary' }]);
  const typed = store.analysis('file:///r.md', opts, 'k');
  assert.ok(runIn(typed), 'the run-in name is reported once typed');
  store.change('file:///r.md', 3, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'a' }]);
  const after = store.analysis('file:///r.md', opts, 'k');
  assert.ok(after?.reuse, 'the analysis was made from the version before');
  assert.ok(runIn(after), 'and still after the line above it is edited');
  assert.deepStrictEqual(reading(after), reading(analyze(store.text('file:///r.md') ?? '', opts)));
});

test('words typed into entries change the restoration the timeline ends with: the kept readings follow the edited entries', () => {
  // The resolution entry is looked for over every entry on each keystroke, each entry's
  // reading kept by the entry (rules/timeline/moments.ts): typing a relapse after the
  // restoration, then a restoration after it, moves the end the summary is compared with.
  const text = ['# Postmortem: Search outage', '', '## Summary', '', 'On 2024-05-02 from 14:00 to 15:00 UTC search was down.', '', '## Timeline', '',
    '- 14:00 UTC: search errors start', '- 14:20 UTC: search restored', '- 15:40 UTC: a note', '- 16:30 UTC: another note', ''].join('\n');
  const store = new DocumentStore();
  store.open('file:///s.md', 1, text);
  const mismatch = (a: Analysis | undefined): string[] => (a?.findings ?? []).filter((f) => f.rule === 'timeline-summary-mismatch').map((f) => f.message);
  assert.ok(mismatch(store.analysis('file:///s.md', opts, 'k')).some((m) => m.includes('14:20')), 'the summary\'s end is compared with the restoration');
  const steps = [
    { line: 10, from: 13, to: 19, text: 'search went down again' },
    { line: 11, from: 13, to: 25, text: 'search restored for good' },
  ];
  let version = 1;
  for (const s of steps) {
    store.change('file:///s.md', ++version, [{ range: { start: { line: s.line, character: s.from }, end: { line: s.line, character: s.to } }, text: s.text }]);
    const a = store.analysis('file:///s.md', opts, 'k');
    assert.ok(a?.reuse);
    assert.deepStrictEqual(reading(a), reading(analyze(store.text('file:///s.md') ?? '', opts)));
  }
  const end = mismatch(store.analysis('file:///s.md', opts, 'k'));
  assert.ok(end.some((m) => m.includes('16:30')) && !end.some((m) => m.includes('14:20')), `the summary's end is compared with the restoration after the relapse: ${JSON.stringify(end)}`);
});

type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };

/**
 * Opens `text`, then applies `edits` one version each: every edit must be analysed from the
 * version before and equal a fresh analysis; `first` is asked of the analysis of the opened
 * text and `each` of the one after edit k. Returns the last analysis.
 */
function editsFollow(uri: string, text: string, edits: readonly Change[], checks: { first?: (a: Analysis | undefined) => void; each?: (a: Analysis, k: number) => void } = {}): Analysis | undefined {
  const store = new DocumentStore();
  store.open(uri, 1, text);
  const opened = store.analysis(uri, opts, 'k');
  checks.first?.(opened);
  let last: Analysis | undefined;
  edits.forEach((change, k) => {
    store.change(uri, k + 2, [change]);
    const a = store.analysis(uri, opts, 'k');
    assert.ok(a?.reuse, `edit ${k + 1} was analysed from the version before`);
    checks.each?.(a, k);
    assert.deepStrictEqual(reading(a), reading(analyze(store.text(uri) ?? '', opts)), `after edit ${k + 1}`);
    last = a;
  });
  return last;
}

test('figures stated in a metrics list are read again where edited and kept, moved, elsewhere', () => {
  // duration-mismatch reads the figures from every line through the line view's per-line
  // cache: an edit of a figure, and a line inserted above them, change what it finds.
  const text = ['# Postmortem: Login errors', '', '## Summary', '', 'On 2024-05-02 logins failed.', '', '## Metrics', '',
    '- Time to detect: 5 minutes', '- Time to resolve: 30 minutes', '- Total downtime: 2 hours', ''].join('\n');
  const addsUp = (a: Analysis | undefined): boolean => !(a?.findings ?? []).some((f) => f.rule === 'duration-mismatch' && f.message.startsWith('The total downtime'));
  const expected = [true, true, false];
  editsFollow('file:///m.md', text, [
    { range: { start: { line: 10, character: 18 }, end: { line: 10, character: 25 } }, text: '35 minutes' },
    { range: { start: { line: 4, character: 29 }, end: { line: 4, character: 29 } }, text: '\nMost users retried later.' },
    { range: { start: { line: 11, character: 18 }, end: { line: 11, character: 28 } }, text: '50 minutes' },
  ], {
    first: (a) => assert.equal(addsUp(a), false, 'two hours is neither 30 nor 35 minutes'),
    each: (a, k) => assert.equal(addsUp(a), expected[k], `after edit ${k + 1}`),
  });
});

test('a stated zone ("All times in UTC") is read again where edited and kept, moved, elsewhere', () => {
  // The model reads the zone note from every line through the line view's per-line cache:
  // typing it, editing its zone, a line inserted above it and its removal change the zone.
  const text = ['# Postmortem: Login errors', '', '## Summary', '', 'On 2024-05-02 logins failed.', '', '## Timeline', '',
    '- 14:05: alert fires', '- 14:40: resolved', ''].join('\n');
  const zone = (a: Analysis | undefined): string | null => a?.model.allTimesZone?.text ?? null;
  const expected = ['UTC', 'PST', 'PST', null];
  editsFollow('file:///z.md', text, [
    { range: { start: { line: 4, character: 28 }, end: { line: 4, character: 28 } }, text: '\nAll times are in UTC.' },
    { range: { start: { line: 5, character: 17 }, end: { line: 5, character: 20 } }, text: 'PST' },
    { range: { start: { line: 4, character: 28 }, end: { line: 4, character: 28 } }, text: '\nMost users retried later.' },
    { range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } }, text: '' },
  ], {
    first: (a) => assert.equal(zone(a), null),
    each: (a, k) => assert.equal(zone(a), expected[k], `after edit ${k + 1}`),
  });
});

test('a day marker edited in place changes the checkpoints the next edit resumes from', () => {
  // Typing within a line keeps the timeline's checkpoints when they read the same; a day
  // marker whose day changes (same length, same entries) must not leave the old day for the
  // next edit to resume from.
  const text = ['# Postmortem: Queue backlog', '', '## Summary', '', 'Exports were late on 2024-05-02 and 2024-05-03.', '', '## Timeline', '',
    '**2024-05-02**', '', '- 14:05 UTC: alert fires', '- 14:20 UTC: scaling starts', '', '**2024-05-03**', '', '- 09:00 UTC: backlog again', '- 09:30 UTC: resolved', '- 09:45 UTC: checks pass', '',
    '**2024-05-05**', '', '- 10:00 UTC: report sent', '- 11:00 UTC: review held', ''].join('\n');
  const last = editsFollow('file:///d.md', text, [
    { range: { start: { line: 13, character: 11 }, end: { line: 13, character: 12 } }, text: '4' },
    // Read again from the checkpoint at the entry two above: its day must be the new one.
    { range: { start: { line: 17, character: 24 }, end: { line: 17, character: 24 } }, text: 'y' },
  ]);
  const days = last?.model.timeline.map((e) => (e.date ?? e.day)?.text);
  assert.deepEqual(days, ['2024-05-02', '2024-05-02', '2024-05-04', '2024-05-04', '2024-05-04', '2024-05-05', '2024-05-05']);
});

test('typing in an entry\'s words keeps the other resolved entries, links included', () => {
  // The resolution is kept and pointed at the new entries: a resolved entry whose entry is
  // the same object is kept as it is (its link to the one before is an index), so a keystroke
  // makes new resolved entries only for the entries read again, not for every one after them.
  const times = ['14:05', '14:10', '14:15', '14:20', '14:12', '14:30', '14:35', '14:40', '14:45', '15:40'];
  const text = ['# Postmortem: Queue backlog', '', '## Summary', '', 'On 2024-05-02 from 14:05 to 15:40 UTC exports were late.', '', '## Timeline', '',
    ...times.map((t, k) => `- ${t} UTC: step ${k}${k === 9 ? ', resolved' : ''}`), ''].join('\n');
  const store = new DocumentStore();
  store.open('file:///r.md', 1, text);
  const before = store.analysis('file:///r.md', opts, 'k');
  assert.ok(before);
  // Typed at the end of the entry at 14:20 (the fourth), the one before the out-of-order 14:12.
  store.change('file:///r.md', 2, [{ range: { start: { line: 11, character: 22 }, end: { line: 11, character: 22 } }, text: 'x' }]);
  const after = store.analysis('file:///r.md', opts, 'k');
  assert.ok(after?.reuse);
  const was = before.derived.timeline.entries;
  const now = after.derived.timeline.entries;
  assert.equal(now.length, was.length);
  const fresh = now.filter((r, i) => r !== was[i]).map((r) => r.index);
  assert.ok(fresh.includes(3) && fresh.length <= 4, `only entries read again are new: ${fresh.join(', ')}`);
  for (let i = 6; i < now.length; i++) assert.equal(now[i], was[i], `entry ${i} kept`);
  // The out-of-order entry still names the one before it, the edited one.
  const order = after.findings.find((f) => f.rule === 'timeline-order');
  assert.match(order?.message ?? '', /`14:12` comes after `14:20`/);
  assert.deepStrictEqual(reading(after), reading(analyze(store.text('file:///r.md') ?? '', opts)));
});
