import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchEntryTime } from '../../../server/src/service/lex/time/entry-time';
import { isoDate } from '../../../server/src/service/lex/time/dates';

/** line, 'HH:MM[:SS]' (24-hour), zone text or null, ISO date or null, event text. */
type OkCase = [string, string, string | null, string | null, string];

const ok: OkCase[] = [
  ['12:30 PM - x', '12:30', null, null, 'x'],
  ['9:00AM: x', '09:00', null, null, 'x'],
  ['12:00pm x', '12:00', null, null, 'x'],
  ['8:00 a.m. x', '08:00', null, null, 'x'],
  ['8:00 a.m - x', '08:00', null, null, 'x'],
  ['12:05 AM: just after midnight', '00:05', null, null, 'just after midnight'],
  ['1:00 PM: after noon', '13:00', null, null, 'after noon'],
  ['14:30 x', '14:30', null, null, 'x'],
  ['07:30:15 - x', '07:30:15', null, null, 'x'],
  ['[08:47] x', '08:47', null, null, 'x'],
  ['2100hrs - x', '21:00', null, null, 'x'],
  ['12:30 PM EST - x', '12:30', 'EST', null, 'x'],
  ['15:00 UTC: x', '15:00', 'UTC', null, 'x'],
  ['12:00 (UTC) x', '12:00', 'UTC', null, 'x'],
  ['10:00 GMT+1 x', '10:00', 'GMT+1', null, 'x'],
  ['10:00 UTC-5 - x', '10:00', 'UTC-5', null, 'x'],
  ['10:00 AM WAT: x', '10:00', 'WAT', null, 'x'],
  ['10:00 EAT x', '10:00', 'EAT', null, 'x'],
  ['2023-03-08 12:30 - x', '12:30', null, '2023-03-08', 'x'],
  ['March 8th, 2023 12:30 PM - x', '12:30', null, '2023-03-08', 'x'],
  ['14th February, 9:00AM: x', '09:00', null, '--02-14', 'x'],
  ['Feb 21, 13:00 - x', '13:00', null, '--02-21', 'x'],
  ['June 8, 8:00 a.m - text', '08:00', null, '--06-08', 'text'],
  ['13/10/2023 14:00 - x', '14:00', null, '2023-10-13', 'x'],
  ['Thursday, May 9, 2024 10:00 - x', '10:00', null, '2024-05-09', 'x'],
  ['13:52:04 - 25th May 2023 - text', '13:52:04', null, '2023-05-25', 'text'],
  ['May 11, 2023, 04:00 PM (GMT+1): x', '16:00', 'GMT+1', '2023-05-11', 'x'],
  ['2023-03-08T12:30:00Z x', '12:30:00', 'Z', '2023-03-08', 'x'],
  ['17:00-18:00 x', '17:00', null, null, 'x'],
  ['**3:00 PM:** x', '15:00', null, null, 'x'],
  ['**15:00 UTC - Issue Detected:**', '15:00', 'UTC', null, 'Issue Detected:**'],
  ['**10:30 AM**: x', '10:30', null, null, 'x'],
  ['*16:00 PST:*  x', '16:00', 'PST', null, 'x'],
  ['`2021-10-28 08:26` x', '08:26', null, '2021-10-28', 'x'],
  ['_12:30_ x', '12:30', null, null, 'x'],
  ['At 11:00 AM: x', '11:00', null, null, 'x'],
  ['At 09:25 AM WAT, x', '09:25', 'WAT', null, 'x'],
  [' 09:12 | x |', '09:12', null, null, 'x |'],
  ['14:00 – x', '14:00', null, null, 'x'],
  ['14:00 — x', '14:00', null, null, 'x'],
  ['14:00 :- x', '14:00', null, null, 'x'],
  ['12:30 PM EST (UTC-5) - x', '12:30', 'EST', null, 'x'],
  ['10:00 - 11:30 PM x', '22:00', null, null, 'x'],
  ['11:00 - 1:00 PM x', '11:00', null, null, 'x'],
  ['01:20 ETA - x', '01:20', null, null, 'ETA - x'],
  ['12:30', '12:30', null, null, ''],
];

function hhmm(h: number, m: number, s: number | null): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return s === null ? `${p(h)}:${p(m)}` : `${p(h)}:${p(m)}:${p(s)}`;
}

test('valid entry times: clock, zone, date and where the event text starts', () => {
  for (const [line, clock, zone, date, text] of ok) {
    const t = matchEntryTime(line);
    assert.ok(t, line);
    assert.equal(t.status, 'ok', line);
    assert.equal(hhmm(t.hour ?? -1, t.minute ?? -1, t.second), clock, line);
    assert.equal(t.zone?.text ?? null, zone, line);
    if (t.zone) assert.equal(line.slice(t.zone.start, t.zone.end), t.zone.text, `${line}: zone span`);
    assert.equal(t.date ? isoDate(t.date) : null, date, line);
    if (t.date) assert.equal(line.slice(t.date.start, t.date.end), t.date.text, `${line}: date span`);
    assert.equal(line.slice(t.textStart), text, line);
    assert.equal(line.slice(t.start, t.end), t.text, `${line}: time span`);
  }
});

