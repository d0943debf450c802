// The Node version a newcomer is told to use (README) is the one package.json declares, and
// every package `npm ci` installs accepts it: otherwise `npm ci` prints EBADENGINE warnings
// the newcomer can do nothing about (issue 10, item 10: @vscode/vsce 4 wanted Node 22).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// semver is a devDependency; typed here for the two calls used rather than via @types.
const semver = require('semver') as { satisfies(version: string, range: string, options?: { loose?: boolean }): boolean; validRange(range: string, options?: { loose?: boolean }): string | null };

const root = new URL('../../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as { packages: Record<string, { engines?: unknown; dev?: boolean; optional?: boolean }> };
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** "Node 20.19 or later" in the README, as a version. */
function readmeMinimum(): string {
  const m = /\bNode (\d+)\.(\d+)(?:\.(\d+))? or later\b/.exec(readme);
  assert.ok(m, 'the README says which Node version to use ("Node X.Y or later")');
  return `${m[1]}.${m[2]}.${m[3] ?? '0'}`;
}

test('README and package.json engines name the same minimum Node version', () => {
  const min = readmeMinimum();
  assert.ok(semver.satisfies(min, pkg.engines.node), `README's Node ${min} is allowed by engines.node "${pkg.engines.node}"`);
  const [major = '', minor = ''] = min.split('.');
  const below = `${major}.${Math.max(0, Number(minor) - 1)}.0`;
  if (below !== min) assert.ok(!semver.satisfies(below, pkg.engines.node), `engines.node "${pkg.engines.node}" is not looser than the README's ${min}`);
});

test('every package in the lock file accepts the README\'s minimum Node version (no EBADENGINE on npm ci)', () => {
  const min = readmeMinimum();
  const refusing: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.optional) continue;
    const node = typeof entry.engines === 'object' && entry.engines !== null && !Array.isArray(entry.engines) ? (entry.engines as Record<string, unknown>).node : undefined;
    if (typeof node !== 'string' || semver.validRange(node, { loose: true }) === null) continue;
    if (!semver.satisfies(min, node, { loose: true })) refusing.push(`${path.replace(/^.*node_modules\//, '')} wants node ${node}`);
  }
  assert.deepEqual(refusing, [], `packages that refuse Node ${min}`);
});
