/** Findings that rest on an uncertain reading are reported one step below a warning. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';

const config = resolveConfig([]);
const lint = (text: string) => analyze(text, { path: 'postmortems/x.md', config });
const severities = (text: string, rule: string) => lint(text).findings.filter((f) => f.rule === rule).map((f) => `${f.range.start.line + 1} ${f.severity}`);

test('an empty section in a filled-in postmortem is a warning; in a skeleton, where half are empty, it is info', () => {
  const filled = '# Postmortem: x\n\n## Summary\n\nThe API was down on 2024-01-02 from 10:00 to 10:30 UTC.\n\n## Timeline\n\n- 10:00 Down.\n- 10:30 Up.\n\n## Root cause\n\n## Action items\n\n- [ ] Add an alert (owner: @a)\n';
  assert.deepEqual(severities(filled, 'section-empty'), ['12 warning']);
  const skeleton = '# Postmortem: x\n\n## Summary\n\n## Timeline\n\n## Root cause\n\n## Action items\n\n- [ ] Add an alert (owner: @a)\n';
  assert.deepEqual(severities(skeleton, 'section-empty'), ['3 info', '5 info', '7 info']);
});

test('an untimed bullet between timed entries is a warning; one that places itself ("ten minutes later") or closes the timeline is info', () => {
  const doc = [
    '# Postmortem: y', '', '## Summary', '', 'Checkout failed on 2024-02-03 from 09:00 to 09:40 UTC.', '',
    '## Timeline (UTC)', '',
    '- 09:00 Errors began.',
    '- The on-call engineer paged the database team.',
    '- 09:20 The replica was promoted.',
    '- Ten minutes later the queue drained.',
    '- 09:40 Checkout recovered.',
    '- The incident was reviewed with the team.',
  ].join('\n');
  assert.deepEqual(severities(doc, 'timeline-missing-time'), ['10 warning', '12 info', '14 info']);
});
