/** One disable directive for every rule reported on a line (the menu offers two entries per line, not two per finding). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disableForFileEdit, disableForLineEdit } from '../../../server/src/service/derive/suppress/index';

test('a line directive names several rules, and merging adds only those not yet named', () => {
  const lines = ['## Action Items', '', '- [ ] Look into it'];
  assert.equal(disableForLineEdit(lines, 2, ['task-owner', 'task-actionable'], '\n')?.newText, ' <!-- postmortem-disable-line task-owner task-actionable -->');
  const merged = ['## Action Items', '', '- [ ] Look into it <!-- postmortem-disable-line task-owner -->'];
  assert.equal(disableForLineEdit(merged, 2, ['task-owner', 'task-actionable'], '\n')?.newText, ' task-actionable');
  assert.equal(disableForLineEdit(merged, 2, ['task-owner'], '\n'), undefined);
});

test('a file directive names several rules; one already covering them all means no edit', () => {
  assert.equal(disableForFileEdit(['# T'], ['task-owner', 'task-actionable'], '\n')?.newText, '<!-- postmortem-disable-file task-owner task-actionable -->\n');
  assert.equal(disableForFileEdit(['<!-- postmortem-disable-file task-actionable task-owner -->', '# T'], ['task-owner', 'task-actionable'], '\n'), undefined);
  assert.equal(disableForFileEdit(['<!-- postmortem-disable-file task-owner -->', '# T'], ['task-owner', 'task-actionable'], '\n')?.newText, ' task-actionable');
});
