#!/usr/bin/env node
// Corpus robustness (not part of `npm test`: ../shared is absent from a clean clone).
// Runs the bundled CLI (`node bin/postmortem-lint.js --format json FILE`) over every file in
// ../shared/corpus and ../shared/seeds with a time limit per file, and prints: crashes and
// hangs, which files are detected as postmortems, and per-file finding counts by rule. Then
// lints README.md (when present), which must report nothing. Exit 1 on a crash, a hang or a
// README finding.
//   node scripts/corpus-check.mjs [--timeout-ms 20000] [--json]
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const root = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({ options: { 'timeout-ms': { type: 'string', default: '20000' }, json: { type: 'boolean', default: false } } });
const timeout = Number(values['timeout-ms']);
const cli = join(root, 'bin', 'postmortem-lint.js');
const dirs = ['../shared/corpus', '../shared/seeds'].map((d) => join(root, d)).filter((d) => existsSync(d));
if (dirs.length === 0) {
  console.error('corpus-check: ../shared/corpus and ../shared/seeds not found');
  process.exit(2);
}

/** One CLI run: exit code 0/1 are normal (1 = error-severity findings); 2 or a signal is a crash. */
function lint(file) {
  const t = Date.now();
  // --force off: detection is part of what is checked. Seeds are .txt (named files are read whatever their extension).
  const r = spawnSync(process.execPath, [cli, '--format', 'json', file], { cwd: root, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  const ms = Date.now() - t;
  if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGTERM') return { ms, problem: `hang (> ${timeout} ms)` };
  if (r.status !== 0 && r.status !== 1) return { ms, problem: `crash (exit ${r.status ?? r.signal}): ${(r.stderr || '').trim().split('\n').slice(0, 3).join(' | ')}` };
  const ruleErrors = (r.stderr || '').split('\n').filter((l) => /rule .* failed/.test(l));
  let report;
  try { report = JSON.parse(r.stdout)[0]; } catch (e) { return { ms, problem: `unparseable output: ${String(e)}` }; }
  const byRule = {};
  for (const f of report.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  return { ms, postmortem: report.postmortem, total: report.findings.length, byRule, problem: ruleErrors.length ? `rule errors: ${ruleErrors.join(' | ')}` : null };
}

const files = dirs.flatMap((d) => readdirSync(d).filter((n) => statSync(join(d, n)).isFile() && /\.(md|markdown|txt)$/.test(n)).sort().map((n) => join(d, n)));
const results = files.map((file) => ({ file: relative(join(root, '..', 'shared'), file), ...lint(file) }));

let readme = null;
if (existsSync(join(root, 'README.md'))) readme = { file: 'README.md', ...lint(join(root, 'README.md')) };

if (values.json) {
  console.log(JSON.stringify({ results, readme }, null, 2));
} else {
  const rules = [...new Set(results.flatMap((r) => Object.keys(r.byRule ?? {})))].sort();
  const abbrev = (rule) => rule.split('-').map((w) => w.slice(0, 3)).join('-');
  console.log(`| file | pm | ms | total | ${rules.map(abbrev).join(' | ')} |`);
  console.log(`|---|---|---|---|${rules.map(() => '---').join('|')}|`);
  for (const r of results) {
    if (r.problem && r.total === undefined) { console.log(`| ${r.file} | ${r.problem} |`); continue; }
    console.log(`| ${r.file} | ${r.postmortem ? 'yes' : '**no**'} | ${r.ms} | ${r.total} | ${rules.map((x) => r.byRule[x] ?? '').join(' | ')} |`);
  }
  console.log(`\nrules: ${rules.map((x) => `${abbrev(x)}=${x}`).join(', ')}`);
  const totals = Object.fromEntries(rules.map((x) => [x, results.reduce((n, r) => n + (r.byRule?.[x] ?? 0), 0)]));
  console.log(`totals: ${JSON.stringify(totals)}`);
  console.log(`not detected as postmortems: ${results.filter((r) => r.postmortem === false).map((r) => basename(r.file)).join(', ') || 'none'}`);
  console.log(`slowest: ${[...results].sort((a, b) => b.ms - a.ms).slice(0, 3).map((r) => `${basename(r.file)} ${r.ms} ms`).join(', ')}`);
}
const problems = results.filter((r) => r.problem).map((r) => `${r.file}: ${r.problem}`);
if (readme) {
  if (readme.problem) problems.push(`README.md: ${readme.problem}`);
  else if (readme.total > 0 || readme.postmortem) problems.push(`README.md: expected nothing, got postmortem=${readme.postmortem} with ${readme.total} findings ${JSON.stringify(readme.byRule)}`);
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.error(`\n${results.length} files, no crash, no hang${readme ? ', README.md clean' : ''}`);
