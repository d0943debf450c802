// The CLI's contract for CI: exit codes 0/1/2, SARIF 2.1.0 that validates against the
// official schema, and --fix that converges (a second run changes nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from './run-cli';
import { readFixtureDocument } from '../fixture-harness';

const req = createRequire(import.meta.url);
// The official SARIF 2.1.0 schema shipped by @microsoft/jest-sarif (draft-04; one pattern is
// not a valid unicode-mode regular expression, hence unicodeRegExp off).
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(req('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object);

const CLEAN = `# Queue outage on May 9, 2024

## Issue Summary

From 10:00 to 10:40 UTC on May 9, 2024, 20% of checkouts failed because a config change halved the consumer pool.

## Timeline (UTC)

- 10:00 the consumer deploy starts
- 10:05 alerts fire on queue depth
- 10:40 the rollback completes and the queue drains

## Root Cause

A config change halved the consumer pool.

## Resolution

We rolled the config back.

## Corrective and Preventative Measures

- Validate the pool size before rollout

## Action Items

- [ ] Validate the pool size in the deploy pipeline (owner: @alice, due: 2024-06-01)
`;

/** Fixable problems of several rules, some of them uncovered only after another fix. */
const FIXABLE = `#Queue outage on May 9, 2024

##

**Issue Summary:**
From 10:00 to 10:40 UTC on May 9, 2024, 20% of checkouts failed.

- Timeline:
- 10:00 the consumer deploy starts
- 10:40 rollback done

##Root Cause
A config change halved the consumer pool.

Resolution:
We rolled the config back.

## Action Items
- [] Validate the pool size (owner: @alice, due: 2024-06-01)
-[ ] Add a canary stage (owner: @bob, due: 2024-06-01)
`;

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pm-cli-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

test('exit 0: no error-severity finding (warnings alone do not fail CI)', (t) => {
  const dir = tree({ 'postmortems/clean.md': CLEAN, 'postmortems/warn.md': FIXABLE });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = runCli(['--format', 'json', 'postmortems'], dir);
  const reports = JSON.parse(r.stdout) as { file: string; findings: { severity: string }[] }[];
  assert.ok(reports.some((f) => f.findings.length > 0), 'the fixture has warnings');
  assert.ok(reports.every((f) => f.findings.every((x) => x.severity !== 'error')));
  assert.equal(r.code, 0, r.stderr);
});

test('exit 1: an error-severity finding, from a rule default or from configuration', (t) => {
  const dir = tree({ 'postmortems/bad-front-matter.md': `---\nseverity: SEV9\n---\n${CLEAN}`, 'postmortems/b/x.md': FIXABLE, 'postmortems/b/.postmortemrc.json': '{ "rules": { "heading-empty": "error" } }' });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.equal(runCli(['postmortems/bad-front-matter.md', '--no-color'], dir).code, 1, 'front-matter-schema defaults to error');
  assert.equal(runCli(['postmortems/b/x.md'], dir).code, 1, 'the rc file makes heading-empty an error');
  assert.equal(runCli(['postmortems/b/x.md', '--rule', 'heading-empty=warning'], dir).code, 0, 'a CLI flag wins over the rc file');
});

test('exit 2: bad usage, unreadable files, patterns matching nothing, broken invocations', (t) => {
  const dir = tree({ 'postmortems/clean.md': CLEAN });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  assert.equal(runCli([], dir).code, 2, 'no files');
  assert.equal(runCli(['--format', 'xml', 'postmortems'], dir).code, 2, 'unknown format');
  assert.equal(runCli(['--bogus', 'postmortems'], dir).code, 2, 'unknown option');
  assert.equal(runCli(['--rule', 'heading-empty=loud', 'postmortems'], dir).code, 2, 'bad severity');
  const missing = runCli(['postmortems/nope.md'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read postmortems\/nope\.md: no such file/);
  assert.equal(runCli(['**/*.nothing'], dir).code, 2, 'a glob matching nothing');
  assert.equal(runCli(['postmortems/nope.md', 'postmortems/clean.md'], dir).code, 2, '2 wins over 0 when a file is unreadable');
});

test('--format sarif validates against the SARIF 2.1.0 schema, with rule metadata and help links', (t) => {
  const dir = tree({ 'postmortems/warn.md': FIXABLE, 'postmortems/bad.md': `---\nseverity: SEV9\n---\n${CLEAN}` });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = runCli(['--format', 'sarif', 'postmortems'], dir);
  assert.equal(r.code, 1);
  const log = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string; helpUri?: string }[] } }; results: { ruleId: string; level: string }[] }[] };
  assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2));
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0]!;
  assert.ok(run.results.some((x) => x.ruleId === 'heading-syntax' && x.level === 'warning'));
  assert.ok(run.results.some((x) => x.ruleId === 'front-matter-schema' && x.level === 'error'));
  const heading = run.tool.driver.rules.find((x) => x.id === 'heading-syntax');
  assert.match(heading?.helpUri ?? '', /docs\/rules\/heading-syntax\.md$/);
  // The check can fail: a result with a level SARIF does not know is rejected.
  const broken = JSON.parse(r.stdout) as typeof log;
  broken.runs[0]!.results[0]!.level = 'info';
  assert.equal(validateSarif(broken), false);
});

test('--format github prints workflow annotations', (t) => {
  const dir = tree({ 'postmortems/warn.md': FIXABLE });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = runCli(['--format', 'github', 'postmortems'], dir);
  assert.match(r.stdout, /^::warning file=postmortems\/warn\.md,line=1,/m);
});

test('--fix applies every safe fix, and a second --fix changes nothing', (t) => {
  const dir = tree({ 'postmortems/warn.md': FIXABLE, 'postmortems/clean.md': CLEAN, 'postmortems/actions.md': readFixtureDocument(join(import.meta.dirname, '..', '..', 'fixtures', 'structure', 'header-markups.md')) });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const before = readFileSync(join(dir, 'postmortems/warn.md'), 'utf8');
  runCli(['--fix', '--force', 'postmortems'], dir);
  const once = Object.fromEntries(['warn', 'clean', 'actions'].map((n) => [n, readFileSync(join(dir, `postmortems/${n}.md`), 'utf8')]));
  assert.notEqual(once.warn, before, 'the first run fixed something');
  assert.match(once.warn!, /^# Queue outage/);
  assert.match(once.warn!, /^- \[ \] Validate/m);
  assert.equal(once.clean, CLEAN, 'a clean file is left alone');
  const second = runCli(['--fix', '--force', '--format', 'json', 'postmortems'], dir);
  for (const n of ['warn', 'clean', 'actions']) assert.equal(readFileSync(join(dir, `postmortems/${n}.md`), 'utf8'), once[n], `${n}.md changed on the second --fix`);
  // Nothing safely fixable is left in what the second run reports.
  const left = JSON.parse(second.stdout) as { findings: { rule: string }[] }[];
  const fixableLeft = left.flatMap((f) => f.findings).filter((f) => ['heading-syntax', 'heading-empty', 'checkbox-syntax', 'section-style'].includes(f.rule));
  assert.deepEqual(fixableLeft, []);
});
