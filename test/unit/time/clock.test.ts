import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatClock, from12h, inferStartHour, parseClockAt, to12h, toMinutes } from '../../../server/src/service/lex/time/clock';

test('the 12-hour trap: noon and midnight', () => {
  const cases: [string, number][] = [
    ['12:30 PM', 12 * 60 + 30],
    ['12:05 AM', 5],
    ['1:00 PM', 13 * 60],
    ['12:00 PM', 720],
    ['12:00 AM', 0],
    ['11:59 PM', 23 * 60 + 59],
    ['9:00AM', 540],
    ['8:00 a.m.', 480],
    ['8:00 p.m', 20 * 60],
    ['3 PM', 15 * 60],
    ['9am', 540],
    ['2100hrs', 21 * 60],
    ['0930 h', 9 * 60 + 30],
    ['14h30', 14 * 60 + 30],
    ['07:30:15', 7 * 60 + 30 + 0.25],
  ];
  for (const [text, minutes] of cases) {
    const core = parseClockAt(text, 0);
    assert.ok(core, text);
    assert.equal(core.status, 'ok', text);
    assert.equal(toMinutes(core), minutes, text);
    assert.equal(core.end, text.length, `${text}: whole text read`);
  }
  assert.ok((toMinutes(parseClockAt('12:30 PM', 0)!) ?? 0) < (toMinutes(parseClockAt('1:00 PM', 0)!) ?? 0));
});

test('malformed times carry a problem, and a suggestion only when evident', () => {
  const cases: [string, string | undefined][] = [
    ['3:AM', undefined],
    ['23:59 PM', '23:59'],
    ['13:20PM', '13:20'],
    ['13:20:05 PM', '13:20:05'],
    ['13:20 AM', undefined],
    ['25:10', undefined],
    ['12:75', undefined],
    ['24:00', undefined],
    ['00:30 PM', undefined],
    ['10:30:75', undefined],
  ];
  for (const [text, suggestion] of cases) {
    const core = parseClockAt(text, 0);
    assert.ok(core, text);
    assert.equal(core.status, 'malformed', text);
    assert.equal(core.hour, null, text);
    assert.ok(core.problem && core.problem.length > 0, text);
    assert.equal(core.suggestion, suggestion, text);
  }
});

test('non-times are not read', () => {
  for (const text of ['2 engineers', '100%', '2023 was', '1.5 hours', 'abc', '12:3', '123:45']) {
    assert.equal(parseClockAt(text, 0), null, text);
  }
});

test('formatting helpers', () => {
  assert.equal(formatClock(9, 5), '09:05');
  assert.equal(formatClock(23, 59, 7), '23:59:07');
  assert.equal(to12h(0, 5), '12:05 AM');
  assert.equal(to12h(12, 30), '12:30 PM');
  assert.equal(to12h(13, 0), '1:00 PM');
  assert.equal(to12h(23, 59, 1), '11:59:01 PM');
  assert.equal(from12h(12, 'am'), 0);
  assert.equal(from12h(12, 'pm'), 12);
  assert.equal(from12h(1, 'pm'), 13);
  assert.equal(toMinutes({ hour: null, minute: null }), null);
});

test('a meridiem written on the end of a range applies to the start when sensible', () => {
  assert.deepEqual(inferStartHour(10, 0, 11, 30), { hour: 10, meridiem: 'am' }); // 10 to 11:30 AM
  assert.deepEqual(inferStartHour(11, 0, 13, 0), { hour: 11, meridiem: 'am' }); // 11 to 1 PM
  assert.deepEqual(inferStartHour(1, 0, 14, 30), { hour: 13, meridiem: 'pm' }); // 1 to 2:30 PM
  assert.deepEqual(inferStartHour(12, 30, 14, 30), { hour: 12, meridiem: 'pm' }); // 12:30 to 2:30 PM
});

test('a meridiem glued to a letter of any script is no meridiem: the time ends before it (found by the long fuzz run)', () => {
  // `23:59 PM𐱇…` once read as a malformed 24-hour time with PM, and its fix dropped `PM`,
  // gluing the rest of the word to the time.
  for (const [text, end] of [['23:59 PM𐱇𐒩 resolved', 5], ['13:20PMé', 5], ['9:00 amλ', 4], ['2320hrsж', -1], ['09h30é', -1]] as const) {
    const core = parseClockAt(text, 0);
    if (end < 0) assert.equal(core, null, text);
    else {
      assert.equal(core?.end, end, text);
      assert.equal(core?.meridiem, null, text);
    }
  }
  assert.equal(parseClockAt('9:00 PM.', 0)?.meridiem, 'pm', 'punctuation still ends a meridiem');
  assert.equal(parseClockAt('9:00 PM—then', 0)?.meridiem, 'pm');
});
