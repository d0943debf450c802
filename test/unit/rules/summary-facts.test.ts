/** The summary's facts as a reader reads them: the incident's own length, ranges written loosely. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';

const summary = (line: string) => parseDocument(['# Postmortem: x', '', '## Summary', '', line].join('\n')).model.summary;

test('the length stated for the incident, not another length on the line', () => {
  assert.equal(summary('The outage ran from 10:01 to 11:45 UTC, lasting a total of 1 hour and 44 minutes. The app was fully unavailable for 30 minutes.').duration?.minutes, 104);
  assert.equal(summary('The site was down for approximately 2.5 hours.').duration?.minutes, 150);
  assert.equal(summary('Controllers answered slowly (~5min delay for a response).').duration, null);
  assert.equal(summary('Page load times exceeded 30 seconds for most visitors.').duration, null);
  assert.equal(summary('The server went down at 0300hrs (EAT).').duration, null);
});

test('ranges a reader takes as ranges', () => {
  const a = summary('The site was down from __0300hrs (EAT)__ to __0400hrs (EAT)__ after a power cut.');
  assert.deepEqual([a.start?.time, a.end?.time, a.end?.zone], ['03:00', '04:00', 'EAT']);
  const b = summary('Jobs failed between 2019-02-25 23:04 and 2019-02-26 08:12 UTC.');
  assert.deepEqual([b.start?.time, b.end?.time], ['23:04', '08:12']);
  const c = summary('From about 11:05AM EAT on Jun 9th to 1:40PM EAT the laptop would not boot.');
  assert.deepEqual([c.start?.time, c.end?.time], ['11:05', '13:40']);
  const d = summary('It began at 6:15pm and lasted until 7:15pm (WAT) when it was resolved.');
  assert.equal(d.start?.zone, 'WAT');
});

test('an end on a line of its own is the end', () => {
  const m = parseDocument(['# Postmortem: x', '', '## Summary', '', '- Start Time: 2024-01-20 08:00 UTC', '- End Time: 2024-01-20 10:30 UTC'].join('\n')).model.summary;
  assert.deepEqual([m.start?.time, m.end?.time], ['08:00', '10:30']);
});
