#!/usr/bin/env node
// Packs the .vsix from a staging folder (npm run package). vsce refuses a package.json that
// has both `files` (the npm package's list) and a .vscodeignore (the extension's), and the
// two artefacts ship different things: the extension needs dist/client.js and dist/server.js,
// never the CLI, the library or the bins. So the extension's files (selected by
// .vscodeignore) are copied to a temporary folder with the manifest less its npm-only fields,
// and vsce packs that. Links in the README are made absolute by vsce from `repository`
// (the project's one home), on the `main` branch. Any vsce warning fails the packing.
//   node scripts/package-vsix.mjs [-o out.vsix]
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const outArg = args.indexOf('-o');
const out = resolve(outArg >= 0 ? args[outArg + 1] : join(root, 'postmortem-lint.vsix'));
const NPM_ONLY = ['files', 'bin', 'exports', 'types', 'devDependencies', 'allowScripts', 'overrides'];

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const k of NPM_ONLY) delete manifest[k];
// The scripts refer to the repository's own tools; the extension runs none of them.
delete manifest.scripts;

const stage = mkdtempSync(join(tmpdir(), 'pm-vsix-'));
try {
  // What .vscodeignore lets in: it is `**` then one `!path` per shipped file or folder.
  const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.startsWith('!')).map((l) => l.slice(1).replace(/\/\*\*$/, ''));
  for (const p of shipped) {
    if (p === 'package.json') continue;
    const from = join(root, p);
    try { statSync(from); } catch { console.error(`.vscodeignore ships ${p}, which does not exist (npm run build first?)`); process.exit(1); }
    cpSync(from, join(stage, p), { recursive: true });
  }
  cpSync(join(root, '.vscodeignore'), join(stage, '.vscodeignore'));
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const vsce = join(dirname(createRequire(import.meta.url).resolve('@vscode/vsce/package.json')), 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--githubBranch', 'main', '-o', out], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const said = `${r.stdout}${r.stderr}`;
  process.stdout.write(said);
  if (r.status !== 0) process.exit(r.status ?? 1);
  if (/WARNING/i.test(said)) { console.error('vsce warned: the package must pack without warnings'); process.exit(1); }
  console.log(`${out}: ${statSync(out).size} bytes`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
