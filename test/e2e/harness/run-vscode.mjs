#!/usr/bin/env node
// run-vscode.mjs — run a SCENARIO inside a real VS Code (code-server 4.139.1 = VS Code OSS
// 1.139.1) in headless Chromium, with the extension(s) under test installed.
// Adapted from ../shared/realclients/run-vscode-e2e.mjs (copied tooling, made scriptable).
//
//   node test/e2e/harness/run-vscode.mjs --ext <folder|file.vsix> [--ext ...]
//        --workspace <dir> --scenario <scenario.js> [--out <dir>] [--timeout <s>]
//        [--settings <file.json>] [--prefix <dir>] [--chromium <path>] [--cs-arg <arg>]...
//        [--copy-ext] [--no-copy-workspace] [--keep] [--quiet]
//
// Extension folders are symlinked (--copy-ext copies them); the workspace is copied to a
// throwaway dir so scenarios may edit and save freely. The probe extension (probe-ext/)
// loads the scenario (exports `async run(vscode, h)`) and reports its return value over a
// localhost HTTP control channel; screenshot requests come the same way.
// Output in --out: result.json { ok, error?, result, probe, screenshots, timings },
// final.png and any screenshots the scenario asked for, code-server.log,
// browser-console.log, vscode-logs/. Exit: 0 ok, 1 scenario failed, 2 harness error.
// Needs: install-code-server.sh (prefix, default /tmp/realclients), /usr/bin/chromium,
// playwright-core (a devDependency of the project).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { codeServerPaths, createRunDirs, installExtensions, startCodeServer, waitForHealthz, writeSettings } from './lib/code-server.mjs';
import { startControlServer } from './lib/control-server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const T0 = Date.now();
const since = (t) => Date.now() - t;

