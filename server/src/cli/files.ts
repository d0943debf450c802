/**
 * Expands the command line's files, directories and globs (tinyglobby); named files are read
 * whatever their extension. Directory links are not followed: a link inside `docs/` may lead
 * anywhere (to `/`, or to another repository), and `--fix docs/` must stay inside `docs/`.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './args';

const IGNORE = ['**/node_modules/**', '**/.git/**'];

export function expandFiles(patterns: readonly string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const p of patterns) {
    const abs = resolve(cwd, p);
    let stat: ReturnType<typeof statSync> | undefined;
    try { stat = statSync(abs); } catch { stat = undefined; }
    if (stat?.isFile()) { out.add(abs); continue; }
    if (stat?.isDirectory()) {
      for (const f of globSync('**/*.{md,markdown}', { cwd: abs, absolute: true, ignore: IGNORE, dot: false, followSymbolicLinks: false })) out.add(f);
      continue;
    }
    if (isDynamicPattern(p)) {
      const found = globSync(p, { cwd, absolute: true, ignore: IGNORE, followSymbolicLinks: false });
      if (found.length === 0) throw new UsageError(`No files match "${p}".`);
      for (const f of found) out.add(f);
      continue;
    }
    // Not found: reported by the reader as unreadable (exit 2), with the OS's reason.
    out.add(abs);
  }
  return [...out];
}
