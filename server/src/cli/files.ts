/**
 * Expands the command line's files, directories and globs (tinyglobby); named files are read
 * whatever their extension. Directory links are not followed: a link inside `docs/` may lead
 * anywhere (to `/`, or to another repository), and `--fix docs/` must stay inside `docs/`.
 *
 * A directory or glob that yields no file is reported, not skipped in silence: a typo in a CI
 * path (`docs/postmortem/` for `docs/postmortems/`, an empty folder) must not be a green build.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

const IGNORE = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  /** Absolute paths, in command-line order, each once. */
  files: string[];
  /** The files named one by one (not found through a directory or glob). */
  named: Set<string>;
  /** One message per directory or glob that yields no file. */
  empty: string[];
}

export function expandFiles(patterns: readonly string[], cwd: string): Expanded {
  const out = new Set<string>();
  const named = new Set<string>();
  const empty: string[] = [];
  for (const p of patterns) {
    const abs = resolve(cwd, p);
    let stat: ReturnType<typeof statSync> | undefined;
    try { stat = statSync(abs); } catch { stat = undefined; }
    if (stat?.isFile()) { out.add(abs); named.add(abs); continue; }
    if (stat?.isDirectory()) {
      const found = globSync('**/*.{md,markdown}', { cwd: abs, absolute: true, ignore: IGNORE, dot: false, followSymbolicLinks: false });
      if (found.length === 0) empty.push(`No Markdown files in "${p}" (*.md and *.markdown; hidden folders and node_modules are skipped).`);
      for (const f of found) out.add(f);
      continue;
    }
    if (isDynamicPattern(p)) {
      const found = globSync(p, { cwd, absolute: true, ignore: IGNORE, followSymbolicLinks: false });
      if (found.length === 0) empty.push(`No files match "${p}".`);
      for (const f of found) out.add(f);
      continue;
    }
    // Not found: reported by the reader as unreadable (exit 2), with the OS's reason.
    out.add(abs);
    named.add(abs);
  }
  return { files: [...out], named, empty };
}