const { values: opt } = parseArgs({
  options: {
    ext: { type: 'string', multiple: true, default: [] },
    workspace: { type: 'string' },
    scenario: { type: 'string' },
    out: { type: 'string' },
    timeout: { type: 'string', default: '180' },
    settings: { type: 'string' },
    prefix: { type: 'string', default: process.env.REALCLIENTS_PREFIX || '/tmp/realclients' },
    chromium: { type: 'string', default: process.env.CHROMIUM || '/usr/bin/chromium' },
    'cs-arg': { type: 'string', multiple: true, default: [] },
    'copy-ext': { type: 'boolean', default: false },
    'no-copy-workspace': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help || !opt.workspace || !opt.scenario) {
  const src = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
  console.error(src.slice(1, src.findIndex((l, i) => i > 0 && !l.startsWith('//'))).join('\n'));
  process.exit(opt.help ? 0 : 2);
}
const log = (...a) => { if (!opt.quiet) console.error(`[run-vscode +${since(T0)}ms]`, ...a); };

const prefix = path.resolve(opt.prefix);
for (const f of [...Object.values(codeServerPaths(prefix)), opt.chromium]) {
  if (!fs.existsSync(f)) { console.error(`missing ${f} (run test/e2e/harness/install-code-server.sh; apt-get install chromium)`); process.exit(2); }
}
const scenario = path.resolve(opt.scenario);
const exts = opt.ext.map((e) => path.resolve(e));
for (const f of [scenario, path.resolve(opt.workspace), ...exts]) {
  if (!fs.existsSync(f)) { console.error(`${f} does not exist`); process.exit(2); }
}
const timeoutMs = Number(opt.timeout) * 1000;
const outDir = path.resolve(opt.out || path.join(os.tmpdir(), `vscode-e2e-${new Date().toISOString().replace(/[:.]/g, '-')}`));
fs.mkdirSync(outDir, { recursive: true });
const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-e2e-'));
const run = createRunDirs(runDir, prefix);
const timings = {};
const result = { ok: false, scenario, outDir, timings, screenshots: {} };
let exitCode = 2;
let server;
let browser;
let control;

function cleanup() {
  if (server) server.kill();
  if (!opt.keep) fs.rmSync(runDir, { recursive: true, force: true });
}
process.on('SIGINT', () => { cleanup(); process.exit(130); });
process.on('SIGTERM', () => { cleanup(); process.exit(143); });

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

try {
  // Workspace: a throwaway copy unless told otherwise.
  let workspace = path.resolve(opt.workspace);
  if (!opt['no-copy-workspace']) {
    const copy = path.join(runDir, 'workspace');
    fs.cpSync(workspace, copy, { recursive: true });
    workspace = copy;
  }
  result.workspace = workspace;

  let t = Date.now();
  const { ids, probeDir } = installExtensions(prefix, run, { exts, probeSrc: path.join(HERE, 'probe-ext'), copy: opt['copy-ext'], log });
  result.extensions = ids;
  writeSettings(run, opt.settings ? JSON.parse(fs.readFileSync(opt.settings, 'utf8')) : {});
  timings.installExtensionsMs = since(t);

  // Control channel: the probe POSTs here. page is set once the workbench is open.
  let page;
  let resolveReport;
  const report = new Promise((r) => { resolveReport = r; });
  const { screenshot, queryAllFrames, waitForAnyFrame, openWorkbench, clickInFrames, hoverInFrames, boxesInFrames } = await import('./lib/browser.mjs');
  control = await startControlServer({
    log: ({ line }) => { log(`probe: ${line}`); },
    screenshot: async ({ name, waitFor }) => {
      if (!page) throw new Error('no browser page yet');
      const file = await screenshot(page, outDir, name, waitFor);
      result.screenshots[name] = file;
      log(`screenshot ${file}`);
      return { path: file };
    },
    dom: async ({ selector }) => ({ matches: page ? await queryAllFrames(page, selector) : [] }),
    'wait-dom': async ({ selector, timeoutMs }) => {
      if (!page) throw new Error('no browser page yet');
      return { matches: await waitForAnyFrame(page, selector, timeoutMs ?? 30000) };
    },
    click: async ({ selector }) => {
      if (!page) throw new Error('no browser page yet');
      return { frame: await clickInFrames(page, selector) };
    },
    // Real key presses into the focused element (the editor): `text` typed one key at a time,
    // or one `key` such as Enter, Escape, Control+Space (Playwright key names).
    keyboard: async ({ text, key, delayMs }) => {
      if (!page) throw new Error('no browser page yet');
      if (typeof text === 'string') await page.keyboard.type(text, { delay: delayMs ?? 0 });
      if (typeof key === 'string') await page.keyboard.press(key);
      return {};
    },
    hover: async ({ selector }) => {
      if (!page) throw new Error('no browser page yet');
      return { frame: await hoverInFrames(page, selector) };
    },
    boxes: async ({ selector }) => ({ boxes: page ? await boxesInFrames(page, selector) : [] }),
    result: (body) => { resolveReport(body); return {}; },
  });
  fs.writeFileSync(path.join(probeDir, 'probe-config.json'), JSON.stringify({
    scenario, workspace, controlUrl: control.url, extensions: ids, timeoutMs: Math.max(10000, timeoutMs - 20000),
  }, null, 2));

  t = Date.now();
  const port = await freePort();
  server = startCodeServer(prefix, run, { port, workspace, logFile: path.join(outDir, 'code-server.log'), extraArgs: opt['cs-arg'] });
  log(`code-server pid ${server.child.pid} (process group) on 127.0.0.1:${port}`);
  await waitForHealthz(port, server.exited, timeoutMs);
  timings.serverReadyMs = since(t);

  t = Date.now();
  browser = await openWorkbench({
    executablePath: opt.chromium,
    profileDir: run.dirs.chromeProfile,
    env: { ...process.env, HOME: path.join(run.dirs.xdg, 'home'), XDG_CONFIG_HOME: run.env.XDG_CONFIG_HOME, XDG_CACHE_HOME: run.env.XDG_CACHE_HOME, XDG_DATA_HOME: run.env.XDG_DATA_HOME },
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
    outDir,
    timeoutMs,
  });
  page = browser.page;
  timings.workbenchMs = since(t);
  log(`workbench rendered after ${timings.workbenchMs}ms`);

  // Wait for the probe's report, code-server dying, or the deadline: whichever comes first.
  let timer;
  const probe = await Promise.race([
    report,
    server.exited.then(({ code, signal }) => { throw new Error(`code-server exited (${code ?? signal})`); }),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no probe report within ${opt.timeout}s`)), Math.max(0, timeoutMs - since(T0))); }),
  ]).finally(() => clearTimeout(timer));
  timings.scenarioMs = since(t) - timings.workbenchMs;
  const { result: scenarioResult, ...probeMeta } = probe;
  Object.assign(result, { ok: !!probe.ok, error: probe.error, result: scenarioResult, probe: probeMeta });
  result.screenshots.final = await screenshot(page, outDir, 'final');
  exitCode = probe.ok ? 0 : 1;
} catch (err) {
  result.error = String((err && err.stack) || err);
  log('ERROR', result.error);
  if (browser) result.screenshots.error = await screenshot(browser.page, outDir, 'error').catch(() => undefined);
  exitCode = 2;
} finally {
  if (browser) await browser.close();
  if (control) await control.close();
  if (server) server.kill();
  const logsDir = path.join(run.dirs.userData, 'logs');
  if (fs.existsSync(logsDir)) fs.cpSync(logsDir, path.join(outDir, 'vscode-logs'), { recursive: true });
  if (!opt.keep) fs.rmSync(runDir, { recursive: true, force: true });
  server = undefined;
}
timings.totalMs = since(T0);
fs.writeFileSync(path.join(outDir, 'result.json'), JSON.stringify(result, null, 2));
console.log(JSON.stringify({ ok: result.ok, error: result.error && result.error.split('\n')[0], timings, out: outDir }, null, 2));
process.exit(exitCode);
