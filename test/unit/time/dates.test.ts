import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateAt, findDates, isoDate, weekdayOf } from '../../../server/src/service/lex/time/dates';

test('every written date form, with its span', () => {
  const cases: [string, string, string, number | null, boolean][] = [
    // line, date text, ISO, weekday, ambiguous
    ['The outage on Dec 1, 2022 hit users', 'Dec 1, 2022', '2022-12-01', null, false],
    ['On March 8th, 2023 at 12:30 PM', 'March 8th, 2023', '2023-03-08', null, false],
    ['Thursday, May 9, 2024 was bad', 'Thursday, May 9, 2024', '2024-05-09', 4, false],
    ['Deployed 2024-08-11.', '2024-08-11', '2024-08-11', null, false],
    ['On 14th August 2024 we', '14th August 2024', '2024-08-14', null, false],
    ['By September 15th', 'September 15th', '--09-15', null, false],
    ['13/10/2023 at noon', '13/10/2023', '2023-10-13', null, false],
    ['10/13/2023 at noon', '10/13/2023', '2023-10-13', null, false],
    ['05/06/2023', '05/06/2023', '2023-05-06', null, true],
    ['05/05/2023', '05/05/2023', '2023-05-05', null, false],
    ['Wednesday 30th June 2021', 'Wednesday 30th June 2021', '2021-06-30', 3, false],
    ['the 5th of June 2023, at 12:30 PM EST', '5th of June 2023', '2023-06-05', null, false],
    ['Feb 21, 13:00', 'Feb 21', '--02-21', null, false],
    ['Start Time: 2023-11-09 01:20:40 EAT', '2023-11-09', '2023-11-09', null, false],
  ];
  for (const [line, text, iso, weekday, ambiguous] of cases) {
    const [d, ...rest] = findDates(line);
    assert.ok(d, line);
    assert.equal(rest.length, 0, `${line}: one date`);
    assert.equal(d.text, text, line);
    assert.equal(line.slice(d.start, d.end), text, `${line}: span`);
    assert.equal(isoDate(d), iso, line);
    assert.equal(d.weekday, weekday, line);
    assert.equal(d.ambiguous, ambiguous, line);
  }
});

test('several dates in one line, in order; the title and summary years both read', () => {
  const ds = findDates('Title says Dec 1, 2022 while the summary says Dec 1, 2023 and 2023-12-02');
  assert.deepEqual(ds.map(isoDate), ['2022-12-01', '2023-12-01', '2023-12-02']);
});

test('a date range yields two dates, and a zone after a date is not part of it', () => {
  assert.deepEqual(findDates('May 10, 2023 - May 11, 2023').map((d) => d.text), ['May 10, 2023', 'May 11, 2023']);
  assert.deepEqual(findDates('May 11, 2023, 04:00 PM (GMT+1)').map((d) => d.text), ['May 11, 2023']);
});

test('an ambiguous date can be read day-first on request', () => {
  const [d] = findDates('05/06/2023', { dayFirst: true });
  assert.equal(d && isoDate(d), '2023-06-05');
  assert.equal(d?.ambiguous, true);
});

test('things that are not dates', () => {
  for (const line of [
    'today we restarted', 'we may restart it', '2 engineers', 'version 1.2.3', 'v1.2.2023',
    '2023 was a year', '100% of users', '1/2 of the fleet', 'Sun was bright', 'next week',
    '31/02/2023', '2023-13-01', 'release 3.10.12',
  ]) {
    assert.deepEqual(findDates(line).map((d) => d.text), [], line);
  }
});

test('dateAt reads only a date that starts at the offset', () => {
  assert.equal(dateAt('March 8th, 2023 12:30 PM - x', 0)?.text, 'March 8th, 2023');
  assert.equal(dateAt('x 14th February, 9:00AM', 2)?.text, '14th February');
  assert.equal(dateAt('x 14th February, 9:00AM', 2)?.start, 2);
  assert.equal(dateAt('The March 8 deploy', 0), null);
  assert.equal(dateAt('2 engineers', 0), null);
  assert.equal(dateAt('Mayday', 0), null);
});

test('weekdayOf and isoDate', () => {
  assert.equal(weekdayOf(2024, 5, 9), 4); // Thursday
  assert.equal(weekdayOf(2021, 6, 30), 3); // Wednesday
  assert.equal(weekdayOf(2000, 1, 1), 6); // Saturday
  assert.equal(isoDate({ year: 2023, month: 3, day: 8 }), '2023-03-08');
  assert.equal(isoDate({ year: null, month: 2, day: 14 }), '--02-14');
});
