import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTimeRange, findTimes } from '../../../server/src/service/lex/time/ranges';
import { toMinutes, formatClock } from '../../../server/src/service/lex/time/clock';
import { isoDate } from '../../../server/src/service/lex/time/dates';
import type { TimeToken } from '../../../server/src/service/lex/time/types';

function clock(t: TimeToken | null): string | null {
  const m = t ? toMinutes(t) : null;
  return m === null ? null : formatClock(Math.floor(m / 60), Math.floor(m % 60));
}

test('ranges in summary prose: start, end and the zone that covers both', () => {
  const cases: [string, string, string, string | null][] = [
    ['The outage lasted from 12:30 PM to 2:30 PM EST on Tuesday.', '12:30', '14:30', 'EST'],
    ['Duration: 10:30 AM - 12:00 PM (UTC-5)', '10:30', '12:00', 'UTC-5'],
    ['between 14:30 and 16:45 UTC', '14:30', '16:45', 'UTC'],
    ['from 09:25 AM to 10:15 PM', '09:25', '22:15', null],
    ['from 10 to 11:30 AM', '10:00', '11:30', null],
    ['from 11 to 1 PM', '11:00', '13:00', null],
    ['from 10:00 to 11:30 PM', '22:00', '23:30', null],
    ['17:00-18:00', '17:00', '18:00', null],
    ['from 11:45 PM WAT until 12:20 AM', '23:45', '00:20', 'WAT'],
    ['Start Time: 2023-11-09 01:20:40 EAT, End Time: 2023-11-09 04:00:00 EAT', '01:20', '04:00', 'EAT'],
    ['June 8 around 8:00 a.m to June 9, around 2:00 p.m', '08:00', '14:00', null],
    ['Duration: May 10, 2023, 08:00 AM — May 11, 2023, 04:00 PM (GMT+1)', '08:00', '16:00', 'GMT+1'],
    ['The outage started at 07:30 pm and was resolved by 07:55 PM', '19:30', '19:55', null],
  ];
  for (const [line, start, end, zone] of cases) {
    const r = findTimeRange(line);
    assert.ok(r, line);
    assert.equal(clock(r.start), start, line);
    assert.equal(clock(r.end), end, line);
    assert.equal(r.zone?.text ?? null, zone, line);
    if (r.zone) assert.equal(line.slice(r.zone.start, r.zone.end), r.zone.text, `${line}: zone span`);
  }
});

test('a single time: start, or an end when labelled so', () => {
  const start = findTimeRange('Start Time: 2023-11-09 01:20:40 EAT');
  assert.equal(clock(start?.start ?? null), '01:20');
  assert.equal(start?.end, null);
  assert.equal(start?.role, 'start');
  assert.equal(start?.start.date && isoDate(start.start.date), '2023-11-09');
  const end = findTimeRange('End Time: 2023-11-09 04:00:00 EAT');
  assert.equal(end?.role, 'end');
  assert.equal(findTimeRange('The service was resolved at 3:15 PM')?.role, 'end');
  assert.equal(findTimeRange('No times in here, 2 engineers, 100% of users'), null);
});

test('findTimes lists every clock time with meridiem, zone and adjacent date', () => {
  const line = 'On Dec 1, 2022 at 12:00 PM the alerts fired; 1:00 PM EST rollback; 23:59 PM typo; 14:30 UTC on 2022-12-02';
  const ts = findTimes(line);
  assert.deepEqual(ts.map((t) => t.text), ['12:00 PM', '1:00 PM', '23:59 PM', '14:30']);
  assert.deepEqual(ts.map((t) => t.status), ['ok', 'ok', 'malformed', 'ok']);
  assert.deepEqual(ts.map((t) => t.meridiem), ['pm', 'pm', 'pm', null]);
  assert.deepEqual(ts.map((t) => t.zone?.text ?? null), [null, 'EST', null, 'UTC']);
  assert.deepEqual(ts.map((t) => (t.date ? isoDate(t.date) : null)), ['2022-12-01', null, null, '2022-12-02']);
  assert.equal(ts[2]?.suggestion, '23:59');
  for (const t of ts) assert.equal(line.slice(t.start, t.end), t.text);
});

test('findTimes ignores numbers that are not times', () => {
  assert.deepEqual(findTimes('2 engineers, 100% of users, version 1.12:30, ratio 3:1, 2h30 downtime').map((t) => t.text), []);
});

test('each end of a range keeps its own date', () => {
  const r = findTimeRange('Duration: May 10, 2023, 08:00 AM — May 11, 2023, 04:00 PM (GMT+1)');
  assert.equal(r?.start.date && isoDate(r.start.date), '2023-05-10');
  assert.equal(r?.end?.date && isoDate(r.end.date), '2023-05-11');
});

test('dates in inline code or emphasis still pair with their times, and the range still reads', () => {
  const r = findTimeRange('Between `March 3, 2024` 9:10 AM and nothing; from `March 3, 2024` 9:10 AM to *March 4, 2024* 6:00 PM the API failed');
  assert.equal(r?.start.text, '9:10 AM');
  assert.equal(r?.end?.text, '6:00 PM');
  assert.equal(r?.start.date && isoDate(r.start.date), '2024-03-03');
  assert.equal(r?.end?.date && isoDate(r.end.date), '2024-03-04');
  // A word between the date's closing mark and the time still keeps them apart.
  assert.equal(findTimes('`March 3, 2024` was calm; 9:10 AM the alarm')[0]?.date, null);
});

test('a time with its hours word glued on or after it (`19:45hrs`) is a time, and the word is part of it', () => {
  const [t] = findTimes('The queue backed up at about 19:45hrs WAT on Friday.');
  assert.equal(clock(t ?? null), '19:45');
  assert.equal(t?.text, '19:45');
  assert.equal(t?.zone?.text, 'WAT');
  const r = findTimeRange('Window: 06:10 hrs to 07:40hrs');
  assert.equal(clock(r?.start ?? null), '06:10');
  assert.equal(clock(r?.end ?? null), '07:40');
  // Letters that are not the hours word still make it no time.
  assert.deepEqual(findTimes('build 19:45hrsx and 12:30abc'), []);
});
