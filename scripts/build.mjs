#!/usr/bin/env node
// Bundles the client, the server and the CLI with esbuild (unified and remark are ESM-only;
// the extension host loads CommonJS). Type-checking is `tsc -b`, separately.
import * as esbuild from 'esbuild';
import { browserDefines, checkBrowserBundle } from './browser-bundle-check.mjs';

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
// The web extension (vscode.dev, github.dev): the client in the browser extension host and
// the server in a web worker it starts. Minified; the `worker` condition comes first so
// micromark's character-reference decoder takes its plain build, not the one that decodes
// through `document.createElement` (a worker has no DOM). Node built-ins fail the build
// (platform browser); `process`, `Buffer` and the like fail the check after it.
const browser = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  minify: true,
  logLevel: 'warning',
  mainFields: ['browser', 'module', 'main'],
  conditions: ['worker', 'browser', 'import', 'default'],
  define: browserDefines,
  metafile: true,
};
const browserBuilds = [
  { ...browser, format: 'cjs', entryPoints: { 'browser-client': 'client/src/browser.ts' }, outdir: 'dist', external: ['vscode'] },
  // A worker has no setImmediate (features/diagnostics.ts yields with it): injected.
  {
    ...browser, format: 'iife', entryPoints: { 'browser-server': 'server/src/browser/main.ts' }, outdir: 'dist',
    inject: ['server/src/browser/set-immediate.ts'], define: { ...browserDefines, setImmediate: 'setImmediate' },
  },
];
// The language server's and the CLI's processes are ours: before any of their code runs,
// V8 is told to compile every function to its baseline tier (Sparkplug) on the first call
// instead of interpreting its bytecode first. Most of an analysis is code that runs only a
// few times per document (rules, readers, micromark's constructs), which the interpreter ran
// at a fraction of baseline speed. Measured on the 2-core machine (interleaved pairs through
// test/bench/lsp-latency.mjs, medians): first diagnostics of a 60-line postmortem 45.4 -> 39.4
// ms (8 pairs), its keystrokes p50 5.6 -> 5.2 ms and p95 9.4 -> 8.7 ms (6 pairs); the CLI on
// the corpus 2.50 -> 2.40 s (5 pairs). The price: `initialize` (the warm-up compiles more)
// 1,019 -> 1,072 ms (8 pairs), paid once per session, and ~3 MB of code. At 1,000 and 10,000
// lines no difference stood out of the noise.
// Set here (the bundle's first line) rather than in node-flags.json so every way of starting
// them (VS Code, another editor through bin/, the CLI and its worker threads) gets it, and a
// runtime whose V8 lacks the flag only prints a warning on stderr instead of refusing to
// start. Not in api.js: that bundle runs inside someone else's process.
const baselineTier = "require('node:v8').setFlagsFromString('--always-sparkplug');";
// What the .vsix and the npm package ship is minified; function and class names are kept
// (stack traces in bug reports stay readable; nothing may depend on a mangled name).
const shipped = { minify: true, keepNames: true };
const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'], ...shipped },
  // dist/cli.js is also the CLI's worker thread: the pool (server/src/cli/pool.ts) starts the
  // bundle itself again, which serves the pool when it finds itself in a worker (cli/worker.ts).
  { ...common, entryPoints: { server: 'server/src/node/main.ts', cli: 'server/src/cli.ts' }, outdir: 'dist', ...shipped, banner: { js: `${baselineTier}\n${common.banner.js}` } },
  // The library API of the npm package (its types: scripts/build-dts.mjs, run by `npm pack`).
  { ...common, entryPoints: { api: 'server/src/api.ts' }, outdir: 'dist', ...shipped },
  ...browserBuilds,
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching...');
} else {
  const t = Date.now();
  const results = await Promise.all(builds.map((b) => esbuild.build(b)));
  const problems = results.flatMap((r, i) => (browserBuilds.includes(builds[i]) ? checkBrowserBundle(r.metafile) : []));
  if (problems.length > 0) {
    console.error(`The browser bundles use what a browser worker lacks:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`built dist/ in ${Date.now() - t} ms`);
}
