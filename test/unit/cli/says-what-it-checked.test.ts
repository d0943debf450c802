// Issue 10.3: the CLI says what it checked. A run that checked nothing (an empty folder, a
// binary) or a misspelt option must not look like a clean run, and --fix says what it changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const ROOT = join(import.meta.dirname, '..', '..', '..');

// A postmortem with no finding (written for this test).
const CLEAN = `# Queue outage on May 9, 2024

## Issue Summary

From 10:00 to 10:40 UTC on May 9, 2024, 20% of checkouts failed because a config change halved the consumer pool.

## Timeline (UTC)

- 10:00 the consumer deploy starts
- 10:05 alerts fire on queue depth
- 10:40 the rollback completes; the incident is resolved

## Root Cause

A config change halved the consumer pool.

## Resolution

We rolled the config back.

## Corrective and Preventative Measures

- Validate the pool size before rollout
- Add a canary stage for consumer deploys

## Action Items

- [ ] Validate the pool size in the deploy pipeline (owner: @alice, due: 2024-06-01)
- [ ] Add a canary stage for consumer deploys (owner: @bob, due: 2024-06-01)
`;

/** Two malformed checkboxes: two safe fixes. */
const TWO_FIXES = CLEAN.replace(/^- \[ \] /gm, '- [] ');
/** A heading without its space: one safe fix. */
const ONE_FIX = CLEAN.replace(/^# Queue/m, '#Queue');

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pm-checked-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

test('a clean file: exit 0, and the summary says one postmortem was checked', (t) => {
  const dir = tree({ 'postmortems/clean.md': CLEAN });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = runCli(['postmortems/clean.md'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '1 file, 1 postmortem, 0 problems\n');
});

test('a directory without Markdown is exit 2, named; the other paths are still linted', (t) => {
  const dir = tree({ 'docs/notes.txt': 'not markdown', 'postmortems/clean.md': CLEAN, 'docs/.hidden/x.md': CLEAN });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = runCli(['docs', 'postmortems'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /No Markdown files in "docs"/);
  assert.match(r.stdout, /^1 file, 1 postmortem, 0 problems$/m);
  assert.equal(runCli(['docs/'], dir).code, 2, 'alone too');
  assert.equal(runCli(['docs/*.md'], dir).code, 2, 'a glob that yields nothing');
});

test('an empty file or a non-postmortem named on the command line: counted, and the note says why nothing was reported', (t) => {
  const dir = tree({ 'empty.md': '', 'README.md': 'Some notes about the build.\n' });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = runCli(['empty.md', 'README.md'], dir);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^2 files, 0 postmortems, 0 problems$/m);
  assert.match(r.stdout, /^empty\.md: not linted \(no sign of a postmortem\); --force lints it as a postmortem\.$/m);
  assert.match(r.stdout, /^README\.md: not linted/m);
});

test('a binary file is exit 2 ("a binary file, not text"), never linted as garbage', (t) => {
  const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const noisy = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
  const dir = tree({ 'logo.png': bytes, 'postmortems/noise.md': noisy, 'postmortems/latin1.md': Buffer.from('# Postmortem: caf\xe9 outage\n\nThe caf\xe9 was down.\n', 'latin1') });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = runCli(['--force', 'logo.png'], dir);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /cannot read logo\.png: a binary file, not text/);
  assert.match(runCli(['--force', 'postmortems/noise.md'], dir).stderr, /binary/, 'no NUL byte, but no text either');
  const latin1 = runCli(['--force', 'postmortems/latin1.md'], dir);
  assert.doesNotMatch(latin1.stderr, /binary/, 'a Latin-1 file with an accent is text');
  assert.notEqual(latin1.code, 2);
});

test('machine formats: stdout is the format alone; github gets the summary on stderr, json and sarif hold it in the data', (t) => {
  const dir = tree({ 'postmortems/clean.md': CLEAN, 'postmortems/warn.md': ONE_FIX, 'README.md': 'Notes.\n' });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const format of ['json', 'sarif']) {
    const r = runCli(['--format', format, 'postmortems'], dir);
    assert.doesNotThrow(() => JSON.parse(r.stdout), `${format}: ${r.stdout}`);
    assert.equal(r.stderr, '', `${format}: a routine run writes nothing else`);
    const parsed = JSON.parse(r.stdout) as { file: string }[] | { runs: { artifacts?: { location: { uri: string } }[] }[] };
    const files = Array.isArray(parsed) ? parsed.map((x) => x.file) : (parsed.runs[0]?.artifacts ?? []).map((a) => a.location.uri);
    assert.deepEqual(files.sort(), ['postmortems/clean.md', 'postmortems/warn.md'], `${format} lists every file checked, clean ones too`);
    // What needs attention still does: a named file that is not linted.
    const named = runCli(['--format', format, 'README.md'], dir);
    assert.doesNotThrow(() => JSON.parse(named.stdout));
    assert.match(named.stderr, /^README\.md: not linted/m);
  }
  const gh = runCli(['--format', 'github', 'postmortems'], dir);
  assert.match(gh.stderr, /^2 files, 2 postmortems, 1 problem \(0 errors, 1 warning, 0 infos, 0 hints\)$/m);
  assert.ok(gh.stdout.trimEnd().split('\n').every((l) => l.startsWith('::')), gh.stdout);
  // --print-model (read by the accuracy script) stays pure JSON too.
  assert.doesNotThrow(() => JSON.parse(runCli(['--print-model', '--force', 'postmortems'], dir).stdout));
});

