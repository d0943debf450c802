import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDuration, formatDuration } from '../../../server/src/service/lex/time/durations';

test('durations in prose, with their spans', () => {
  const cases: [string, string, number][] = [
    ['The outage lasted for 2 hours and 5 minutes.', '2 hours and 5 minutes', 125],
    ['Duration: 2h5m', '2h5m', 125],
    ['It lasted one hour', 'one hour', 60],
    ['Users were affected for 45 minutes', '45 minutes', 45],
    ['about 1.5 hours of downtime', '1.5 hours', 90],
    ['a 32 hours outage', '32 hours', 1920],
    ['took 2 hrs 30 mins', '2 hrs 30 mins', 150],
    ['lasted 2 hours, 5 minutes', '2 hours, 5 minutes', 125],
    ['lasted an hour and a half', 'an hour and a half', 90],
    ['lasted 1 day 8 hours', '1 day 8 hours', 1920],
    ['lasted 45m', '45m', 45],
    ['for half an hour', 'half an hour', 30],
    ['restored after 90 seconds', '90 seconds', 1.5],
  ];
  for (const [line, text, minutes] of cases) {
    const d = findDuration(line);
    assert.ok(d, line);
    assert.equal(d.text, text, line);
    assert.equal(line.slice(d.start, d.end), text, `${line}: span`);
    assert.equal(d.minutes, minutes, line);
  }
});

test('a cued duration wins over an earlier bare one', () => {
  assert.equal(findDuration('Within 5 minutes of the deploy, the outage began and lasted 3 hours')?.text, '5 minutes');
  assert.equal(findDuration('2 minutes after the deploy the outage began; it lasted 3 hours')?.text, '3 hours');
});

test('not durations', () => {
  for (const line of ['5m users were affected', 'an hour later we paged', '2 engineers', 'T+5m', 'and then', 'at 12:30']) {
    assert.equal(findDuration(line), null, line);
  }
});

test('formatDuration', () => {
  assert.equal(formatDuration(125), '2h 5m');
  assert.equal(formatDuration(45), '45m');
  assert.equal(formatDuration(1920), '1d 8h');
  assert.equal(formatDuration(60), '1h');
  assert.equal(formatDuration(0), '0m');
  assert.equal(formatDuration(1445), '1d 5m');
  assert.equal(formatDuration(89.6), '1h 30m');
  assert.equal(formatDuration(-30), '-30m');
});

test('a length written as an adjective is a length, and joins the part before it', () => {
  assert.equal(findDuration('a 45-minute outage')?.minutes, 45);
  assert.equal(findDuration('a 2 hour and 45-minute downtime')?.minutes, 165);
});
