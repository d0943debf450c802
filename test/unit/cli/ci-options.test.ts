// The options CI users expect: --max-warnings, --config, standard input (-), --output,
// --quiet with every format, --format junit; each bad use is exit 2 with a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../server/src/cli';
import { runCli, type CliRun } from './run-cli';

/** Two warnings (task owner, root cause as warning below), one error (timeline order). */
const DOC = `# Postmortem: queue outage on May 9, 2024

## Summary

From 10:00 to 10:40 UTC on May 9, 2024, 20% of checkouts failed because a config change halved the consumer pool.

## Timeline (UTC)

- 10:00 the consumer deploy starts
- 10:20 the rollback completes
- 10:05 alerts fire on queue depth

## Action Items

- [ ] Add a canary stage to consumer deploys (due 2024-06-01)
`;

function dir(files: Record<string, string> = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'pm-ci-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(d, rel, '..'), { recursive: true });
    writeFileSync(join(d, rel), text);
  }
  return d;
}

/** main() with standard input given. */
function withStdin(args: string[], cwd: string, stdin: string): CliRun {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((c: string) => { stdout += c; return true; }) as typeof process.stdout.write;
  process.stderr.write = ((c: string) => { stderr += c; return true; }) as typeof process.stderr.write;
  try {
    return { code: main(args, cwd, { readStdin: () => stdin }), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

const findings = (run: CliRun) => (JSON.parse(run.stdout) as { file: string; findings: { rule: string; severity: string }[] }[]);

test('--max-warnings: more warnings than allowed is exit 1 and says so; as many is exit 0', () => {
  const d = dir({ 'postmortems/q.md': DOC });
  const base = ['--rule', 'timeline-order=off', 'postmortems'];
  const warnings = findings(runCli(['--format', 'json', ...base], d))[0]!.findings.filter((f) => f.severity === 'warning').length;
  assert.ok(warnings >= 1);
  assert.equal(runCli(['--max-warnings', String(warnings), ...base], d).code, 0);
  const over = runCli(['--max-warnings', String(warnings - 1), ...base], d);
  assert.equal(over.code, 1);
  assert.match(over.stderr, new RegExp(`${warnings} warnings?, more than --max-warnings ${warnings - 1}`));
  assert.equal(runCli(['--max-warnings', 'many', ...base], d).code, 2);
  assert.equal(runCli(['--max-warnings', '-1', ...base], d).code, 2);
});

test('--config: a file in the rc format, over the rc files found, under the other options', () => {
  const d = dir({ 'postmortems/q.md': DOC, 'postmortems/.postmortemrc.json': '{ "rules": { "task-owner": "off" } }', 'ci.json': '// CI\n{ "rules": { "timeline-order": "off", "task-owner": "error" } }' });
  const rules = (args: string[]) => findings(runCli(['--format', 'json', ...args, 'postmortems'], d))[0]!.findings.map((f) => `${f.rule}:${f.severity}`);
  assert.ok(rules([]).includes('timeline-order:error') && !rules([]).some((r) => r.startsWith('task-owner')));
  const withConfig = rules(['--config', 'ci.json']);
  assert.ok(!withConfig.some((r) => r.startsWith('timeline-order')), 'the config file turns it off');
  assert.ok(withConfig.includes('task-owner:error'), 'the config file wins over the rc file');
  assert.ok(rules(['--config', 'ci.json', '--rule', 'timeline-order=warning']).includes('timeline-order:warning'), '--rule wins over the config file');
  const missing = runCli(['--config', 'nope.json', 'postmortems'], d);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--config nope\.json: no such file/);
  writeFileSync(join(d, 'bad.json'), '{ "rules": { "task-owner": "loud" } }');
  const bad = runCli(['--config', 'bad.json', 'postmortems'], d);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--config bad\.json: .*task-owner/);
});

test('standard input: `-` is linted as <stdin>, with the configuration of the working directory', () => {
  const d = dir({ '.postmortemrc.json': '{ "rules": { "timeline-order": "warning" } }' });
  const run = withStdin(['--format', 'json', '-'], d, DOC);
  assert.equal(run.code, 0, run.stderr);
  const [report] = findings(run);
  assert.equal(report!.file, '<stdin>');
  assert.ok(report!.findings.some((f) => f.rule === 'timeline-order' && f.severity === 'warning'));
  const notes = withStdin(['-'], d, 'Just a note.\n');
  assert.match(notes.stdout, /<stdin>: not linted/);
  const fix = withStdin(['--fix', '-'], d, DOC);
  assert.equal(fix.code, 2);
  assert.match(fix.stderr, /cannot fix standard input/);
});

test('--output writes the report to a file, stdout stays empty, the exit code is the same', () => {
  const d = dir({ 'postmortems/q.md': DOC });
  const run = runCli(['--format', 'junit', '--output', 'reports/pm.xml', 'postmortems'], d);
  assert.equal(run.code, 2, 'the folder does not exist: a usage error, said');
  assert.match(run.stderr, /cannot write --output reports\/pm\.xml/);
  mkdirSync(join(d, 'reports'));
  const ok = runCli(['--format', 'junit', '--output', 'reports/pm.xml', 'postmortems'], d);
  assert.equal(ok.code, 1);
  assert.equal(ok.stdout, '');
  assert.match(readFileSync(join(d, 'reports', 'pm.xml'), 'utf8'), /^<\?xml[^]*timeline-order at 11:3/);
  const stylish = runCli(['--output', 'out.txt', 'postmortems'], d);
  assert.equal(stylish.stdout, '');
  assert.ok(existsSync(join(d, 'out.txt')));
  assert.doesNotMatch(readFileSync(join(d, 'out.txt'), 'utf8'), /\x1b\[/, 'no colour in a file');
});

test('--quiet keeps error findings only, in every format', () => {
  const d = dir({ 'postmortems/q.md': DOC });
  for (const format of ['json', 'junit', 'sarif', 'github']) {
    const run = runCli(['--quiet', '--format', format, 'postmortems'], d);
    assert.equal(run.code, 1);
    // SARIF's driver lists every rule; its results are what was reported.
    const shown = format === 'sarif' ? JSON.stringify((JSON.parse(run.stdout) as { runs: { results: unknown[] }[] }).runs[0]!.results) : run.stdout;
    assert.match(shown, /timeline-order/, format);
    assert.doesNotMatch(shown, /task-owner/, format);
  }
});
