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

test('an owner (or a task for a measure) is asked for below a warning when the list says its work is done', () => {
  const doc = [
    '# Postmortem: z', '', '## Summary', '', 'Search failed on 2024-03-04 from 08:00 to 08:30 UTC for all users.', '',
    '## Action Items', '',
    'The following actions helped fix the outage:', '',
    '- Add an index on the orders table.',
    '- Review: the slow query log.', '',
    '## Follow-up', '',
    '- Alert on query latency above one second.',
  ].join('\n');
  assert.deepEqual(severities(doc, 'task-owner'), ['11 info', '12 info', '16 warning']);
  const measures = doc.replace('## Action Items', '## Corrective and Preventative Measures').replace('## Follow-up', '## Action Items');
  assert.deepEqual(severities(measures, 'measure-without-task').map((s) => s.split(' ')[1]), ['info', 'info']);
});

test('a template: its empty sections and unstated times are info; its placeholder title is a warning', () => {
  const doc = ['# Title', '', '## Summary', '', '## Impact', '', '## Timeline', '', '- {{ hh:mm }} {{ what happened }}', '', '## Root cause', '', 'The cause, in one paragraph.', ''].join('\n');
  assert.deepEqual(severities(doc, 'section-empty'), ['3 info', '5 info']);
  assert.deepEqual(severities(doc, 'summary-duration'), ['3 info']);
  assert.deepEqual(severities(doc, 'placeholder'), ['1 warning', '9 warning', '9 warning']);
});

test('the summary against the timeline: a marked start an hour off is a warning; an end at the incident\'s closing is info', () => {
  const marked = [
    '# Postmortem: q', '', '## Summary', '', 'On 2024-04-05 from 10:00 to 10:50 UTC, 30% of exports were delayed.', '',
    '## Timeline (UTC)', '', '- 08:40: A deploy changed the lease.', '- 09:00: Outage begins.', '- 10:50: Service restored.',
  ].join('\n');
  assert.deepEqual(severities(marked, 'timeline-summary-mismatch'), ['5 warning']);
  const closing = [
    '# Postmortem: r', '', '## Summary', '', 'On 2024-04-05 from 10:00 to 11:00 UTC, 30% of exports were delayed.', '',
    '## Timeline (UTC)', '', '- 10:00: Alert fired.', '- 10:30: Service restored.', '- 11:00: The incident was closed.',
  ].join('\n');
  assert.deepEqual(severities(closing, 'timeline-summary-mismatch'), ['5 info']);
});

test('a first line that reads as a title but is no heading is info; no title line at all is a warning', () => {
  assert.deepEqual(severities('Outage of the billing API on 2024-05-06\n\n## Summary\n\nBilling failed.\n\n## Timeline\n\n- 10:00 Down.\n- 10:30 Up.\n', 'title-missing'), ['1 info']);
  assert.deepEqual(severities('## Summary\n\nBilling failed.\n\n## Timeline\n\n- 10:00 Down.\n- 10:30 Up.\n', 'title-missing'), ['1 warning']);
});

test('a postmortem told twice (three sections repeated in order) is one finding, not one per section', () => {
  const once = ['## Summary', '', 'Down.', '', '## Timeline', '', '- 10:00 Down.', '- 10:30 Up.', '', '## Root cause', '', 'A bug.', '', '## Action items', '', '- Add an alert on errors.', ''];
  const doc = ['# Postmortem: s', '', ...once, ...once].join('\n');
  assert.deepEqual(severities(doc, 'section-duplicate'), ['20 warning']);
  // The retelling's tasks repeat the first version's: their owner is asked for below a warning.
  assert.deepEqual(severities(doc, 'task-owner'), ['18 warning', '35 info']);
});

test('the example text under a template slot heading is said below a warning; a real task beside it is not', () => {
  const doc = [
    '# Postmortem: {{ incident name }}', '', '## Summary', '', 'On {{ date }} the {{ service }} was down.', '',
    '## Action items', '',
    '### {{ action topic }}', '',
    '- Describe the steps here.', '',
    '### {{ action topic }}', '',
    '- Describe the steps here.', '',
    '### Alerting', '',
    '- Add an alert on queue depth.',
  ].join('\n');
  assert.deepEqual(severities(doc, 'task-owner'), ['11 info', '15 info', '19 warning']);
  assert.deepEqual(severities(doc, 'task-duplicate'), ['15 info']);
});

test('a zone written out in words the linter does not know is not "no time zone": info, asking for a standard name', () => {
  const doc = (summary: string) => [
    '# Postmortem: login errors', '', '## Summary', '', summary, '',
    '## Timeline', '', '- 19:30 Logins start failing.', '- 19:55 Logins work again.',
  ].join('\n');
  const findings = (text: string) => lint(text).findings.filter((f) => f.rule === 'timeline-timezone');
  const named = findings(doc('Logins failed from 7:30 PM to 7:55 PM Gulf Coast Standard Time.'));
  assert.deepEqual(named.map((f) => f.severity), ['info']);
  assert.match(named[0]?.message ?? '', /written as `Gulf Coast Standard Time`/);
  const none = findings(doc('Logins failed from 7:30 PM to 7:55 PM for the first time.'));
  assert.deepEqual(none.map((f) => f.severity), ['warning']);
  assert.match(none[0]?.message ?? '', /names no time zone/);
});

