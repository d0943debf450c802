/** The preview payload from a document model, and the checkbox toggle edit. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseDocument } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { previewFromAnalysis } from '../../../server/src/service/outputs/preview/from-model';
import type { Parsed } from '../../../server/src/service/analysis';
import { PreviewDataSchema } from '../../../server/src/service/outputs/preview/data';
import { toggleTaskEdit } from '../../../server/src/service/language/toggle-task';
import { renderPreviewBody } from '../../../client/src/preview/render/render';
import { readFixtureDocument } from '../fixture-harness';

const config = resolveConfig([]);
const fixture = (name: string) => readFixtureDocument(join(__dirname, '..', '..', 'fixtures', 'actions', name));

/** The preview of a parsed document, read from its derived facts as the server does. */
const preview = (uri: string, version: number, p: Parsed) => previewFromAnalysis(uri, version, { model: p.model, derived: p.derive(config) });

test('plain-line document (seed 004 shape): figures, timeline marks, the uncovered measure, every task', () => {
  const data = PreviewDataSchema.parse(preview('file:///x.md', 3, parseDocument(fixture('plain-lines.md'))));
  assert.equal(data.version, 3);
  assert.equal(data.figures.start, '3:00 PM CET');
  assert.equal(data.figures.duration, '1h 15m');
  assert.match(data.figures.impact ?? '', /40%/);
  assert.deepEqual(data.timeline.map((e) => e.time), ['15:00', '15:20', '15:50', '16:15']);
  assert.deepEqual(data.timeline.map((e) => e.clock), ['3:00 PM CET', '3:20 PM CET', '3:50 PM CET', '4:15 PM CET'], 'as the document writes them, zone included');
  assert.equal(data.timeline[0]?.kind, 'detection');
  assert.equal(data.timeline[3]?.kind, 'resolution');
  assert.deepEqual(data.measures.map((m) => m.covered), [true, true, false]);
  assert.deepEqual(data.measures[0]?.taskLines, [17]);
  assert.equal(data.tasks.length, 2);
  assert.ok(data.tasks.every((t) => t.owner === null && !t.checkbox));
  const html = renderPreviewBody(data);
  assert.equal((html.match(/class="measure uncovered"/g) ?? []).length, 1);
});

test('checkbox tasks carry their fields and toggle through an edit of the checkbox only', () => {
  const text = fixture('checkbox-owners.md');
  const parsed = parseDocument(text);
  const { model, source } = parsed;
  const data = preview('file:///y.md', 1, parsed);
  const first = data.tasks[0];
  assert.equal(first?.status, 'done');
  assert.equal(first?.checkbox, true);
  assert.deepEqual(data.tasks[1]?.tracking, { text: 'OPS-42', href: null });
  const t = toggleTaskEdit(model, 9);
  assert.ok(t);
  assert.equal(t.checked, true);
  assert.equal(source.getText(t.edit.range), '[ ]');
  assert.equal(t.edit.newText, '[x]');
  assert.equal(toggleTaskEdit(model, 8)?.checked, false);
  assert.equal(toggleTaskEdit(model, 2), null, 'no task on that line');
});

test('seed 000 shape: the preview marks the action that worked as the mitigation, not the rollback the next entry undoes', () => {
  const doc = [
    '## Postmortem: slow dashboards on Mar 2, 2024', '',
    '> On Mar 2, 2024, 30% of analysts saw dashboards load slowly.', '',
    '- Timeline:',
    '> 09:00 AM: Monitoring alerted the data team to slow queries.', '',
    '> 09:30 AM: The team rolled back the morning release.', '',
    '> 10:00 AM: The rollback did not fix the slow queries.', '',
    '> 11:00 AM: A runaway export job was throttled and the dashboards were fast again; the issue was resolved.',
  ].join('\n');
  const data = PreviewDataSchema.parse(preview('file:///x.md', 1, parseDocument(doc)));
  assert.equal(data.figures.timeToMitigate, '2h');
  assert.notEqual(data.timeline.find((e) => e.time === '09:30')?.kind, 'mitigation');
});

test('a 24-hour timeline keeps 24-hour clocks, with the zone of its heading; an entry without a time has none', () => {
  const doc = [
    '# Postmortem: cache eviction storm', '', '## Summary', '', 'On 2024-05-02 the cache evicted every key.', '',
    '## Timeline (UTC)', '', '- 13:05 - Eviction alarm fired', '- 14:40 - Cache warmed again, resolved', '- XX:XX - Customers were told', '',
  ].join('\n');
  const data = preview('file:///z.md', 1, parseDocument(doc));
  assert.deepEqual(data.timeline.map((e) => e.clock), ['13:05 UTC', '14:40 UTC', null]);
});
