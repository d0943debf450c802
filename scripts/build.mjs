#!/usr/bin/env node
// Bundles the client, the server and the CLI with esbuild (unified and remark are ESM-only;
// the extension host loads CommonJS). Type-checking is `tsc -b`, separately.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  conditions: ['node', 'import', 'default'],
  // ESM dependencies (fdir, via tinyglobby) read import.meta.url, which CommonJS lacks.
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "const __import_meta_url = require('url').pathToFileURL(__filename).href;" },
};
// What the .vsix and the npm package ship is minified; names are kept, since date parsing
// filters chrono's refiners by class name.
const shipped = { minify: true, keepNames: true };
const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'], ...shipped },
  { ...common, entryPoints: { server: 'server/src/node/main.ts', cli: 'server/src/cli.ts' }, outdir: 'dist', ...shipped },
  // The library API of the npm package (its types: scripts/build-dts.mjs, run by `npm pack`).
  { ...common, entryPoints: { api: 'server/src/api.ts' }, outdir: 'dist', ...shipped },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching...');
} else {
  const t = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  console.log(`built dist/ in ${Date.now() - t} ms`);
}