test('a "done" lead-in under a plain-line section reaches the items of the sub-sections below it (past the section\'s own end)', () => {
  const doc = [
    '# Postmortem: cache outage', '', 'Issue Summary:', 'On 2024-05-02 from 10:00 to 10:40 UTC the cache was down for all users.', '',
    'Corrective and Preventative Measures:',
    'To keep this from happening again, the following measures have been put in place:', '',
    'Improve Cache Management:', '',
    'Add a health check to the cache cluster before each deploy.',
    'Alert when the cache hit ratio falls below 80 percent.',
  ].join('\n');
  const sections = lint(doc).model.sections;
  assert.ok(sections.some((s) => s.parent !== null && s.line >= (sections[s.parent]?.end ?? 0)), 'the sub-section lies past its parent\'s own end');
  assert.deepEqual(severities(doc, 'task-owner'), ['11 info', '12 info']);
});

test('a timeline without a stated end is a warning; one that ends in a containment or fix action is info', () => {
  const head = ['# Postmortem: leaked token', '', '## Summary', '', 'On 2024-05-06 from 09:00 to 11:00 UTC a leaked deploy token let an outsider read two build logs.', '', '## Timeline (UTC)', ''];
  const open = [...head, '- 09:00 A scanner flagged the token in a public gist.', '- 09:30 The security team was paged.', '- 10:15 More build agents were started.'].join('\n');
  assert.deepEqual(severities(open, 'timeline-resolution'), ['7 warning']);
  for (const action of ['- 11:00 The token was revoked and the build agents were shut down.', '- 11:00 Dana pushed a commit to fix the pipeline permissions.', '- 11:00 The exposed build host was deleted.']) {
    const contained = [...head, '- 09:00 A scanner flagged the token in a public gist.', '- 09:30 The security team was paged.', action].join('\n');
    assert.deepEqual(severities(contained, 'timeline-resolution'), ['7 info'], action);
    assert.match(lint(contained).findings.find((f) => f.rule === 'timeline-resolution')?.message ?? '', /is a fix or containment action/);
  }
  const failed = [...head, '- 09:00 A scanner flagged the token.', '- 09:30 The security team was paged.', '- 11:00 Revoking the token did not stop the reads.'].join('\n');
  assert.deepEqual(severities(failed, 'timeline-resolution'), ['7 warning']);
  const planned = [...head, '- 09:00 A scanner flagged the token.', '- 09:30 The security team was paged.', '- 11:00 The team plans to rotate every deploy token.'].join('\n');
  assert.deepEqual(severities(planned, 'timeline-resolution'), ['7 warning']);
});

test('a summary with one end read and an approximate time beside it ("halted at approximately 15:23") says the missing end below a warning', () => {
  const doc = (end: string) => ['# Postmortem: pool drained on 2026-09-05', '', '## Summary', '', `At 13:38 UTC an attacker drained the pool. ${end}`, '', '## Timeline (UTC)', '', '- 13:38 Attack began.', '- 15:23 The pool was halted.'].join('\n');
  assert.deepEqual(severities(doc('The pool was halted at approximately 15:23 UTC.'), 'summary-duration'), ['5 info']);
  assert.deepEqual(severities(doc('The team was paged soon after.'), 'summary-duration'), ['5 warning']);
  assert.deepEqual(severities(doc('It began at approximately 13:38 as said.'), 'summary-duration'), ['5 warning']);
});

test('a task written as a question, or as the brief\'s own bullet, is said below a warning', () => {
  const doc = ['# Postmortem: cache outage on 2024-05-06', '', '## Summary', '', 'From 10:00 to 10:20 UTC the cache was down for all users.', '', '## Timeline (UTC)', '', '- 10:00 Down.', '- 10:20 Restored.', '', '## Action Items', '',
    '- What can we do better next time?', '- itemized list of ways to prevent it from happening again', '- Add a cache health alert'].join('\n');
  assert.deepEqual(severities(doc, 'task-owner'), ['14 info', '15 info', '16 warning']);
});

test('a lead-in naming a team ("the database team should:") is a generic owner, said below a warning; "we will take these measures:" names nobody', () => {
  const doc = (lead: string) => ['# Postmortem: db outage on 2024-04-04', '', '## Summary', '', 'From 10:00 to 10:30 UTC the database was down for all users.', '', '## Timeline (UTC)', '', '- 10:00 Down.', '- 10:30 Restored.', '', '## Action Items', '', lead, '1. Add a replica lag alert.'].join('\n');
  assert.deepEqual(severities(doc('The database team should:'), 'task-owner'), ['15 info']);
  assert.deepEqual(severities(doc('To prevent this, we will take the following measures:'), 'task-owner'), ['15 warning']);
});
