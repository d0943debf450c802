import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plainLineRole } from '../../../server/src/service/lex/items/plain';

test('a line about the write-up itself closes the list of plain-line items', () => {
  for (const line of ['This postmortem outlines the incident, its impact and the measures proposed.', 'This report covers the outage of May 2.', 'By implementing these measures, we aim to avoid it.'])
    assert.equal(plainLineRole(line, false), 'skip', line);
  assert.equal(plainLineRole('Now, with a diagram, our postmortem is not just informative but also entertaining!', false), 'skip');
  assert.equal(plainLineRole('Develop automated tests for the file permissions.', false), 'item');
  assert.equal(plainLineRole('Share the postmortem with the support team.', false), 'item');
});
