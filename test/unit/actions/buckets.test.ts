/** Bucket labels (`**Immediate:**`, `### Long-term`) give their items a priority when they state none. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseDocument } from '../../../server/src/service/analysis';
import { readFixtureDocument } from '../fixture-harness';

const priorities = (text: string) => parseDocument(text).model.tasks.map((t) => t.priority?.text ?? null);

test('a bold bucket label applies to the list under it; an item\'s own priority wins; an intro line ends the bucket', () => {
  const text = readFixtureDocument(join(__dirname, '..', '..', 'fixtures', 'actions', 'bucket-labels.md'));
  const { model, source } = parseDocument(text);
  assert.deepEqual(model.tasks.map((t) => t.priority?.text ?? null), ['Immediate', 'P0', 'Long-term', null]);
  const first = model.tasks[0]?.priority;
  assert.ok(first);
  assert.equal(source.getText(first.range), 'Immediate', 'the field points at the label');
});

test('heading and list-item labels work too; other headings and intros end the bucket', () => {
  const doc = (body: string) => `# Postmortem: x on 2024-01-01\n\n## Action Items\n\n${body}\n`;
  assert.deepEqual(priorities(doc('### Short-term\n\n- Add an alert on queue depth\n\n### Notes\n\n- Write the runbook')), ['Short-term', null]);
  assert.deepEqual(priorities(doc('- High priority:\n  - Add an alert on queue depth\n- Write the runbook')), ['High priority', 'High priority']);
  assert.deepEqual(priorities(doc('- Monitoring:\n  - Add an alert on queue depth')), [null], 'a topic label is not a priority');
});
