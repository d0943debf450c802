/** The "All times in X" line and the zone a document states anywhere, as a reader finds them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';
import { documentStatesZone } from '../../../server/src/service/derive/timeline/stated-zone';

const zoneOf = (line: string) => parseDocument(`# Postmortem: X\n\n${line}\n`).model.allTimesZone?.text ?? null;

test('"All times in X" in its common forms, the word confirmed as a zone', () => {
  assert.equal(zoneOf('All times in CET, on 3 March 2022.'), 'CET');
  assert.equal(zoneOf('**NOTE: ALL TIME IS IN THE _EAT_ FORMAT**'), 'EAT');
  assert.equal(zoneOf('All timestamps are UTC.'), 'UTC');
  assert.equal(zoneOf('Times are in PST unless noted.'), 'PST');
  assert.equal(zoneOf('2019-10-21 (*all times UTC*)'), 'UTC');
  assert.equal(zoneOf('All times approximations, give or take a minute.'), null);
  assert.equal(zoneOf('At all times the team kept the status page updated.'), null);
});

const states = (text: string) => documentStatesZone(parseDocument(text).lines);

test('a zone stated anywhere: beside a time, in brackets, on a time-zone line', () => {
  assert.ok(states('The outage ran from 6:15pm to 7:15pm (WAT).'));
  assert.ok(states('- **Duration:** From 10:00 AM to 1:00 PM (SAST+2)'));
  assert.ok(states('It ended at 1:00 PM on May 10 (UTC timezone).'));
  assert.ok(states('Time zone: EAT'));
  assert.ok(!states('The outage ran from 6:15pm to 7:15pm.\n\n```\n12:00 UTC in a log\n```'));
  assert.ok(!states('We used the API (REST) at 10:00.'));
});
