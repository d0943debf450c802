/**
 * The guard before chrono-node in due-date reading (lex/items/due.ts: a date can only begin
 * with the first words of chrono's patterns) must never hide a date chrono would read: over
 * every line of the repository's fixtures, docs and generated postmortems, and over phrases
 * built from date words, the guarded reading equals chrono's own, phrase by phrase.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DUE_KEYWORD, chronoAt, chronoRead, mayStartDate } from '../../../server/src/service/lex/items/due';
// @ts-expect-error: a plain ES module without types (the bench's document generator)
import { generatePostmortem } from '../../bench/gen-postmortem.mjs';

const root = join(__dirname, '..', '..', '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? markdownFiles(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : []));
}

/** What follows each due keyword of each line: exactly what findDue hands chrono. */
function phrases(text: string): string[] {
  return text.split('\n').flatMap((line) => [...line.matchAll(DUE_KEYWORD)].map((m) => line.slice((m.index ?? 0) + m[0].length)));
}

test('over the repository\'s Markdown and generated postmortems, the guard changes no reading', () => {
  const texts = [...markdownFiles(join(root, 'test', 'fixtures')), ...markdownFiles(join(root, 'docs'))].map((f) => readFileSync(f, 'utf8'));
  texts.push(String(generatePostmortem({ lines: 2000 })));
  const all = [...new Set(texts.flatMap(phrases))];
  let skipped = 0;
  for (const p of all) {
    assert.equal(chronoAt(p), chronoRead(p), JSON.stringify(p));
    if (!mayStartDate(p)) skipped++;
  }
  assert.ok(all.length > 200, `only ${all.length} phrases`);
  assert.ok(skipped > all.length / 10, `the guard skipped only ${skipped} of ${all.length}: it guards nothing`);
});

const WORDS = [
  'May', 'June 3', 'Friday', 'next', 'this', 'last', 'week', 'month', 'the', '3rd', 'first', 'of', 'in', 'within', 'two', 'a', 'few', 'days', 'later',
  'ago', 'tomorrow', 'tonight', 'noon', 'at', '5pm', '10:00', '2024-05-01', '04/15', '+2', 'end', 'Q3', 'team', 'customers', 'engineer', 'on', 'call',
  'review', '(Friday)', ',', 'Mon', 'Sept.', 'twenty-first', 'thirty', 'half', 'an', 'hour', 'several', 'couple', 'weekend', 'from', 'to', 'EST',
];

test('over phrases built from date words, the guard changes no reading', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), (words) => {
    const p = words.join(' ');
    assert.equal(chronoAt(p), chronoRead(p), JSON.stringify(p));
  }), { numRuns: 1500, seed: 14 });
});

/** One phrase chrono reads for each way the guard lets a date begin. */
const STARTS = [
  '2024-05-01', '04/15/2024', '+2 days', '(Friday)', ', Friday', 'May 5', 'Jan. 3', 'Sept 4', 'Friday', 'Mon', 'weekend', 'now', 'today', 'tonight',
  'tomorrow', 'tmrw', 'yesterday', 'last night', 'noon tomorrow', 'midnight Friday', 'this Friday', 'next week', 'last Monday', 'past week',
  'after this week', 'end of month', 'last day of month', 'within 3 days', 'in 2 weeks', 'in May', 'for 2 weeks', 'on May 5', 'at 5pm tomorrow',
  'from May 5 to May 7', 'the 3rd of May', 'about 2 days later', 'around 3 days later', 'a week later', 'an hour later', 'half a day later', 'few days later',
  'several days later', 'couple of days later', 'two weeks later', 'twelve days later', 'first of May', 'third of June', 'twenty-first of May',
  'thirty first of May', 'thirtieth of May', 'morning of May 5', 'evening on Friday',
];

test('each way a date may begin: the guard lets chrono read it', () => {
  let read = 0;
  for (const p of STARTS) {
    assert.equal(chronoAt(p), chronoRead(p), JSON.stringify(p));
    if (chronoRead(p)) read++;
  }
  assert.ok(read > 40, `chrono read only ${read} of the examples`);
});

test('prose after "by" is not handed to chrono; dates are', () => {
  assert.equal(mayStartDate('the platform team'), false, 'chrono reads no date at the start of "the 3rd of May" (from its second word only)');
  assert.equal(mayStartDate('the day after tomorrow'), true);
  assert.equal(mayStartDate('a few days later'), true);
  assert.equal(mayStartDate('customers notice'), false);
  assert.equal(mayStartDate('Support was notified'), false);
  assert.equal(chronoAt('next Friday'), 'next Friday');
  assert.equal(chronoAt('2024-05-01)'), '2024-05-01');
  assert.equal(chronoAt('(Friday)'), chronoRead('(Friday)'));
});
