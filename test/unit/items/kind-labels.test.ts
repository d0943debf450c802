/** An item's own label (`**Tasks**: ...`, `**Improvements:** ...`) says whether it is a task or a measure. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';
import { itemLabelKind } from '../../../server/src/service/lex/items/kind-label';

function items(text: string): { measures: number[]; tasks: number[] } {
  const { model } = parseDocument(text);
  return { measures: model.measures.map((m) => m.line + 1), tasks: model.tasks.map((t) => t.line + 1) };
}

const head = ['# Postmortem: nightly export stalled', '', '## Summary', '', 'The export stalled for six hours.', '', '## Corrective and preventative measures', ''];

test('labelled bullets under the measures split into the measures and the tasks', () => {
  const text = [...head,
    '- **Improvements**: give the exporter a watchdog, and page on a stalled queue.',
    '- **Tasks**: add the watchdog to the export job, write the paging rule.',
  ].join('\n');
  assert.deepEqual(items(text), { measures: [9], tasks: [10] });
});

test('a task label under the measures is a task even when the tasks are listed elsewhere too', () => {
  const text = [...head,
    '- Alert when the export queue stops moving.',
    '- **Action items:** move the exporter to its own node pool.',
    '',
    '## Action items',
    '',
    '- [ ] Write the queue alert (owner: @kai)',
  ].join('\n');
  assert.deepEqual(items(text), { measures: [9], tasks: [10, 14] });
});

test('without a task label the measures list still stands for the tasks', () => {
  const text = [...head, '- **Improvements**: give the exporter a watchdog.', '- **Monitoring**: page on a stalled queue.'].join('\n');
  assert.deepEqual(items(text), { measures: [9, 10], tasks: [9, 10] });
});

test('only a label naming exactly one kind counts', () => {
  assert.equal(itemLabelKind('**Tasks**: audit the servers'), 'action-items');
  assert.equal(itemLabelKind('**Preventive measures:** rotate keys yearly'), 'measures');
  assert.equal(itemLabelKind('Next steps: ship the fix'), 'action-items');
  assert.equal(itemLabelKind('**Monitoring**: page on a stalled queue'), null);
  assert.equal(itemLabelKind('**Tasks:**'), null);
  assert.equal(itemLabelKind('Add tasks to the runbook'), null);
});
