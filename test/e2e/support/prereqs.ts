// What the end-to-end tests need on the machine, and the skip-or-fail policy:
// a missing prerequisite SKIPS the test with the reason, unless E2E_REQUIRED=1 (CI),
// where it FAILS the test with the same reason. See test/e2e/README.md for setup.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
export const e2eDir = resolve(import.meta.dirname, '..');
export const harnessDir = join(e2eDir, 'harness');
export const prefix = process.env.REALCLIENTS_PREFIX ?? '/tmp/realclients';
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const required = process.env.E2E_REQUIRED === '1';
/** The extension installed into VS Code: a folder (symlinked) or a .vsix; default this repository. */
export const extensionUnderTest = resolve(process.env.E2E_EXTENSION ?? repoRoot);
/** The server script Neovim starts with `--stdio`. */
export const serverScript = resolve(process.env.E2E_SERVER ?? join(repoRoot, 'dist', 'server.js'));

/** A check returns undefined when satisfied, else the reason in words. */
export type Check = () => string | undefined;

export const codeServerInstalled: Check = () => {
  const entry = join(prefix, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const node = join(prefix, 'node', 'bin', 'node');
  return existsSync(entry) && existsSync(node)
    ? undefined
    : `code-server is not installed in ${prefix} (run: bash test/e2e/harness/install-code-server.sh)`;
};

export const chromiumInstalled: Check = () =>
  existsSync(chromiumPath) ? undefined : `chromium not found at ${chromiumPath} (apt-get install -y chromium)`;

export const neovimInstalled: Check = () => {
  const r = spawnSync(process.env.NVIM ?? 'nvim', ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) return 'nvim not found on PATH (apt-get install -y neovim)';
  const m = /NVIM v(\d+)\.(\d+)/.exec(r.stdout);
  const ok = m !== null && (Number(m[1]) > 0 || Number(m[2]) >= 7);
  return ok ? undefined : `nvim 0.7 or newer needed, found: ${r.stdout.split('\n')[0] ?? '?'}`;
};

export const extensionBuilt: Check = () => {
  const needed = extensionUnderTest === repoRoot
    ? ['dist/client.js', 'dist/server.js'].map((f) => join(repoRoot, f))
    : [extensionUnderTest];
  const missing = needed.filter((f) => !existsSync(f));
  return missing.length === 0 ? undefined : `${missing.join(', ')} missing (run: npm run build)`;
};

export const serverBuilt: Check = () =>
  existsSync(serverScript) ? undefined : `${serverScript} missing (run: npm run build)`;

/**
 * Options for `test(name, options, fn)`: `skip` is the reason when something is missing
 * and E2E_REQUIRED is not set. `missing` is the reason (or undefined); a test must call
 * `failIfMissing(missing)` first so that, under E2E_REQUIRED=1, it fails instead.
 */
export function e2eGate(checks: Check[], timeout: number): { options: { skip: string | false; timeout: number }; missing: string | undefined } {
  const reasons = checks.map((c) => c()).filter((r): r is string => r !== undefined);
  const missing = reasons.length > 0 ? reasons.join('; ') : undefined;
  return { options: { skip: missing !== undefined && !required ? missing : false, timeout }, missing };
}

export function failIfMissing(missing: string | undefined): void {
  if (missing !== undefined) throw new Error(`E2E_REQUIRED=1 but the end-to-end prerequisites are missing: ${missing}`);
}