test('--fix says what it changed: "3 fixes in 2 files", then each file; a second run: nothing to fix', (t) => {
  const dir = tree({ 'postmortems/a.md': TWO_FIXES, 'postmortems/b.md': ONE_FIX, 'postmortems/clean.md': CLEAN });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = runCli(['--fix', 'postmortems'], dir);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^--fix: 3 fixes in 2 files\n {2}postmortems\/a\.md: 2 fixes\n {2}postmortems\/b\.md: 1 fix\n$/m);
  assert.equal(readFileSync(join(dir, 'postmortems/a.md'), 'utf8'), CLEAN);
  assert.equal(readFileSync(join(dir, 'postmortems/b.md'), 'utf8'), CLEAN);
  assert.match(runCli(['--fix', 'postmortems'], dir).stdout, /^--fix: nothing to fix$/m);
  const json = runCli(['--fix', '--format', 'json', 'postmortems'], dir);
  assert.doesNotThrow(() => JSON.parse(json.stdout));
  assert.match(json.stderr, /--fix: nothing to fix/);
});

test('--profile, --time-zone and --rule with an unknown name: exit 2 with a did-you-mean, nothing linted', (t) => {
  const dir = tree({ 'postmortems/clean.md': CLEAN, 'team/.postmortemrc.json': '{ "profiles": { "mine": { "sections": ["summary", "timeline"] } } }', 'team/x.md': CLEAN });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const cases: [string[], RegExp][] = [
    [['--profile', 'nosuch'], /--profile: no profile is named "nosuch"\. Known profiles: default, google-sre, pagerduty, atlassian\./],
    [['--profile', 'googlesre'], /\(did you mean "google-sre"\?\)/],
    [['--time-zone', 'Mars/Base'], /--time-zone: "Mars\/Base" is not a time zone/],
    [['--time-zone', 'Europe/Londn'], /\(did you mean "Europe\/London"\?\)/],
    [['--rule', 'nosuch=off'], /--rule: no rule is named "nosuch"/],
    [['--rule', 'task-ownr=off'], /\(did you mean "task-owner"\?\)/],
  ];
  for (const [args, message] of cases) {
    const r = runCli([...args, 'postmortems'], dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
    assert.equal(r.stdout, '', `${args.join(' ')}: nothing linted`);
  }
  // Names that exist are accepted: zones as the timeline reads them, a profile an rc file defines.
  for (const zone of ['UTC', 'EST', 'America/New_York', 'UTC+05:30']) assert.equal(runCli(['--time-zone', zone, 'postmortems'], dir).code, 0, zone);
  assert.equal(runCli(['--profile', 'google-sre', '--rule', 'task-owner=off', 'postmortems'], dir).code, 0);
  assert.notEqual(runCli(['--profile', 'mine', 'team/x.md'], dir).code, 2, 'defined by the rc file');
  const mixed = runCli(['--profile', 'mine', 'team/x.md', 'postmortems/clean.md'], dir);
  assert.equal(mixed.code, 2);
  assert.match(mixed.stderr, /no profile is named "mine" for postmortems\/clean\.md/);
});

test('an unknown profile from an rc file is reported once, not once per file', (t) => {
  const dir = tree({ 'p/.postmortemrc.json': '{ "profile": "nosuch" }', 'p/a.md': CLEAN, 'p/b.md': CLEAN });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = runCli(['p'], dir);
  assert.equal(r.stderr.match(/no profile is named "nosuch"/g)?.length, 1, r.stderr);
});

test("the README's first command: `postmortem-lint docs/examples` lints both examples, fits 100 columns, exit 0", () => {
  const r = runCli(['docs/examples'], ROOT);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /\n2 files, 2 postmortems, \d+ problems \(0 errors, /);
  for (const l of r.stdout.split('\n')) assert.ok(l.length <= 100, `${l.length}: ${l}`);
});

test('--quiet lists error-severity findings only, in every format; the exit code and summary are unchanged', (t) => {
  const dir = tree({ 'postmortems/bad.md': `---\nseverity: SEV9\n---\n${ONE_FIX}` });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const loud = runCli(['postmortems'], dir);
  const quiet = runCli(['--quiet', 'postmortems'], dir);
  assert.match(loud.stdout, /heading-syntax/);
  assert.doesNotMatch(quiet.stdout, /heading-syntax/);
  assert.match(quiet.stdout, /front-matter-schema/);
  assert.equal(quiet.code, 1);
  assert.equal(quiet.stdout.trimEnd().split('\n').at(-1), loud.stdout.trimEnd().split('\n').at(-2), 'the same summary (the fixable line is for the listed findings only)');
  const json = JSON.parse(runCli(['--quiet', '--format', 'json', 'postmortems'], dir).stdout) as { findings: { severity: string }[] }[];
  assert.ok(json[0]!.findings.length > 0 && json[0]!.findings.every((f) => f.severity === 'error'));
});
