/** How the model reads timeline entries written other ways: lines, times, days, bodies. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseDocument } from '../../../server/src/service/analysis';
import { resolveTimeline } from '../../../server/src/service/derive/timeline/resolve';
import { isoOf } from '../../../server/src/service/derive/timeline/dates';
import { readFixtureDocument } from '../fixture-harness';

const dir = join(__dirname, '..', '..', 'fixtures', 'timeline');
const read = (name: string) => parseDocument(readFixtureDocument(join(dir, name))).model;
/** `line@HH:MM`, 1-based lines, as a reader points at them. */
const at = (m: ReturnType<typeof read>) => m.timeline.map((e) => `${e.line + 1}@${e.time ?? '?'}`);

test('run-on entries: each at its line with its own time, each with its own text', () => {
  const m = read('run-on.md');
  assert.deepEqual(at(m), ['9@10:00', '9@10:04', '9@10:15', '10@10:30', '11@10:40']);
  assert.deepEqual(m.timeline.slice(0, 3).map((e) => e.text), ['queue depth alert fired.', 'on-call engineer paged.', 'consumers found stuck on a lock.']);
  assert.equal(m.timeline[1]?.timeRange.start.character, 'x'.repeat(0).length + '10:00am: queue depth alert fired. '.length);
});

test('a heading entry owns the lines below it: bullets there are its body, timed ones entries', () => {
  const m = read('heading-entries-body.md');
  assert.deepEqual(at(m), ['9@16:40', '14@16:52', '22@17:10', '25@17:18', '27@17:25']);
  assert.deepEqual(m.untimedEntries, []);
  assert.equal(m.timeline[0]?.endLine, 11);
});

test('day markers set the date of the entries below them and are no entries', () => {
  const m = read('day-markers.md');
  assert.deepEqual(at(m), ['13@22:10', '14@23:55', '18@08:00', '22@09:05', '23@09:30']);
  assert.deepEqual(m.timeline.map((e) => e.day?.iso), ['2024-03-02', '2024-03-02', '2024-03-03', '2024-03-04', '2024-03-04']);
  const tl = resolveTimeline(m, { timeZone: '' });
  assert.deepEqual(tl.timed.map((r) => r.point?.date && isoOf(r.point.date)), ['2024-03-02', '2024-03-02', '2024-03-03', '2024-03-04', '2024-03-04']);
  assert.deepEqual(tl.timed.map((r) => r.anomaly), [null, null, null, null, null]);
  assert.equal(m.allTimesZone?.text, 'UTC');
});

test('a yearless date falls in the year nearest the incident', () => {
  const tl = resolveTimeline(read('yearless-dates.md'), { timeZone: '' });
  assert.equal(tl.timed[0]?.point?.date && isoOf(tl.timed[0].point.date), '2023-12-18');
  assert.deepEqual(tl.timed.map((r) => r.anomaly), [null, null, null, 'order', null]);
});

test('a table whose times are in a later column: the time from that column, the event from the first', () => {
  const m = read('table-time-column.md');
  assert.deepEqual(m.timeline.map((e) => e.text), ['Config change merged', 'Edge nodes reloaded', 'First 502 alerts', 'Config reverted', 'Error rate normal']);
});

test('times in a chat-log appendix are no entries', () => {
  assert.deepEqual(at(read('chat-log-appendix.md')), ['9@13:00', '10@13:20', '11@13:45']);
});

test('a second timeline section starts its own sequence', () => {
  const m = parseDocument(['# Postmortem: X', '', '## Timeline', '', '- 10:00: a', '- 11:00: b', '', '## Timeline of the follow-up', '', '- 09:00: c', '- 09:30: d'].join('\n')).model;
  const tl = resolveTimeline(m, { timeZone: '' });
  assert.equal(tl.timed.length, 4);
  assert.deepEqual(tl.timed.map((r) => r.anomaly), [null, null, null, null]);
});
