import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileDate } from '../../../server/src/service/rules/summary/file-date';

test('a file named by its incident day gives that day', () => {
  assert.deepEqual(fileDate('docs/incident-reports/2022-06-02-pod-limit.md'), { year: 2022, month: 6, day: 2, text: '2022-06-02' });
  assert.deepEqual(fileDate('2019_03_26.md'), { year: 2019, month: 3, day: 26, text: '2019_03_26' });
});

test('only the file name counts, not its folders', () => {
  assert.equal(fileDate('2021-04-01/postmortem.md'), null);
});

test('no date from version numbers, ticket ids, mixed separators or impossible days', () => {
  assert.equal(fileDate('release-v2.3.4.md'), null);
  assert.equal(fileDate('INC-20220602.md'), null);
  assert.equal(fileDate('2022-06_02.md'), null);
  assert.equal(fileDate('2023-02-30-outage.md'), null);
  assert.equal(fileDate('12022-06-02.md'), null);
  assert.equal(fileDate(null), null);
});
