/** Facts the model reads once, so no later stage re-reads them from the text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';
import { tableCellRange } from '../../../server/src/service/rules/action-items/shared';

test("the front matter's date: a YAML date or a string with its year; none without a year", () => {
  assert.deepEqual(parseDocument('---\ndate: 2024-03-05\n---\n# X\n').model.frontMatter?.date, { year: 2024, month: 3, day: 5 });
  assert.deepEqual(parseDocument('---\ndate: "March 5, 2024"\n---\n# X\n').model.frontMatter?.date, { year: 2024, month: 3, day: 5 });
  assert.equal(parseDocument('---\ndate: March 5\n---\n# X\n').model.frontMatter?.date, null);
  assert.equal(parseDocument('---\ntitle: x\n---\n# X\n').model.frontMatter?.date, null);
});

test("the zone in a timeline table's header row, with where it is written", () => {
  const doc = ['# Postmortem: X', '', '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', '| 10:00 | a |', '| 10:30 | b |', ''].join('\n');
  const z = parseDocument(doc).model.tableZone;
  assert.deepEqual(z, { text: 'UTC', range: { start: { line: 4, character: 7 }, end: { line: 4, character: 12 } } });
  const none = ['# Postmortem: X', '', '## Timeline', '', '| Time | Event |', '|---|---|', '| 10:00 | a |', ''].join('\n');
  assert.equal(parseDocument(none).model.tableZone, null);
});

test('table cell ranges: the text between the pipes without blanks; a blank cell whole', () => {
  const doc = ['# Postmortem: X', '', '## Action items', '', '| Task | Owner | Due |', '|---|---|---|', '| Add an alert on queue depth | @ana |   |', ''].join('\n');
  const p = parseDocument(doc);
  const t = p.model.tasks[0];
  assert.ok(t);
  const raw = p.source.lineAt(t.line);
  const text = (r: { start: { character: number }; end: { character: number } }) => raw.slice(r.start.character, r.end.character);
  assert.equal(text(t.cellRanges?.['owner']?.range ?? t.textRange), '@ana');
  assert.equal(t.cellRanges?.['due']?.blank, true);
  assert.equal(text(t.cellRanges?.['due']?.range ?? t.textRange), '   ');
  assert.deepEqual(tableCellRange(p.source, t, /^due$/), { line: t.line, start: raw.lastIndexOf('|  ') + 1, end: raw.length - 1, empty: true });
  // A row without a leading pipe.
  const bare = parseDocument(['# Postmortem: X', '', '## Action items', '', 'Task | Owner', '---|---', 'Add an alert on queue depth | @ana', ''].join('\n'));
  const b = bare.model.tasks[0];
  assert.equal(b && bare.source.lineAt(b.line).slice(b.cellRanges?.['owner']?.range.start.character, b.cellRanges?.['owner']?.range.end.character), '@ana');
});

test('a length that places an event ("detected 10 minutes afterward") is no duration of the incident; one before its end is', () => {
  const summary = (line: string) => parseDocument(`# Postmortem: x\n\n## Summary\n\n${line}\n`).model.summary.duration?.text ?? null;
  assert.equal(summary('The outage occurred by 08:00 GMT but was detected 10 minutes afterward.'), null);
  assert.equal(summary('The outage lasted approximately nine hours before normal operation was restored.'), 'nine hours');
  assert.equal(summary('It was a 2 hour and 45-minute downtime for all users.'), '2 hour and 45-minute');
});
