import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dstCheck, isZoneName, resolveZone, zoneOffsetAt } from '../../../server/src/service/lex/time/zones';

const jan = { year: 2023, month: 1, day: 15 };
const jul = { year: 2023, month: 7, day: 4 };

test('UTC, GMT, Z and fixed offsets', () => {
  const cases: [string, number, string | null][] = [
    ['UTC', 0, 'UTC'], ['GMT', 0, 'UTC'], ['Z', 0, 'UTC'], ['(UTC)', 0, 'UTC'], ['utc', 0, 'UTC'],
    ['UTC+1', 60, 'Etc/GMT-1'], ['GMT+1', 60, 'Etc/GMT-1'], ['GMT-5', -300, 'Etc/GMT+5'], ['UTC-5', -300, 'Etc/GMT+5'],
    ['UTC+05:30', 330, null], ['+05:30', 330, null], ['UTC+0', 0, 'UTC'], ['UTC−3', -180, 'Etc/GMT+3'],
  ];
  for (const [text, offset, iana] of cases) {
    const z = resolveZone(text);
    assert.ok(z, text);
    assert.equal(z.offsetMinutes, offset, text);
    assert.equal(z.iana, iana, text);
    assert.equal(z.fixed, true, text);
    assert.equal(z.ambiguous, false, text);
  }
});

test('abbreviations resolve to one offset and an IANA zone', () => {
  const cases: [string, number, string][] = [
    ['EST', -300, 'America/New_York'], ['EDT', -240, 'America/New_York'],
    ['PST', -480, 'America/Los_Angeles'], ['PDT', -420, 'America/Los_Angeles'],
    ['WAT', 60, 'Africa/Lagos'], ['EAT', 180, 'Africa/Nairobi'],
    ['CET', 60, 'Europe/Madrid'], ['CEST', 120, 'Europe/Madrid'], ['est', -300, 'America/New_York'],
  ];
  for (const [text, offset, iana] of cases) {
    const z = resolveZone(text, { date: jul });
    assert.ok(z, text);
    assert.equal(z.kind, 'abbreviation', text);
    assert.equal(z.offsetMinutes, offset, text);
    assert.equal(z.iana, iana, text);
    assert.equal(z.ambiguous, false, text);
    assert.equal(z.fixed, false, text);
  }
});

test('ambiguous abbreviations are flagged with one candidate per offset', () => {
  const ist = resolveZone('IST');
  assert.ok(ist);
  assert.equal(ist.ambiguous, true);
  assert.equal(ist.iana, 'Asia/Kolkata');
  assert.equal(ist.offsetMinutes, 330);
  assert.ok(ist.candidates.includes('Asia/Jerusalem'));
  assert.ok(ist.candidates.includes('Europe/Dublin'));
  assert.equal(ist.candidates[0], 'Asia/Kolkata');

  const cst = resolveZone('CST');
  assert.ok(cst);
  assert.equal(cst.ambiguous, true);
  assert.equal(cst.iana, 'America/Chicago');
  assert.equal(cst.offsetMinutes, -360);
  assert.ok(cst.candidates.includes('Asia/Shanghai'));

  const china = resolveZone('CST', { preferIana: 'Asia/Shanghai' });
  assert.equal(china?.iana, 'Asia/Shanghai');
  assert.equal(china?.offsetMinutes, 480);
  assert.equal(china?.ambiguous, true);

  const bst = resolveZone('BST');
  assert.equal(bst?.iana, 'Europe/London');
  assert.equal(bst?.offsetMinutes, 60);
  assert.equal(bst?.ambiguous, true);
});

test('IANA names and spelled names follow the zone rules at the date', () => {
  assert.equal(resolveZone('America/New_York', { date: jul })?.offsetMinutes, -240);
  assert.equal(resolveZone('America/New_York', { date: jan })?.offsetMinutes, -300);
  assert.equal(resolveZone('America/New_York')?.offsetMinutes, null); // DST zone, no date
  assert.equal(resolveZone('Africa/Lagos')?.offsetMinutes, 60); // no DST: one offset
  assert.equal(resolveZone('Eastern Time', { date: jul })?.iana, 'America/New_York');
  assert.equal(resolveZone('Eastern Time', { date: jul })?.offsetMinutes, -240);
  assert.equal(resolveZone('West Africa Time')?.iana, 'Africa/Lagos');
  assert.equal(resolveZone('Eastern Standard Time', { date: jul })?.offsetMinutes, -300);
  assert.equal(resolveZone('ET', { date: jan })?.offsetMinutes, -300);
  assert.equal(resolveZone('PT', { date: jul })?.offsetMinutes, -420);
});

