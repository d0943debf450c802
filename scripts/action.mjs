#!/usr/bin/env node
// The GitHub Action's entry (action.yml runs it): lints the given paths with the CLI in the
// chosen format (annotations by default), writes a SARIF file for code scanning, and sets
// the step's outputs (exit-code, errors, warnings, files, sarif-file) and a job summary.
// It uses the CLI built beside it (dist/cli.js) when there is one, else the npm package of
// the action's own version. Exits with the CLI's code (0 clean, 1 errors or too many
// warnings, 2 bad usage). No dependency: it runs before any `npm install`.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const here = dirname(new URL(import.meta.url).pathname);
const input = (name, fallback = '') => (process.env[`PM_${name.toUpperCase().replace(/-/g, '_')}`] ?? fallback).trim();

function cliCommand() {
  const local = join(here, '..', 'dist', 'cli.js');
  if (existsSync(local)) return [process.execPath, [join(here, '..', 'bin', 'postmortem-lint.js')]];
  const { version } = JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8'));
  return ['npm', ['exec', '--yes', `--package=postmortem-lint@${version}`, '--', 'postmortem-lint']];
}

function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `${name}=${value}\n`);
}

const paths = input('paths', '.').split(/\s+/).filter(Boolean);
const format = input('format', 'github') || 'github';
const sarifFile = resolve(input('sarif-file', 'postmortem-lint.sarif') || 'postmortem-lint.sarif');
const common = [];
if (input('profile')) common.push('--profile', input('profile'));
if (input('config')) common.push('--config', input('config'));
if (input('max-warnings')) common.push('--max-warnings', input('max-warnings'));
const extra = input('args') ? input('args').split(/\s+/) : [];

const [cmd, pre] = cliCommand();
const run = (args, stdio) => spawnSync(cmd, [...pre, ...args], { stdio, encoding: 'utf8' });
// The report the user asked for, in the log (or as annotations).
const main = run(['--format', format, ...common, ...extra, '--', ...paths], 'inherit');
const code = main.status ?? 2;
// The SARIF file: for code scanning when asked, and for the counts below in any case.
const sarifRun = run(['--format', 'sarif', '--output', sarifFile, ...common, ...extra, '--', ...paths], ['ignore', 'ignore', 'pipe']);
let errors = 0;
let warnings = 0;
let files = 0;
if (sarifRun.status !== 2 && existsSync(sarifFile)) {
  const log = JSON.parse(readFileSync(sarifFile, 'utf8'));
  for (const r of log.runs[0].results) { if (r.level === 'error') errors++; else if (r.level === 'warning') warnings++; }
  files = log.runs[0].artifacts?.length ?? 0;
  setOutput('sarif-file', sarifFile);
}
setOutput('exit-code', String(code));
setOutput('errors', String(errors));
setOutput('warnings', String(warnings));
setOutput('files', String(files));
if (process.env.GITHUB_STEP_SUMMARY) {
  const verdict = code === 0 ? 'passed' : code === 1 ? 'failed' : 'could not run (bad usage: see the log)';
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, `### postmortem-lint ${verdict}\n\n${files} files checked: ${errors} errors, ${warnings} warnings.\n`);
}
process.exit(code);
