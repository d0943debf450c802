import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractItemFields, parseTracking } from '../../../server/src/service/lex/items/fields';

const f = (text: string, cells?: Record<string, string>) => extractItemFields(text, 10, 4, cells);

test('owner: @handle, labelled, parenthesised, assigned to', () => {
  assert.equal(f('Rotate the keys @alice-b').owner?.text, '@alice-b');
  assert.equal(f('Add alerting. Owner: Jane Doe, due 2024-05-01').owner?.text, 'Jane Doe');
  assert.equal(f('Add alerting (owner: @alice)').owner?.text, '@alice');
  assert.equal(f('Write the runbook, assigned to Bob').owner?.text, 'Bob');
  assert.equal(f('Write the runbook, assigned to the SRE team').owner?.text, 'the SRE team');
  assert.equal(f('Mail ops@example.com about it').owner, null);
});

test('owner: a name in brackets closing the item, but not a status, a placeholder or a link', () => {
  assert.equal(f('Require two reviewers before each release [Priya]').owner?.text, 'Priya');
  assert.equal(f('Page the database on-call on replica lag [Tomas Berg].').owner?.text, 'Tomas Berg');
  for (const text of ['Require two reviewers [TBD]', 'Require two reviewers [P1]', 'Require two reviewers [Done]',
    'Require two reviewers [Details](https://example.com)', 'Require two reviewers ![Diagram]', 'Require [Priya] to review it', 'Require two reviewers [in progress]']) {
    assert.equal(f(text).owner, null, text);
  }
});

test('placeholder owners are not owners', () => {
  for (const p of ['*TBD*', 'TBD', '?', '-', '[owner]', 'N/A']) {
    assert.equal(f(`Add alerting. Owner: ${p}`).owner, null, p);
    assert.equal(f('Add alerting', { task: 'Add alerting', owner: p }).owner, null, `column ${p}`);
  }
});

test('owner ranges are document ranges', () => {
  const r = f('Add alerting (owner: @alice)').owner?.range;
  assert.deepEqual(r, { start: { line: 10, character: 4 + 21 }, end: { line: 10, character: 4 + 27 } });
  const multi = extractItemFields('Add alerting\n  owner: @bob', 3, 2).owner?.range;
  assert.deepEqual(multi, { start: { line: 4, character: 9 }, end: { line: 4, character: 13 } });
});

test('due dates: ISO, prose, parenthesised, shorthand, column', () => {
  assert.equal(f('Fix it due 2023-04-01').due?.text, '2023-04-01');
  assert.equal(f('Ship the fix by April 1').due?.text, 'April 1');
  assert.equal(f('Ship it (due: 2024-05-01)').due?.text, '2024-05-01');
  assert.equal(f('Ship it by end of Q3').due?.text, 'end of Q3');
  assert.equal(f('Scale the pool by 50%').due, null);
  assert.equal(f('Reviewed by the database team').due, null);
  assert.equal(f('Ship it', { task: 'Ship it', deadline: '2024-06-30' }).due?.text, '2024-06-30');
  assert.equal(f('Ship it', { task: 'Ship it', due: 'TBD' }).due, null);
});

test('priority: P-levels, marked words, columns; not "high CPU"', () => {
  assert.equal(f('Add a circuit breaker P1').priority?.text, 'P1');
  assert.equal(f('Add a circuit breaker (High)').priority?.text, 'High');
  assert.equal(f('Add a circuit breaker, priority: medium').priority?.text, 'medium');
  assert.equal(f('Short-term: add a circuit breaker').priority?.text, 'Short-term');
  assert.equal(f('Alert on high CPU usage and low disk').priority, null);
  assert.equal(f('Alert', { task: 'Alert', priority: 'Long-term' }).priority?.text, 'Long-term');
});

test('status from words and columns', () => {
  assert.equal(f('DONE Add alerting').status, 'done');
  assert.equal(f('TODO: add alerting').status, 'open');
  assert.equal(f('Add alerting (in progress)').status, 'open');
  assert.equal(f('Add alerting. Status: completed').status, 'done');
  assert.equal(f('Add alerting for things done wrong').status, null);
  assert.equal(f('Add alerting', { task: 'Add alerting', status: 'Done' }).status, 'done');
});

test('tracking: link, URL, JIRA key, #123, column; not UTC-5 or SEV-1', () => {
  assert.equal(f('Add alerting [OPS-12](https://jira.example.com/OPS-12)').tracking?.text, '[OPS-12](https://jira.example.com/OPS-12)');
  assert.equal(f('Add alerting https://github.com/o/r/issues/4.').tracking?.text, 'https://github.com/o/r/issues/4');
  assert.equal(f('Add alerting OPS-12').tracking?.text, 'OPS-12');
  assert.equal(f('Add alerting, see #123').tracking?.text, '#123');
  assert.equal(f('Note times in UTC-5 for the SEV-1').tracking, null);
  assert.equal(f('Add alerting', { task: 'Add alerting', bug: 'b/1234' }).tracking?.text, 'b/1234');
});

test('type from labels, leading verbs and columns', () => {
  assert.equal(f('Prevent retries from stampeding').type, 'prevent');
  assert.equal(f('(mitigate) restart the pool').type, 'mitigate');
  assert.equal(f('Type: process. Update the runbook').type, 'process');
  assert.equal(f('Update the runbook').type, null);
  assert.equal(f('x', { task: 'x', type: 'Prevent' }).type, 'prevent');
});

test('parseTracking gives only http(s) hrefs', () => {
  assert.deepEqual(parseTracking('[OPS-1](https://x.example/OPS-1)'), { text: 'OPS-1', href: 'https://x.example/OPS-1' });
  assert.deepEqual(parseTracking('[bad](javascript:alert(1))').href, null);
  assert.deepEqual(parseTracking('#12'), { text: '#12', href: null });
});