test('the meridiem is recorded as written', () => {
  assert.equal(matchEntryTime('12:30 PM - x')?.meridiem, 'pm');
  assert.equal(matchEntryTime('8:00 a.m. x')?.meridiem, 'am');
  assert.equal(matchEntryTime('14:30 x')?.meridiem, null);
});

test('malformed entry times: reported with a problem and the evident correction', () => {
  const cases: [string, string, string | undefined][] = [
    ['3:AM - x', '3:AM', undefined],
    ['23:59 PM - x', '23:59 PM', '23:59'],
    ['13:20PM x', '13:20PM', '13:20'],
    ['25:10 - x', '25:10', undefined],
    ['12:75 - x', '12:75', undefined],
  ];
  for (const [line, span, suggestion] of cases) {
    const t = matchEntryTime(line);
    assert.ok(t, line);
    assert.equal(t.status, 'malformed', line);
    assert.equal(t.text, span, line);
    assert.equal(t.hour, null, line);
    assert.ok(t.problem, line);
    assert.equal(t.suggestion, suggestion, line);
    assert.equal(line.slice(t.textStart), 'x', line);
  }
});

test('unknown and relative times: status unknown, never a clock', () => {
  const cases: [string, string][] = [
    ['[???] x', '???'],
    ['2X:XX - x', '2X:XX'],
    ['??:?? - x', '??:??'],
    ['HH:MM - x', 'HH:MM'],
    ['≈04:23 x', '≈04:23'],
    ['~04:23 x', '~04:23'],
    ['approx. 04:23 - x', 'approx. 04:23'],
    ['T+5m x', 'T+5m'],
    ['T+0 | x', 'T+0'],
    ['T+~2m: x', 'T+~2m'],
  ];
  for (const [line, span] of cases) {
    const t = matchEntryTime(line);
    assert.ok(t, line);
    assert.equal(t.status, 'unknown', line);
    assert.equal(t.text, span, line);
    assert.equal(t.hour, null, line);
    assert.equal(t.minute, null, line);
    assert.equal(line.slice(t.textStart), 'x', line);
  }
});

test('a bare date followed by a separator is an unknown-time token carrying the date', () => {
  const t = matchEntryTime('Apr 30 - disk full');
  assert.ok(t);
  assert.equal(t.status, 'unknown');
  assert.equal(t.hour, null);
  assert.equal(t.date && isoDate(t.date), '--04-30');
  assert.equal('Apr 30 - disk full'.slice(t.textStart), 'disk full');
  const heading = matchEntryTime('**March 8, 2023**');
  assert.equal(heading?.status, 'unknown');
  assert.equal(heading?.date && isoDate(heading.date), '2023-03-08');
  const approx = matchEntryTime('June 8 around 8:00 a.m - x');
  assert.equal(approx?.status, 'unknown');
  assert.equal(approx?.date && isoDate(approx.date), '--06-08');
});

test('prose and items do not match', () => {
  for (const line of [
    '2 engineers were paged', 'Implement scaling', '100% of users', '2023 was a year',
    'May 5 servers failed', 'The database went down', '', '   ', '- [ ] task', '1.5 hours later',
    'At least 2 engineers', '12:30abc', 'Timeline:', 'March was hard', '(1) Issue Summary',
    '0x19. Postmortem', '#649 merged', 'Thursday we deployed',
  ]) {
    assert.equal(matchEntryTime(line), null, line);
  }
});

test('10,000 lines take well under the keystroke budget', () => {
  const kinds = [
    (i: number): string => `${(i % 12) + 1}:${String(i % 60).padStart(2, '0')} PM EST: node ${i} restarted`,
    (i: number): string => `The database went down and ${i} engineers were paged`,
    (i: number): string => `**${String(i % 24).padStart(2, '0')}:15 UTC - Issue ${i}:**`,
    (i: number): string => `March 8th, 2023 ${(i % 12) + 1}:30 PM - event ${i}`,
    (i: number): string => `Implement better monitoring for service ${i}`,
  ];
  const lines = Array.from({ length: 10_000 }, (_, i) => kinds[i % kinds.length]!(i));
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    for (const l of lines) matchEntryTime(l);
    best = Math.min(best, performance.now() - t0);
  }
  // The target is ~10 ms on an idle machine; this bound only catches a regression such as
  // running chrono on every line (~1 s), without flaking on a loaded CI runner.
  assert.ok(best < 200, `best of 5 runs: ${best.toFixed(1)} ms`);
});
