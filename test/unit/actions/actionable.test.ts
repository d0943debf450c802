// task-actionable says "not written as an action" only when the task plainly opens with
// something other than a verb: a verb its list does not know is no evidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, resolveConfig } from '../../../server/src/service/index';

function noVerb(task: string): boolean {
  const text = ['# Disk full on db-2, 2025-03-04', '', '## Summary', 'The primary ran out of disk.', '', '## Action items', `- [ ] ${task} (owner: @mara, due: 2025-09-16)`, ''].join('\n');
  const a = analyze(text, { path: 'postmortem.md', config: resolveConfig([]), forced: true });
  return a.findings.some((f) => f.rule === 'task-actionable' && f.message.includes('not written as an action'));
}

test('an opening the verb list does not know is not called "no action"', () => {
  assert.equal(noVerb('Register the backup scheduler as a consumer of the rotated account'), false);
  assert.equal(noVerb('Quarantine hosts that fail the disk check'), false);
});

test('a noun phrase, an article or a preposition opening is', () => {
  assert.equal(noVerb('Implementation of redundant servers'), true);
  assert.equal(noVerb('The dashboard for disk usage'), true);
  assert.equal(noVerb('For the API, an alert on 5xx rates'), true);
  assert.equal(noVerb('Better monitoring of the disks'), true);
});
