// The check that fails the build when a browser bundle uses what a worker lacks
// (scripts/browser-bundle-check.mjs), on bundles made here with the same `define`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
// @ts-expect-error: a plain .mjs build script, without types
import { browserDefines, checkBrowserBundle } from '../../../scripts/browser-bundle-check.mjs';

const check = checkBrowserBundle as (metafile: esbuild.Metafile) => string[];

async function problemsOf(source: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pm-bundle-'));
  writeFileSync(join(dir, 'entry.js'), source);
  const r = await esbuild.build({
    entryPoints: [join(dir, 'entry.js')], outdir: join(dir, 'out'), bundle: true, minify: true, platform: 'browser',
    format: 'iife', define: browserDefines as Record<string, string>, metafile: true, logLevel: 'silent',
  });
  return check(r.metafile);
}

test('Node globals used outright fail the check; locals and properties of the same name do not', async () => {
  assert.equal((await problemsOf('console.log(process.env.HOME);')).length, 1);
  assert.equal((await problemsOf('console.log(Buffer.from("x"));')).length, 1);
  assert.equal((await problemsOf('setImmediate(() => 1);')).length, 1);
  assert.deepEqual(await problemsOf('const process = { env: {} }; const o = { process: 1, setImmediate() {} }; console.log(process.env, o.process, o.setImmediate);'), []);
});

test('a use guarded by typeof passes (false in a worker, as for the real global)', async () => {
  assert.deepEqual(await problemsOf('console.log(typeof process == "object" && process && process.platform === "win32");'), []);
});

test('a DOM build fails the check', async () => {
  assert.equal((await problemsOf('console.log(document.createElement("i"));')).length, 2);
});
