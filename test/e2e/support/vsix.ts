/**
 * The packaged extension, as a user installs it: `npm run package` (the README's command)
 * builds and writes postmortem-lint.vsix; the foundation test installs that file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './prereqs';

export function packageVsix(): string {
  const out = join(repoRoot, 'postmortem-lint.vsix');
  const r = spawnSync('npm', ['run', '-s', 'package'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(out)) throw new Error(`npm run package failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return out;
}
