// JUnit XML: well-formed (parsed by xml2js), one suite per file, one failing case per finding
// with its severity, one passing case for a clean file, counts that add up, and document
// text that cannot break the XML (markup characters, control characters, CDATA ends).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { formatJunit } from '../../../server/src/service/outputs/format/junit';
import { formatReports } from '../../../server/src/service/outputs/format/index';
import { range } from '../../../server/src/service/text/source-text';
import { REPORTS, RULES, finding } from './fixtures';

type Parsed = { testsuites: { $: Record<string, string>; testsuite?: { $: Record<string, string>; testcase: { $: Record<string, string>; failure?: { _: string; $: Record<string, string> }[] }[] }[] } };
const { parseStringPromise } = createRequire(import.meta.url)('xml2js') as { parseStringPromise: (xml: string) => Promise<Parsed> };

test('one suite per file, a failure per finding, a passing case for a clean file', async () => {
  const clean = { file: 'docs/clean.md', postmortem: true, findings: [] };
  const xml = formatJunit([...REPORTS, clean]);
  const doc = await parseStringPromise(xml);
  const suites = doc.testsuites.testsuite ?? [];
  assert.equal(suites.length, REPORTS.length + 1);
  const total = REPORTS.reduce((n, r) => n + r.findings.length, 0);
  assert.equal(doc.testsuites.$.failures, String(total));
  // A file without findings (the clean one, and any in REPORTS) counts one passing case.
  const cases = [...REPORTS, clean].reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  assert.equal(doc.testsuites.$.tests, String(cases));
  const first = suites[0]!;
  assert.equal(first.$.name, 'docs/incidents/queue outage.md');
  const order = first.testcase.find((c) => c.$.name === 'timeline-order at 5:3');
  assert.equal(order?.failure?.[0]?.$.type, 'error');
  assert.match(order?.failure?.[0]?._ ?? '', /^docs\/incidents\/queue outage\.md:5:3: Error - The entry `09:50`/);
  const last = suites.at(-1)!;
  assert.equal(last.$.failures, '0');
  assert.equal(last.testcase.length, 1);
  assert.equal(last.testcase[0]!.failure, undefined);
});

test('document text cannot break the XML', async () => {
  const nasty = 'A <b>"quoted"</b> & \'apostrophe\' ]]> \u0007bell \u001b[31mred';
  const xml = formatJunit([{ file: 'a&b<c>.md', postmortem: true, findings: [finding({ rule: 'task-owner', severity: 'warning', range: range(0, 0, 0, 1), message: nasty })] }]);
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  const doc = await parseStringPromise(xml);
  const c = doc.testsuites.testsuite![0]!.testcase[0]!;
  assert.equal(c.$.classname, 'a&b<c>.md');
  assert.equal(c.failure![0]!.$.message, nasty.replace('\u0007', '\\u0007').replace('\u001b', '\\u001b'));
});

test('formatReports knows junit; no file gives an empty, valid report', async () => {
  const xml = formatReports('junit', [], RULES, { sarif: { informationUri: 'https://github.com/postmortem-tools/postmortem-lint' } });
  const doc = await parseStringPromise(xml);
  assert.equal(doc.testsuites.$.tests, '0');
});
