/**
 * Issue 9, item 1, over real documents: fix-all (to convergence, as --fix runs it) keeps
 * every link and image (target and text) and every word of each corpus document (see
 * test/unit/fuzz/preserve.ts for the exact definition). The corpus lives outside the
 * project (../shared/corpus/docs) and is read at test time only; without it the test is
 * skipped with the reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFixAll } from '../fuzz/check';

const dir = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'docs');
const files = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.md')).sort() : [];

test('fix-all keeps every word, link and image of every corpus document', { skip: files.length === 0 ? `no corpus at ${dir}` : false }, () => {
  const failures: string[] = [];
  for (const name of files) {
    const problems = checkFixAll(readFileSync(join(dir, name), 'utf8'), `postmortems/${name}`);
    if (problems.length) failures.push(`${name}: ${problems.join('; ')}`);
  }
  assert.deepEqual(failures, []);
});
