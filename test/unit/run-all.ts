/**
 * The whole unit suite in one process: `node --import tsx --test test/unit/run-all.ts`
 * (what `npm run test:unit` runs). A process per test file transpiled and loaded the core
 * once per file (2.5 minutes on two cores); here it is loaded once. Each file's tests
 * stand under a suite named by its path, so the report still reads file by file, and a file
 * that fails to load fails its own suite only. Node 20 has no `--test-isolation=none`.
 *
 * The files are required synchronously inside their suite's callback: that is what makes
 * their top-level `test()` calls (and hooks) the suite's children. Every file still runs on
 * its own: `node --import tsx --test test/unit/<file>.test.ts`. A test file must therefore
 * not rely on having the process to itself (process.chdir, process.env, process.exitCode,
 * patched globals left patched): each restores what it changes.
 */
import { describe } from 'node:test';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => (d.isDirectory() ? testFiles(join(dir, d.name)) : d.name.endsWith('.test.ts') ? [join(dir, d.name)] : []));
}

for (const file of testFiles(__dirname)) {
  describe(relative(root, file), () => {
    require(file);
  });
}