test('typos and ordinary words are not zones', () => {
  for (const text of ['ETA', 'DB', 'API', 'at', 'AT', 'US', 'PR', 'the', 'Foo/Bar', '', 'pm', 'z', '+5', 'UTC+25', 'Lagos']) {
    assert.equal(resolveZone(text), null, text);
  }
});

test('zoneOffsetAt keeps an abbreviation fixed and follows DST for zones', () => {
  const est = resolveZone('EST');
  const et = resolveZone('ET');
  const ny = resolveZone('America/New_York');
  assert.ok(est && et && ny);
  assert.equal(zoneOffsetAt(est, jul), -300);
  assert.equal(zoneOffsetAt(et, jul), -240);
  assert.equal(zoneOffsetAt(ny, jan), -300);
  // The 2023 US change happened at 02:00 local on March 12.
  assert.equal(zoneOffsetAt(ny, { year: 2023, month: 3, day: 12, hour: 1 }), -300);
  assert.equal(zoneOffsetAt(ny, { year: 2023, month: 3, day: 12, hour: 4 }), -240);
  assert.equal(zoneOffsetAt(resolveZone('UTC+3')!, jul), 180);
});

test('dstCheck judges standard versus daylight names with Intl', () => {
  assert.deepEqual(dstCheck('EST', jul), { ok: false, expected: 'EDT', iana: 'America/New_York' });
  assert.deepEqual(dstCheck('EST', jan), { ok: true, expected: 'EST', iana: 'America/New_York' });
  assert.deepEqual(dstCheck('EDT', jan), { ok: false, expected: 'EST', iana: 'America/New_York' });
  assert.equal(dstCheck('PST', { year: 2023, month: 3, day: 15 })?.expected, 'PDT'); // after March 12
  assert.equal(dstCheck('PST', { year: 2023, month: 3, day: 10 })?.ok, true);
  assert.equal(dstCheck('CET', jul)?.expected, 'CEST');
  assert.equal(dstCheck('CEST', jan)?.expected, 'CET');
  assert.equal(dstCheck('AEST', jan)?.expected, 'AEDT'); // southern summer
  assert.deepEqual(dstCheck('GMT', jul, { iana: 'Europe/London' }), { ok: false, expected: 'BST', iana: 'Europe/London' });
  assert.equal(dstCheck('GMT', jan, { iana: 'Europe/London' })?.ok, true);
  assert.equal(dstCheck('GMT', jul), null); // GMT alone means UTC
  assert.equal(dstCheck('WAT', jul), null);
  assert.equal(dstCheck('IST', jul), null); // read as India: no DST
  assert.equal(dstCheck('ETA', jul), null);
});

test('isZoneName agrees with resolveZone', () => {
  for (const text of ['UTC', 'Z', 'GMT+1', 'EST', 'IST', 'CEST', 'ET', 'ETA', 'DB', 'AT', 'US', 'America/New_York', 'Foo/Bar', 'Eastern Time', 'Lagos', 'est']) {
    assert.equal(isZoneName(text), resolveZone(text) !== null, text);
  }
});

test('a zone inside an aside is read through its markup and the words around it', () => {
  // As a timeline heading's parenthesised aside writes them.
  const cases: [string, string | null, number | null][] = [
    ['Mountain Time: *UTC-7*', 'America/Denver', null],
    ['every time shown in CET', null, 60],
    ['all times HST', null, -600],
    ['times in `UTC`, rounded to the minute', 'UTC', 0],
    ['Central Africa Time - CAT', null, 120],
    ['all times UTC Time', null, 0],
    ['**GMT+2**', 'Etc/GMT-2', 120],
  ];
  for (const [text, iana, offset] of cases) {
    const z = resolveZone(text, { date: jan });
    assert.ok(z, text);
    if (iana) assert.ok(z.iana === iana || z.candidates.includes(iana), `${text}: ${z.iana}`);
    if (offset !== null) assert.equal(z.offsetMinutes, offset, text);
  }
  for (const text of ['all times approximate', 'see the note below', 'in est', 'and Sprinkles', 'all times are rough']) {
    assert.equal(resolveZone(text), null, text);
  }
});

test('a North American region said alone is its zone, only as the whole stated text', () => {
  assert.equal(resolveZone('Pacific')?.iana, 'America/Los_Angeles');
  assert.equal(resolveZone('Eastern')?.iana, 'America/New_York');
  assert.equal(resolveZone('UC/Pacific')?.iana, 'America/Los_Angeles');
  assert.equal(resolveZone('pacific'), null);
  assert.equal(resolveZone('Europe'), null);
  assert.equal(resolveZone('Central database'), null);
});
