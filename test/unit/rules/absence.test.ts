/**
 * Issue 8, classes 5 and 10: a finding that says something is absent, or a figure that names
 * the mitigation, rests on what a reader sees, not on one spelling.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, parseDocument } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { computeFigures } from '../../../server/src/service/derive/figures/index';
import { saysDidNotWork, saysResolved } from '../../../server/src/service/derive/timeline/outcome';
import { applyEdits as applyAt } from '../../../server/src/service/rules/fixes/fix-all';
import type { TextEdit } from '../../../server/src/service/text/source-text';
import { SourceText } from '../../../server/src/service/text/source-text';

const applyEdits = (text: string, edits: readonly TextEdit[]): string => {
  const src = new SourceText(text);
  return applyAt(text, edits, (p) => src.offsetAt(p));
};

const config = resolveConfig([]);
const rules = (text: string, rule: string) =>
  analyze(text, { path: 'postmortems/x.md', config, forced: true }).findings.filter((f) => f.rule === rule).map((f) => f.range.start.line + 1);

test('an action the next entry says did not work is not the mitigation', () => {
  const doc = [
    '# Postmortem: slow checkout', '', '## Summary', 'Checkout was slow for 20% of shoppers from 10:00 to 12:00 UTC.', '',
    '## Timeline (UTC)',
    '- 10:00: Alerts on checkout latency fired.',
    '- 10:20: The last release was rolled back.',
    '- 10:40: The rollback did not fix the latency.',
    '- 11:15: The payment provider throttled the retry storm.',
    '- 12:00: Latency back to normal; the incident was resolved.',
  ].join('\n');
  const f = computeFigures(parseDocument(doc).model, { timeZone: '' });
  assert.equal(f.mitigation?.text, '11:15 UTC');
  assert.equal(f.timeToMitigate?.text, '1h 15m');
});

test('an action that worked stays the mitigation', () => {
  const doc = [
    '# Postmortem: slow checkout', '', '## Summary', 'Checkout was slow for 20% of shoppers from 10:00 to 12:00 UTC.', '',
    '## Timeline (UTC)', '- 10:00: Alerts fired.', '- 10:20: The last release was rolled back.', '- 10:40: Latency fell.', '- 12:00: The incident was resolved.',
  ].join('\n');
  assert.equal(computeFigures(parseDocument(doc).model, { timeZone: '' }).mitigation?.text, '10:20 UTC');
});

test('resolution said in words, and its negations', () => {
  for (const yes of ['The service was 100% back.', 'Prow is once again merging at its usual rate', 'The lock was released and the index caught up', 'The backlog of jobs drained', 'OUTAGE ENDS, traffic is fine', 'All services fully restored', 'Things are back to normal', 'Users could log in again', 'The site was back online', 'Saves worked again', 'Things look back to working order', 'Healthy, queue drained, writes proven', 'Rollback complete; uploads recover', 'The error rate recovered within minutes', 'the problem solved', 'We solved the issue by clearing the cache'])
    assert.ok(saysResolved(yes), yes);
  for (const no of ['The site is still down', 'Service was not restored', 'The on-call engineer was paged', 'The issue was handed over to the database team', 'The node is not healthy', 'Uploads did not recover after the restart', 'Uploads never recovered on the old nodes', 'The problem was not solved by the restart', 'Solved puzzles are stored in the cache', 'The on-call caught up on the alert channel', 'Traffic dropped to half of its usual rate', 'The queue is still growing'])
    assert.ok(!saysResolved(no), no);
  assert.ok(saysDidNotWork('The rollback did not fix the issue'));
  assert.ok(saysDidNotWork('Errors persisted after the restart'));
  assert.ok(!saysDidNotWork('The rollback fixed the issue'));
});

const BASE = ['# Postmortem: queue backlog (2024-06-01)', '', '## Summary', 'From 09:00 to 10:00 UTC 300 orders were delayed.'];

test('section-missing: a Root cause label in the summary is the root cause; nothing at all is missing', () => {
  const withLabel = [...BASE, 'Root cause: a consumer stopped after a config push.', '', '## Timeline (UTC)', '- 09:00: Backlog alert.', '- 10:00: Consumer restarted; resolved.'].join('\n');
  const without = [...BASE, '', '## Timeline (UTC)', '- 09:00: Backlog alert.', '- 10:00: Consumer restarted; resolved.'].join('\n');
  const missing = (text: string) => analyze(text, { path: 'postmortems/x.md', config, forced: true }).findings
    .filter((f) => f.rule === 'section-missing').map((f) => /`([^`]+)`/.exec(f.message)?.[1]);
  assert.ok(!missing(withLabel).includes('Root Cause'));
  assert.ok(missing(without).includes('Root Cause'));
});

test('summary-duration: End Time on its own line completes the range; a summary without times is reported', () => {
  const split = ['# Postmortem: x', '', '## Summary', '- Start Time: 2024-06-01 09:00 UTC', '- End Time: 2024-06-01 10:00 UTC', '- 300 orders were delayed.'].join('\n');
  const none = ['# Postmortem: x', '', '## Summary', 'On 2024-06-01, 300 orders were delayed.'].join('\n');
  assert.deepEqual(rules(split, 'summary-duration'), []);
  assert.deepEqual(rules(none, 'summary-duration'), [3]);
});

const missingSections = (text: string) => analyze(text, { path: 'postmortems/x.md', config, forced: true }).findings
  .filter((f) => f.rule === 'section-missing').map((f) => /`([^`]+)`/.exec(f.message)?.[1]);

test('section-missing: a Description that says why is the root cause; a Summary that mentions the cause is not', () => {
  const tail = ['', '## Timeline (UTC)', '- 09:00: Backlog alert.', '- 10:00: Consumer restarted; resolved.'];
  const described = ['# Postmortem: queue backlog (2024-06-01)', '', '## Description', '', 'Orders waited in the queue for an hour.', '', '- The consumer stopped because a config push removed its credentials.', ...tail].join('\n');
  const summarised = ['# Postmortem: queue backlog (2024-06-01)', '', '## Summary', '', 'Orders waited in the queue for an hour because a config push removed the consumer\'s credentials.', ...tail].join('\n');
  const untold = described.replace('because a config push removed its credentials', 'at 09:00');
  assert.ok(!missingSections(described).includes('Root Cause'));
  assert.ok(missingSections(summarised).includes('Root Cause'));
  assert.ok(missingSections(untold).includes('Root Cause'));
});

test('section-missing: immediate actions told in the measures are the resolution; planned short-term work is not', () => {
  const head = ['# Postmortem: queue backlog (2024-06-01)', '', '## Summary', 'From 09:00 to 10:00 UTC 300 orders were delayed because the consumer lost its credentials.', '', '## Timeline (UTC)', '- 09:00: Backlog alert.', '- 10:00: Backlog drained.', '', '## Root Cause', 'A config push removed the consumer\'s credentials.', ''];
  const told = [...head, '## Corrective Actions', '', 'Immediate actions included restoring the credentials and restarting the consumer. Later we will validate config pushes.'].join('\n');
  const labelled = [...head, '## Corrective Actions', '', '### Short-term fixes:', '- Restored the credentials from the vault.', '', '### Long-term measures:', '- Validate config pushes before they apply.'].join('\n');
  const planned = [...head, '## Corrective Actions', '', '### Short-term fixes:', '- Add a credentials check to the deploy script.', '', '### Long-term measures:', '- Validate config pushes before they apply.'].join('\n');
  assert.ok(!missingSections(told).includes('Resolution'));
  assert.ok(!missingSections(labelled).includes('Resolution'));
  assert.ok(missingSections(planned).includes('Resolution'));
});

test('section-missing: a phase label inside the timeline is no section of its kind; the same label outside it is', () => {
  const doc = (rootCause: string[]) => ['# Postmortem: queue backlog (2024-06-01)', '', '## Summary', 'From 09:00 to 10:00 UTC 300 orders were delayed.', '',
    '## Timeline (UTC)', '- Detection', '', '09:00 - Backlog alert.', '', '- Root Cause Analysis', '', '09:30 - The consumer was found without credentials.', '', '10:00 - Consumer restarted; resolved.', '',
    ...rootCause, '## Resolution', 'The credentials were restored and the consumer restarted.', '',
    '## Corrective and Preventative Measures', '- Validate config pushes.', '- Alert on consumer lag.'].join('\n');
  assert.ok(missingSections(doc([])).includes('Root Cause'));
  assert.ok(!missingSections(doc(['Root cause: a config push removed the consumer\'s credentials.', ''])).includes('Root Cause'));
});

test('section-missing: a free-worded heading that says it holds the section is named at info, with a fix that names it; a side matter is not', () => {
  const head = ['# Postmortem: queue backlog (2024-06-01)', '', '## Summary', 'From 09:00 to 10:00 UTC 300 orders were delayed because the consumer lost its credentials.', '', '## Timeline (UTC)', '- 09:00: Backlog alert.', '- 10:00: Backlog drained.', '', '## Root Cause', 'A config push removed the consumer\'s credentials.', ''];
  const tail = ['', '## Corrective and Preventative Measures', '- Validate config pushes.', '- Alert on consumer lag.'];
  const doc = (heading: string) => [...head, `## ${heading}`, '', 'The credentials came from the vault again and the consumer drained the queue by 10:00.', ...tail].join('\n');
  const found = (text: string) => analyze(text, { path: 'postmortems/x.md', config, forced: true }).findings.filter((f) => f.rule === 'section-missing' && f.message.includes('`Resolution`'));
  const held = found(doc('The outage is over: how we know'));
  assert.equal(held.length, 1);
  assert.equal(held[0]?.severity, 'info');
  assert.equal(held[0]?.range.start.line, 12);
  assert.match(held[0]?.message ?? '', /`The outage is over` seems to hold the resolution; give it its own heading/);
  const fixed = applyEdits(doc('The outage is over: how we know'), held[0]?.fixes[0]?.edits ?? []);
  assert.ok(fixed.includes('## Resolution: The outage is over: how we know'));
  assert.deepEqual(found(fixed), []);
  // "Also ..." tells a side matter, and a heading that says nothing of a fix holds nothing: the section is missing.
  for (const side of ['Also fixed along the way', 'Odds and ends']) {
    const f = found(doc(side));
    assert.equal(f.length, 1, side);
    assert.equal(f[0]?.severity, 'warning', side);
    assert.equal(f[0]?.range.start.line, 0, side);
  }
});

test('an action that contains the incident: halting or pausing what was being abused', async () => {
  const { saysEndingAction } = await import('../../../server/src/service/derive/timeline/outcome');
  for (const yes of ['Team halts the pool and pauses the second pool', 'The exchange halted withdrawals', 'Engineers run the manifest to rename the file and fix error on all servers'])
    assert.ok(saysEndingAction(yes), yes);
  assert.ok(!saysEndingAction('The engineer paused to read the logs again'));
});
