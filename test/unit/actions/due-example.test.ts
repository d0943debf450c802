/** The due date a task message suggests: two weeks after the incident, in the document's own date format. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, parseDocument } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { dueExample, formatLike } from '../../../server/src/service/rules/action-items/due-example';

const config = resolveConfig([]);
const doc = (summary: string, timeline = '') => `# Postmortem: uploads failing

## Summary

${summary}

## Timeline

${timeline}

## Action Items

- Add a disk usage alert at 80%
`;
const message = (text: string): string => analyze(text, { path: 'postmortems/x.md', config, forced: true }).findings.find((f) => f.rule === 'task-owner')?.message ?? '';

test('an ISO incident date gives an ISO date two weeks later', () => {
  const text = doc('On 2024-06-04 from 15:00 to 16:15 UTC, 40% of uploads failed.', '- 15:00 Alert fired.\n- 16:15 Resolved.');
  assert.match(message(text), /due: 2024-06-18\)/);
  assert.doesNotMatch(message(text), /2024-06-01/);
});

test('a date written `March 8th, 2023` gives `March 22nd, 2023`', () => {
  const text = doc('On March 8th, 2023, from 12:30 PM to 2:30 PM EST, 25% of users saw slow responses.', '- 12:30 PM EST: Alert fired.\n- 2:30 PM EST: Resolved.');
  assert.match(message(text), /due: March 22nd, 2023\)/);
});

test('the newest date of the timeline counts, and a month end rolls over', () => {
  const text = doc('On 2023-01-20 the upload service failed for two days.', '- 2023-01-20 09:00 UTC Alert fired.\n- 2023-01-21 18:00 UTC Resolved.');
  assert.equal(dueExample(parseDocument(text).model), '2023-02-04');
});

test('without any date: today plus two weeks, ISO', () => {
  const text = doc('Uploads failed for an hour.');
  assert.equal(dueExample(parseDocument(text).model, new Date(2025, 11, 25)), '2026-01-08');
});

test('the written style is kept: day first, abbreviated month, no ordinal', () => {
  assert.equal(formatLike({ year: 2023, month: 3, day: 22 }, '8 March 2023'), '22 March 2023');
  assert.equal(formatLike({ year: 2022, month: 12, day: 15 }, 'Dec 1, 2022'), 'Dec 15, 2022');
  assert.equal(formatLike({ year: 2024, month: 9, day: 1 }, 'Thursday, August 18, 2024'), 'September 1, 2024');
  assert.equal(formatLike({ year: 2024, month: 9, day: 1 }, '14th August 2024'), '1st September 2024');
  assert.equal(formatLike({ year: 2024, month: 9, day: 1 }, '13/10/2023'), '2024-09-01');
});
