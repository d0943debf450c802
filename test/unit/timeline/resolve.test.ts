/** The resolved timeline, the figures and the editor views (hover, step hints, lens). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';
import { resolveTimeline } from '../../../server/src/service/derive/timeline/resolve';
import { computeFigures, figuresSummary } from '../../../server/src/service/derive/figures/index';
import { timelineHover, timelineStepHints, figuresLens } from '../../../server/src/service/language/views';
import { timelineFacts } from '../../../server/src/service/derive/index';

const noZone = { timeZone: '' };

function model(lines: string[]) {
  return parseDocument(lines.join('\n')).model;
}

const SEED_004_SHAPE = [
  '#INCIDENT REVIEW', '', 'Issue Summary:',
  'On March 8th, 2023, from 12:30 PM to 2:30 PM EST, 25% of our users saw slow pages. The root cause was an overloaded database.',
  'Timeline:',
  '12:30 PM EST: The issue was detected through monitoring alerts.',
  '12:40 PM EST: An engineer began investigating.',
  '1:00 PM EST: The team disabled a misconfigured integration.',
  '2:30 PM EST: The incident was resolved.',
  'Root Cause and Resolution:', 'An overloaded database.',
];

const view = (m: ReturnType<typeof model>) => ({ model: m, derived: timelineFacts(m, noZone) });

test('12-hour trap: 12:30 PM is before 1:00 PM, and 12:05 AM is just after midnight', () => {
  const m = model(['# Postmortem: X', '', '## Timeline (UTC)', '', '- 11:50 AM: a', '- 12:30 PM: b', '- 1:00 PM: c', '- 11:55 PM: d', '- 12:05 AM: e']);
  const tl = resolveTimeline(m, noZone);
  assert.deepEqual(tl.timed.map((r) => r.anomaly), [null, null, null, null, null]);
  assert.deepEqual(tl.timed.map((r) => r.step), [null, 40, 30, 655, 10]);
  assert.equal(tl.timed[4]?.point?.dayOffset, 1);
});

test('meridiem-less 12-hour times past noon are read as PM; a long step back stays an error', () => {
  const m = model(['# Postmortem: X', '', '## Timeline', '', '- 11:40: a', '- 12:10: b', '- 1:05: c', '- 10:00: d']);
  const tl = resolveTimeline(m, noZone);
  assert.deepEqual(tl.timed.map((r) => r.point?.localMinutes), [700, 730, 785, 600]);
  assert.deepEqual(tl.timed.map((r) => r.anomaly), [null, null, null, 'order']);
});

test('zones: the entry, then the heading, then "All times in", then the summary, then the setting', () => {
  const m = model(['# Postmortem: X', '', 'All times in WAT.', '', '## Timeline (UTC)', '', '- 10:00 EST: a', '- 11:00: b']);
  const tl = resolveTimeline(m, noZone);
  assert.deepEqual(tl.timed.map((r) => [r.point?.zone?.text, r.point?.zone?.source]), [['EST', 'entry'], ['UTC', 'heading']]);
  const m2 = model(['# Postmortem: X', '', 'All times in WAT.', '', '## Timeline', '', '- 10:00: a']);
  assert.equal(resolveTimeline(m2, noZone).timed[0]?.point?.zone?.source, 'all-times');
  const m3 = model(['# Postmortem: X', '', '## Timeline', '', '- 10:00: a']);
  assert.equal(resolveTimeline(m3, { timeZone: 'Europe/Paris' }).timed[0]?.point?.zone?.source, 'config');
  assert.equal(resolveTimeline(m3, noZone).timed[0]?.point?.zone, null);
});

test('dates carry from a dated entry to the next, and a dated step backwards is out of order', () => {
  const m = model(['# Postmortem: X', '', '## Timeline (UTC)', '', '- 2024-01-01 23:50: a', '- 00:10: b', '- 2024-01-01 23:00: c']);
  const tl = resolveTimeline(m, noZone);
  assert.deepEqual(tl.timed.map((r) => r.anomaly), [null, null, 'order']);
  assert.equal(tl.timed[1]?.step, 20);
});

test('the resolved timeline is derived once per version and zone setting', () => {
  const p = parseDocument(SEED_004_SHAPE.join('\n'));
  const d = p.derive(noZone);
  assert.equal(d.timeline, d.timeline, 'read twice, resolved once');
  assert.equal(p.derive(noZone), d, 'the same version and zone share one derivation');
  assert.equal(d.figures, d.figures);
  assert.notEqual(p.derive({ timeZone: 'UTC' }).timeline, d.timeline, 'another zone setting resolves again');
  assert.notEqual(resolveTimeline(p.model, noZone), d.timeline, 'resolveTimeline itself keeps nothing');
});

test("figures of the seed 004 shape: start 12:30 PM EST, resolved 2:30 PM EST, duration 2h", () => {
  const f = computeFigures(model(SEED_004_SHAPE), noZone);
  assert.equal(f.start?.text, '12:30 PM EST');
  assert.equal(f.resolution?.text, '2:30 PM EST');
  assert.equal(f.end?.text, '2:30 PM EST');
  assert.equal(f.duration?.minutes, 120);
  assert.equal(f.duration?.text, '2h');
  assert.equal(f.detection?.text, '12:30 PM EST');
  assert.equal(f.timeToDetect?.minutes, 0);
  assert.equal(f.mitigation?.text, '1:00 PM EST');
  assert.equal(f.timeToMitigate?.text, '30m');
  assert.equal(f.timeToResolve?.minutes, 120);
  assert.equal(f.dated, true);
  assert.equal(figuresSummary(f), 'Start 12:30 PM EST · Detected +0m · Mitigated +30m · Resolved 2:30 PM EST · Duration 2h');
});

test('hover on a timeline time: document zone, UTC, T+ and the step from the previous entry', () => {
  const m = model(SEED_004_SHAPE);
  const h = timelineHover(view(m), { line: 6, character: 2 });
  assert.ok(h);
  assert.match(h.markdown, /\*\*12:40 PM EST\*\* on 2023-03-08/);
  assert.match(h.markdown, /UTC: 17:40 UTC/);
  assert.match(h.markdown, /T\+10m from the incident's start/);
  assert.match(h.markdown, /\+10m from the previous entry \(12:30 PM EST\)/);
  assert.equal(timelineHover(view(m), { line: 6, character: 30 }), null, 'not on the time');
});

test('step hints after each entry but the first; the lens sits on the timeline header', () => {
  const m = model(SEED_004_SHAPE);
  const hints = timelineStepHints(view(m));
  assert.deepEqual(hints.map((h) => h.label), ['+10m', '+20m', '+1h 30m']);
  assert.deepEqual(hints[0]?.position, { line: 6, character: 12 });
  assert.equal(figuresLens(view(m))?.line, 4);
});
