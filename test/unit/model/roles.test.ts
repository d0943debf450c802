/** The reading stage: every line of a document gets the role a reader gives it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';
import { lineRoles, roleRuns } from '../../../server/src/service/model/roles';

function roles(text: string): string[] {
  const p = parseDocument(text);
  return lineRoles(p.model, p.lines).map((r) => (r.kind ? `${r.role}:${r.kind}` : r.role));
}

const doc = [
  '# Payment retries on 2024-03-02', // 1 title
  '', // 2
  '## Summary', // 3
  '**Impact:** one in ten card payments failed.', // 4 field
  'The retry queue was stuck.', // 5 prose of the summary
  '', // 6
  '## Timeline (UTC)', // 7
  '- 10:00 Alerts fired for payment errors.', // 8 entry
  '  - the dashboard showed a spike', // 9 entry body
  '- 10:20 The queue worker was restarted.', // 10 entry
  '', // 11
  '## Corrective measures', // 12
  '- Alert on queue age.', // 13 measure
  '', // 14
  '### Tasks', // 15 header: a child section of its own
  '- [ ] Add a queue-age alert (owner: @mo)', // 16 task
  '', // 17
  '## Appendix', // 18
  'Raw logs are in the ticket.', // 19 appendix
  '```', // 20
  '10:00 worker stalled', // 21 code, not an entry
  '```', // 22
].join('\n');

test('each line of a postmortem gets its role: title, headers, fields, entries and their bodies, items, appendix, code', () => {
  assert.deepEqual(roles(doc), [
    'title',
    'blank',
    'header:summary',
    'field:impact',
    'prose:summary',
    'blank',
    'header:timeline',
    'entry',
    'entry-body',
    'entry',
    'blank',
    'header:measures',
    'measure',
    'blank',
    'header:action-items',
    'task',
    'blank',
    'header:supporting-information',
    'appendix:supporting-information',
    'code',
    'code',
    'code',
  ]);
});

test('role runs fold consecutive prose and keep every entry, item and header on its own', () => {
  const p = parseDocument('# T\n\n## Summary\nLine one.\nLine two.\n\n## Timeline\n- 09:00 a\n- 09:05 b\n');
  const runs = roleRuns(lineRoles(p.model, p.lines)).map((r) => `${r.line}-${r.endLine} ${r.role}`);
  assert.deepEqual(runs, ['0-0 title', '2-2 header', '3-4 prose', '6-6 header', '7-7 entry', '8-8 entry']);
});
