import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writtenAsDone } from '../../../server/src/service/lex/items/actionability';
import { extractItemFields } from '../../../server/src/service/lex/items/fields';

test('items written as already done read as done', () => {
  for (const t of [
    'Rolled back the cache config and verified hit rates.',
    'Upgraded the proxy to the patched release.',
    'New alerts were added for queue depth.',
    '**Runbook:** The failover runbook has been rewritten.',
  ]) assert.ok(writtenAsDone(t), t);
});

test('items still to do, or promised for later, are not done', () => {
  for (const t of [
    'Roll back the cache config.',
    'Alerts will be added for queue depth.',
    'Planned changes to the proxy release process.',
    'Automated checks should be implemented before deploys.',
    'Add a test that was missing.',
  ]) assert.ok(!writtenAsDone(t), t);
});

test('an explicit status wins over the tense', () => {
  assert.equal(extractItemFields('Upgraded the proxy (status: in progress)', 0, 0).status, 'open');
  assert.equal(extractItemFields('Upgraded the proxy', 0, 0).status, 'done');
});

test('"has also been re-enabled" is work done, like "has been re-enabled"', () => {
  assert.equal(writtenAsDone('The firewall has also been re-enabled on every host.'), true);
  assert.equal(writtenAsDone('The firewall has been re-enabled.'), true);
  assert.equal(writtenAsDone('The firewall will be re-enabled on every host.'), false);
});

test('a subject and the present perfect ("We have developed ...") is work done; "we have to ..." is a promise', () => {
  assert.equal(writtenAsDone('We have developed a script that checks the configuration files.'), true);
  assert.equal(writtenAsDone('The team has now added a canary stage.'), true);
  assert.equal(writtenAsDone('We have to add a canary stage.'), false);
  assert.equal(writtenAsDone('We have a runbook for this.'), false);
});

test('"Monitored the system" is work done; "Monitor the queue depth" is a task', () => {
  assert.equal(writtenAsDone('Monitored the system to make sure it stayed stable.'), true);
  assert.equal(writtenAsDone('Monitor the queue depth after each deploy.'), false);
});

test('an aside or an opening clause before the subject does not hide work done', () => {
  assert.ok(writtenAsDone('Note that in response to this error, I wrote a Puppet manifest to automate the fix.'));
  assert.ok(writtenAsDone('In response to this error, we added an alert on disk use.'));
  assert.ok(!writtenAsDone('After the outage, add an alert on disk use.'));
  assert.ok(!writtenAsDone('Note that the alert must be tuned.'));
});
