// The GitHub Action: action.yml's composite step runs scripts/action.mjs; here that script
// runs as the runner would run it (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, the inputs as env) on
// a sample repository holding a postmortem, and its outputs, exit code and SARIF file are
// checked. action.yml itself is read to check that it passes every input the script reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'action.mjs');
const POSTMORTEM = `# Postmortem: search outage on May 9, 2024

## Summary

On May 9, 2024, from 10:00 to 10:40 UTC, 20% of searches failed because an index shard ran out of disk.

## Timeline (UTC)

- 10:00 disk alerts fire on the shard
- 10:30 the shard is moved to a larger disk
- 10:10 the on-call engineer starts investigating

## Action Items

- [ ] Alert on shard disk use above 80% (owner: @ops, due 2024-06-01)
`;

const repo = mkdtempSync(join(tmpdir(), 'pm-action-'));
test.after(() => rmSync(repo, { recursive: true, force: true }));
mkdirSync(join(repo, 'postmortems'));
writeFileSync(join(repo, 'postmortems', '2024-05-09-search.md'), POSTMORTEM);
writeFileSync(join(repo, 'README.md'), '# A project\n\nNothing to see.\n');

interface ActionRun { code: number | null; stdout: string; stderr: string; outputs: Record<string, string>; summary: string }

function runAction(inputs: Record<string, string>): ActionRun {
  const out = join(repo, `out-${Math.random().toString(36).slice(2)}`);
  const summary = `${out}.summary`;
  writeFileSync(out, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: repo };
  for (const [k, v] of Object.entries(inputs)) env[`PM_${k.toUpperCase().replace(/-/g, '_')}`] = v;
  const r = spawnSync(process.execPath, [SCRIPT], { cwd: repo, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(summary, 'utf8') };
}

test('action.yml passes every input to the entry script, and the script reads no other', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; runs: { using: string; steps: { id?: string; run?: string; env?: Record<string, string> }[] } };
  assert.equal(action.runs.using, 'composite');
  const step = action.runs.steps.find((s) => s.id === 'lint')!;
  assert.match(step.run ?? '', /scripts\/action\.mjs/);
  const env = step.env ?? {};
  const script = readFileSync(SCRIPT, 'utf8');
  const read = new Set([...script.matchAll(/input\('([a-z-]+)'/g)].map((m) => m[1]!));
  for (const name of Object.keys(action.inputs)) {
    if (name === 'upload-sarif') continue; // used by the upload step, not the script
    assert.equal(env[`PM_${name.toUpperCase().replace(/-/g, '_')}`], `\${{ inputs.${name} }}`, name);
    assert.ok(read.has(name), `the script reads ${name}`);
  }
  for (const name of read) assert.ok(name in action.inputs, `action.yml declares ${name}`);
});

test('on a repository with a postmortem: annotations, outputs, summary, SARIF, exit 1', () => {
  const r = runAction({ paths: '.', format: 'github', 'sarif-file': 'pm.sarif' });
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^::error file=postmortems\/2024-05-09-search\.md,line=11,.*title=timeline-order::/m);
  assert.equal(r.outputs['exit-code'], '1');
  assert.ok(Number(r.outputs.errors) >= 1);
  assert.equal(r.outputs.files, '2');
  assert.equal(r.outputs['sarif-file'], join(repo, 'pm.sarif'));
  const sarif = JSON.parse(readFileSync(join(repo, 'pm.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  assert.equal(sarif.version, '2.1.0');
  const order = sarif.runs[0]!.results.find((x) => x.ruleId === 'timeline-order');
  assert.equal(order?.locations[0]?.physicalLocation.artifactLocation.uri, 'postmortems/2024-05-09-search.md');
  assert.match(r.summary, /postmortem-lint failed/);
  assert.match(r.summary, /2 files checked: \d+ errors?, \d+ warnings?/);
});

test('profile, max-warnings and args reach the CLI; a clean run exits 0', () => {
  const off = { args: '--rule timeline-order=off --rule summary-root-cause=off' };
  const clean = runAction({ paths: 'postmortems', format: 'stylish', ...off });
  assert.equal(clean.code, 0, clean.stdout + clean.stderr);
  assert.equal(clean.outputs.errors, '0');
  const strict = runAction({ paths: 'postmortems', format: 'stylish', 'max-warnings': '0', args: '--rule timeline-order=off --rule summary-root-cause=warning' });
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /more than --max-warnings 0/);
  const bad = runAction({ paths: 'postmortems', profile: 'no-such-profile' });
  assert.equal(bad.code, 2);
  assert.equal(bad.outputs['exit-code'], '2');
  assert.match(bad.summary, /could not run/);
});

test('junit and a --config file', () => {
  writeFileSync(join(repo, 'ci-rules.json'), JSON.stringify({ rules: { 'timeline-order': 'warning' } }));
  const r = runAction({ paths: 'postmortems', format: 'junit', config: 'ci-rules.json' });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /<testcase classname="postmortems\/2024-05-09-search\.md" name="timeline-order at 11:3"[^>]*>\s*<failure type="warning"/);
  assert.equal(r.outputs.errors, '0');
});

test('.pre-commit-hooks.yaml runs the package bins', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string }[];
  const bins = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin);
  assert.ok(hooks.length >= 1);
  for (const h of hooks) {
    assert.equal(h.language, 'node');
    assert.ok(bins.includes(h.entry.split(' ')[0]!), h.entry);
  }
});
