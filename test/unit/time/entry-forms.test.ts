/** Entry forms beyond a leading time: run-on entries, times after a label, day markers, illustrations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayMarkerDate, innerEntryTime, isDayLabel, isIllustration, runOnStarts } from '../../../server/src/service/lex/time/entry-forms';
import { matchEntryTime } from '../../../server/src/service/lex/time/entry-time';
import { isoDate } from '../../../server/src/service/lex/time/dates';

function runOns(s: string): string[] {
  const first = matchEntryTime(s);
  assert.ok(first, s);
  return runOnStarts(s, first.textStart).map((i) => s.slice(i, i + 8));
}

test('run-on entries start after the end of a sentence, at a time with its own separator', () => {
  assert.deepEqual(runOns('10:00am: alert fired. 10:04am: on-call paged. 10:15am - lock found'), ['10:04am:', '10:15am ']);
  assert.deepEqual(runOns('09:00: deploy started; **09:05**: errors rose'), ['**09:05*']);
  assert.deepEqual(runOns('09:15 AM: alert<br>09:30 AM: paged<br/> 09:40 AM: fixed'), ['09:30 AM', '09:40 AM']);
  assert.deepEqual(runOns('09:00: restarted at 09:05 as planned'), [], 'a time inside a sentence');
  assert.deepEqual(runOns('09:00: restarted. 10 minutes later it failed'), [], 'a number that is no time');
  assert.deepEqual(runOns('09:00: restarted. 09:30 the queue drained'), [], 'a time without its own separator');
});

test('a time after a label is the entry time, the whole item its text', () => {
  const cases: [string, number][] = [
    ['**Issue Detected:** November 25, 10:00 AM (UTC)', 600],
    ['3. Isolation (Nov 5, 2023, 21:50): the faulty node was found', 1310],
    ['The fault was detected at 0330hrs (EAT), by the monitor', 210],
    ['*Detection Time:* detected at 11:00am through alerts', 660],
    ['When was it detected? Thu 2023-11-09 01:20 EAT', 80],
  ];
  for (const [s, minutes] of cases) {
    const t = innerEntryTime(s);
    assert.ok(t, s);
    assert.equal((t.hour ?? -1) * 60 + (t.minute ?? 0), minutes, s);
    assert.equal(t.textStart, 0, s);
  }
  assert.equal(innerEntryTime('from 00:00 to May 20 at 13:15'), null, 'a span sums the incident up');
  assert.equal(innerEntryTime('**Duration:** 10:00 - 11:30 AM'), null);
  assert.equal(innerEntryTime('**Detection Method:** synthetic checks'), null);
});

test('a bare date marks the day; a date with an event is an entry', () => {
  const marker = (s: string): boolean => dayMarkerDate(s, matchEntryTime(s)) !== null;
  assert.ok(marker('2019-01-22'));
  assert.ok(marker('**March 3, 2024**'));
  assert.ok(marker('May 20:'));
  assert.ok(marker('2019-10-21 (*all times UTC*)'));
  assert.equal(dayMarkerDate('2019-10-21 (*all times UTC*)', null)?.text, '2019-10-21');
  assert.ok(!marker('Apr 30 - disk full'));
  assert.ok(!marker('2019-01-22 10:00 - deploy'));
  assert.ok(!marker('June 8 around 8:00 a.m - x'), 'an approximate time is no day marker');
});

test('a month and day without a year right before a time: `[03-26 23:04]`', () => {
  const t = matchEntryTime('[03-26 23:04] node drained');
  assert.ok(t);
  assert.equal(t.hour, 23);
  assert.equal(t.date && isoDate(t.date), '--03-26');
  assert.equal('[03-26 23:04] node drained'.slice(t.textStart), 'node drained');
  assert.equal(matchEntryTime('12/05 16:21 - x')?.date?.ambiguous, true, 'slash form: either could be the month');
  assert.equal(matchEntryTime('12-05 was a Thursday'), null, 'no time after it: no date');
});

test('inline HTML around a time', () => {
  for (const s of ['<span style="color:red">09:15 AM:</span> alert fired', '<strong>09:15 AM</strong> - alert fired', '<b>*09:15 AM:*</b> alert fired']) {
    const t = matchEntryTime(s);
    assert.ok(t, s);
    assert.equal(t.hour, 9, s);
    assert.equal(s.slice(t.textStart), 'alert fired', s);
  }
  assert.equal(matchEntryTime('<div>09:15</div>'), null, 'block tags are the model’s business');
});

test('a line that only shows an image, a link or a URL illustrates the entry above', () => {
  assert.ok(isIllustration('![errors](errors.png)'));
  assert.ok(isIllustration('https://example.com/a/b'));
  assert.ok(isIllustration('[runbook](https://example.com/runbook)'));
  assert.ok(isIllustration('![alt](x.png) |'));
  assert.ok(!isIllustration('See [the runbook](https://example.com/runbook) for the steps'));
});

test('markup and spelling around times and dates', () => {
  const cases: [string, number, string | null, string | null, string][] = [
    ['**Mar 4**, 09:00 - x', 540, '--03-04', null, 'x'],
    ['__2024-03-04__ 09:00: x', 540, '2024-03-04', null, 'x'],
    ['09:00 hrs: x', 540, null, null, 'x'],
    ['0900 UTC: x', 540, null, 'UTC', 'x'],
    ['9.30am: x', 570, null, null, 'x'],
    ['10.15: x', 615, null, null, 'x'],
    ['<time>09:00</time> x', 540, null, null, 'x'],
    ['On 3/8/2023 at 10:00: x', 600, '2023-03-08', null, 'x'],
    ['Thu 2023-11-09 01:20 EAT - x', 80, '2023-11-09', 'EAT', 'x'],
    ['Mon 03/08 10:00: x', 600, '--03-08', null, 'x'],
    ['Day 2 - 14:00 - x', 840, null, null, 'x'],
    ['Wed, 8 Mar 2023 10:00 +0000: x', 600, '2023-03-08', '+0000', 'x'],
    ['🔴 10:00 - x', 600, null, null, 'x'],
    ['⚠️ **10:05**: x', 605, null, null, 'x'],
  ];
  for (const [s, minutes, date, zone, rest] of cases) {
    const t = matchEntryTime(s);
    assert.ok(t, s);
    assert.equal((t.hour ?? -1) * 60 + (t.minute ?? 0), minutes, s);
    assert.equal(t.date ? isoDate(t.date) : null, date, s);
    assert.equal(t.zone?.text ?? null, zone, s);
    assert.equal(s.slice(t.textStart), rest, s);
  }
  assert.equal(matchEntryTime('10.15 percent of requests failed'), null, 'a decimal, not a time');
  assert.equal(matchEntryTime('2024 UTC migration: x')?.hour ?? null, null, 'four digits are a time only with UTC/GMT/Z and a separator after them');
});

test('a weekday before a numeric date is kept on the date, to be checked against it', () => {
  assert.equal(matchEntryTime('Thu 2023-11-09 01:20 - x')?.date?.weekday, 4);
  assert.equal(matchEntryTime('On call engineer paged'), null);
});

test('a line that only names a day marks the entries below it', () => {
  for (const s of ['Day 2', '**Day 1:**', 'Tuesday', '*Saturday*:']) assert.ok(isDayLabel(s), s);
  for (const s of ['Day 2 - 14:00 - x', 'Daylight saving ended', 'Tuesday the team met again']) assert.ok(!isDayLabel(s), s);
});
