import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { toSarif } from '../../../server/src/service/outputs/format/sarif';
import { REPORTS, RULES } from './fixtures';

// The official SARIF 2.1.0 schema (final "rtm.5" revision), as shipped by Microsoft's
// @microsoft/jest-sarif package. It is draft-04, and one of its patterns is not a valid
// unicode-mode regular expression, hence ajv-draft-04 with unicodeRegExp off.
const req = createRequire(import.meta.url);
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(req('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object);

function assertValid(log: unknown): void {
  const ok = validateSarif(log);
  assert.ok(ok, JSON.stringify(validateSarif.errors, null, 2));
}

const OPTIONS = { informationUri: 'https://example.invalid/postmortem-lint', toolVersion: '0.1.0', cwd: '/work/repo' };

test('the log validates against the SARIF 2.1.0 schema', () => {
  assertValid(toSarif(REPORTS, RULES, OPTIONS));
  assertValid(toSarif([], RULES, { informationUri: 'https://example.invalid/x' }));
  assertValid(toSarif(REPORTS, [], { informationUri: 'https://example.invalid/x' }));
});

test('the schema check can fail: a broken log is rejected', () => {
  const log = toSarif(REPORTS, RULES, OPTIONS);
  const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
  broken.runs[0]!.results[0]!.level = 'info';
  assert.equal(validateSarif(broken), false);
});

test('driver: name, version, informationUri, every rule with its default level and docs', () => {
  const driver = toSarif(REPORTS, RULES, OPTIONS).runs[0]!.tool.driver;
  assert.equal(driver.name, 'postmortem-lint');
  assert.equal(driver.version, '0.1.0');
  assert.equal(driver.informationUri, OPTIONS.informationUri);
  const rules = driver.rules!;
  assert.deepEqual(rules.map((r) => r.id), ['timeline-order', 'task-owner', 'summary-root-cause', 'task-tracking', 'style-thing']);
  assert.deepEqual(rules[0]!.defaultConfiguration, { level: 'error' });
  assert.deepEqual(rules[2]!.defaultConfiguration, { level: 'note' });
  assert.deepEqual(rules[3]!.defaultConfiguration, { enabled: false, level: 'note' });
  assert.equal(rules[0]!.shortDescription!.text, 'A timeline entry earlier than the one before it.');
  assert.equal(rules[0]!.helpUri, 'https://docs.example.invalid/rules/timeline-order');
  assert.equal(rules[3]!.helpUri, undefined, 'no finding and no ruleDocsUrl: no helpUri');
  const withDocs = toSarif([], RULES, { ...OPTIONS, ruleDocsUrl: (n) => `https://d.example.invalid/${n}` }).runs[0]!.tool.driver.rules!;
  assert.equal(withDocs[3]!.helpUri, 'https://d.example.invalid/task-tracking');
});

test('results: level mapping, relative URIs under %SRCROOT%, 1-based regions, snippets, related locations', () => {
  const run = toSarif(REPORTS, RULES, OPTIONS).runs[0]!;
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/repo/' } });
  const results = run.results!;
  assert.deepEqual(results.map((r) => r.level), ['note', 'note', 'error', 'warning']);
  const order = results[2]!;
  assert.equal(order.ruleId, 'timeline-order');
  assert.equal(run.tool.driver.rules![order.ruleIndex!]!.id, 'timeline-order');
  const loc = order.locations![0]!.physicalLocation!;
  assert.deepEqual(loc.artifactLocation, { uri: 'docs/incidents/queue%20outage.md', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(loc.region, { startLine: 5, startColumn: 3, endLine: 5, endColumn: 8, snippet: { text: '09:50' } });
  assert.equal(order.relatedLocations![0]!.physicalLocation!.region!.snippet!.text, '10:05');
});

test('fixes become artifact changes; snippet placeholders become their default text', () => {
  const results = toSarif(REPORTS, RULES, OPTIONS).runs[0]!.results!;
  const owner = results[3]!;
  const change = owner.fixes![0]!.artifactChanges[0]!;
  assert.equal(owner.fixes![0]!.description!.text, 'Add an owner placeholder');
  assert.deepEqual(change.replacements[0], {
    deletedRegion: { startLine: 8, startColumn: 25, endLine: 8, endColumn: 25 },
    insertedContent: { text: ' (owner: @name)' },
  });
  assert.equal(results[0]!.fixes, undefined);
});

test('absolute paths: relative to cwd when inside it, file URIs otherwise', () => {
  const reports = [{ ...REPORTS[0]!, file: '/work/repo/a b.md' }, { ...REPORTS[0]!, file: '/elsewhere/c.md' }];
  const results = toSarif(reports, RULES, OPTIONS).runs[0]!.results!;
  assert.deepEqual(results[0]!.locations![0]!.physicalLocation!.artifactLocation, { uri: 'a%20b.md', uriBaseId: '%SRCROOT%' });
  assert.deepEqual(results.at(-1)!.locations![0]!.physicalLocation!.artifactLocation, { uri: 'file:///elsewhere/c.md' });
  assertValid(toSarif(reports, RULES, OPTIONS));
});
