/**
 * The unit of work shared among threads: the paths of one file. Two paths may be one file (a
 * link beside its target, two hard links): with --fix, a thread that read one while another
 * wrote the other would see the text before the fixes, where a run in one thread, in order,
 * sees it after. So with --fix such paths are one task, run in command-line order by one
 * thread (and so one writer per file); otherwise every path is its own task.
 */
import { statSync } from 'node:fs';
import type { CliOptions } from './args';
import { lintPath, type Outcome } from './lint-file';
import type { RcCache } from '../service/index';

/** Indices into `files`, each group in order, groups in the order of their first file. */
export function taskGroups(files: readonly string[], fix: boolean): number[][] {
  if (!fix) return files.map((_, i) => [i]);
  const byFile = new Map<string, number[]>();
  files.forEach((file, i) => {
    let key = `path:${file}`;
    try {
      const s = statSync(file, { bigint: true });
      key = `inode:${s.dev}:${s.ino}`;
    } catch { /* unreadable: its own task, reported when read */ }
    const group = byFile.get(key);
    if (group) group.push(i);
    else byFile.set(key, [i]);
  });
  return [...byFile.values()];
}

/** A file's size in bytes, 0 when it cannot be read (the lint then reports why). */
export function fileSize(file: string): number {
  try { return statSync(file).size; } catch { return 0; }
}

/**
 * The largest tasks first (threads claim tasks in this order): a large file claimed last
 * would keep one thread busy while the others wait. The report keeps file order whatever
 * order the tasks ran in.
 */
export function largestFirst(groups: readonly number[][], files: readonly string[]): number[][] {
  const sized = groups.map((g) => ({ g, bytes: g.reduce((n, i) => n + fileSize(files[i] ?? ''), 0) }));
  return sized.sort((a, b) => b.bytes - a.bytes).map((x) => x.g);
}

/** One task: its paths read, linted and fixed in order, in whichever thread runs it. */
export function lintGroup(files: readonly string[], group: readonly number[], opts: CliOptions, cwd: string, cache: RcCache): Outcome[] {
  return group.map((i) => lintPath(files[i] ?? '', opts, cwd, cache));
}
