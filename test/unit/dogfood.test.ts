/**
 * Dogfood: the repository's own Markdown goes through the linter. Documentation is not a
 * postmortem and gets no finding; the clean example lints clean; the flawed example shows
 * the problems the README promises.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { analyze } from '../../server/src/service/analysis';
import { resolveConfig } from '../../server/src/service/config/index';

const root = join(__dirname, '..', '..');
const config = resolveConfig([]);
const lint = (rel: string) => analyze(readFileSync(join(root, rel), 'utf8'), { path: rel, config });

test('README and docs are not postmortems and get no finding', () => {
  const files = globSync(['README.md', 'docs/**/*.md', 'test/e2e/README.md'], { cwd: root, ignore: ['docs/examples/**'] });
  assert.ok(files.length > 30, `expected the rule pages too, found ${files.length} files`);
  const noisy = files.map((f) => ({ f: relative(root, join(root, f)), a: lint(f) })).filter(({ a }) => a.findings.length > 0);
  assert.deepEqual(noisy.map(({ f, a }) => `${f}: ${a.findings.map((x) => x.rule).join(', ')}`), []);
});

test('the clean example is a postmortem with no finding', () => {
  const a = lint('docs/examples/2024-05-09-search-outage.md');
  assert.equal(a.detection.postmortem, true);
  assert.deepEqual(a.findings.map((f) => `${f.range.start.line + 1} ${f.rule}: ${f.message}`), []);
});

test('the flawed example shows the problems the README promises', () => {
  const rules = new Set(lint('docs/examples/2023-11-02-payments-postmortem.md').findings.map((f) => f.rule));
  for (const r of ['heading-syntax', 'date-mismatch', 'checkbox-syntax', 'placeholder', 'task-owner', 'timeline-timezone']) assert.ok(rules.has(r), `missing ${r}`);
  assert.ok(!rules.has('timeline-order'), 'its 12-hour timeline (12:40 PM ... 1:30 PM) is in order');
});
