/**
 * Which restoration ends the incident: after a relapse the one after it, and not a fix for a
 * part while a full restoration follows. The figures and timeline-summary-mismatch agree.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, parseDocument } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { computeFigures } from '../../../server/src/service/derive/figures/index';
import { saysPartial, saysRelapse, settledRestoration, wordsReader } from '../../../server/src/service/derive/timeline/restoration';

const config = resolveConfig([]);
const mismatches = (text: string) => analyze(text, { path: 'postmortems/x.md', config, forced: true }).findings
  .filter((f) => f.rule === 'timeline-summary-mismatch').map((f) => `${f.severity} ${f.message}`);

const relapse = (end: string) => [
  '# Postmortem: build farm down', '',
  '## Summary', '', `From 2024-03-04 09:00 to ${end} UTC, no build could run.`, '',
  '## Timeline (UTC)', '',
  '- 2024-03-04 09:00: Outage begins; the build farm disk fills up.',
  '- 2024-03-04 09:10: Alerts page the on-call engineer.',
  '- 2024-03-04 14:00: Old artifacts deleted; the build farm is back online.',
  '- 2024-03-05 02:00: The build farm went down again when the nightly jobs started.',
  '- 2024-03-06 16:00: A larger disk attached; builds are back to normal.',
].join('\n');

test('after a relapse the incident ends at the restoration after it, in the figures and against the summary', () => {
  const f = computeFigures(parseDocument(relapse('2024-03-06 16:00')).model, { timeZone: '' });
  assert.equal(f.resolution?.range.start.line, 12);
  // The restoration the relapse undid brought the builds back for a while: the mitigation.
  assert.equal(f.mitigation?.range.start.line, 10);
  assert.deepEqual(mismatches(relapse('2024-03-06 16:00')), []);
});

test('a summary that ends at the restoration a relapse undid disagrees, and the message gives both dates', () => {
  assert.deepEqual(mismatches(relapse('2024-03-04 15:00')), [
    'warning The summary says the incident ended at `15:00` on 2024-03-04, but the timeline resolves it at `16:00` on 2024-03-06 (2d 1h later). Correct the summary or the timeline.',
  ]);
});

test('a fix for one part is passed over for the full restoration after it; it is the mitigation', () => {
  const doc = [
    '# Postmortem: checkout errors', '', '## Summary', '', 'On 2024-07-08 from 10:00 to 11:30 UTC, 30% of checkouts failed.', '',
    '## Timeline (UTC)', '',
    '- 10:00: Alerts fired on checkout errors.',
    '- 10:40: The bad template was fixed for one of the web servers.',
    '- 11:30: Monitoring shows a return to normal error rates on every server.',
  ].join('\n');
  const f = computeFigures(parseDocument(doc).model, { timeZone: '' });
  assert.equal(f.resolution?.text, '11:30 UTC');
  assert.equal(f.mitigation?.text, '10:40 UTC');
  assert.equal(f.timeToResolve?.text, '1h 30m');
});

test('the words of a partial fix and of a relapse', () => {
  for (const yes of ['fixed for a particular server', 'restored on two of the nodes', 'Service partially restored', 'back for some users'])
    assert.ok(saysPartial(yes), yes);
  for (const no of ['fixed on every server', 'Service restored on a new server', 'All users can log in again', 'the particular cause was fixed'])
    assert.ok(!saysPartial(no), no);
  for (const yes of ['Server shutdown', 'The site went down again', 'A second outage hit the API', 'Errors returned after the deploy'])
    assert.ok(saysRelapse(yes), yes);
  for (const no of ['No further outage was seen', 'The old server was decommissioned', 'Errors fell to zero'])
    assert.ok(!saysRelapse(no), no);
});

test('a relapse with no restoration after it keeps the restoration before it', () => {
  const e = ['down', 'restored', 'server crashed again', 'report written'];
  assert.equal(settledRestoration(e, wordsReader((x) => x === 'restored', (x) => x))?.entry, 'restored');
});

test('the resolution entry is a derived fact of the analysis: the restoration after the relapse, read once', () => {
  const a = analyze(relapse('2024-03-06 16:00'), { path: 'postmortems/x.md', config, forced: true });
  const r = a.derived.resolution;
  assert.equal(r?.entry.entry.line, 12);
  assert.equal(r?.restores, true);
  // Asked again, the same answer object: one walk over the entries per analysis.
  assert.equal(a.derived.resolution, r);
  // No entry restores the service (monitoring is work after it): the first saying it was resolved, marked as not restoring.
  const none = analyze(['# Postmortem: x', '', '## Timeline (UTC)', '', '- 09:00: Disk full.', '- 09:30: Incident resolved, monitoring continues.', ''].join('\n'), { path: 'postmortems/x.md', config, forced: true });
  assert.equal(none.derived.resolution?.entry.entry.line, 5);
  assert.equal(none.derived.resolution?.restores, false);
});
