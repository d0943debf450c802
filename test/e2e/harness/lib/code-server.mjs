// code-server side of run-vscode.mjs: throwaway dirs, extension install, user settings,
// and the server process (in its own process group, so the whole tree can be killed).
// Adapted from ../shared/realclients/run-vscode-e2e.mjs (copied tooling).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function codeServerPaths(prefix) {
  return {
    node: path.join(prefix, 'node', 'bin', 'node'),
    entry: path.join(prefix, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  };
}

/** Creates the run dir layout and the environment code-server runs with (nothing lands in $HOME). */
export function createRunDirs(runDir, prefix) {
  const dirs = {
    userData: path.join(runDir, 'user-data'),
    extensions: path.join(runDir, 'extensions'),
    xdg: path.join(runDir, 'xdg'),
    chromeProfile: path.join(runDir, 'chromium-profile'),
    tmp: path.join(runDir, 'tmp'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  const { node } = codeServerPaths(prefix);
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'),
    XDG_DATA_HOME: path.join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
    TMPDIR: dirs.tmp, // code-server leaves vscode-ipc-*.sock files in the temp dir
    PATH: `${path.dirname(node)}:${process.env.PATH}`,
  };
  delete env.NODE_OPTIONS; // the test runner's --import tsx must not reach code-server
  delete env.VSCODE_IPC_HOOK_CLI;
  const common = ['--config', config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  return { dirs, env, common };
}

function cli(prefix, run, args) {
  const { node, entry } = codeServerPaths(prefix);
  const r = spawnSync(node, [entry, ...run.common, ...args], { env: run.env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

/**
 * Installs extension folders (symlinked, or copied with copy=true) and .vsix files, plus
 * the probe (always copied: its config is written into the copy). Folders go first:
 * code-server scans the extensions dir only while extensions.json does not exist, and the
 * first CLI call writes that file. Returns the ids of the extensions under test and the
 * probe's installed folder.
 */
export function installExtensions(prefix, run, { exts, probeSrc, copy, log }) {
  const folders = exts.filter((p) => !p.endsWith('.vsix'));
  const vsixes = exts.filter((p) => p.endsWith('.vsix'));
  const ids = [];
  let probeDir;
  for (const src of [...folders, probeSrc]) {
    const pkg = JSON.parse(fs.readFileSync(path.join(src, 'package.json'), 'utf8'));
    if (!pkg.publisher || !pkg.name || !pkg.version) throw new Error(`${src}/package.json needs publisher, name, version`);
    const id = `${pkg.publisher}.${pkg.name}`;
    const dest = path.join(run.dirs.extensions, `${id}-${pkg.version}`.toLowerCase());
    if (src === probeSrc || copy) {
      fs.cpSync(src, dest, {
        recursive: true, dereference: true,
        filter: (s) => !/(^|\/)(\.git|\.tsbuild)(\/|$)/.test(path.relative(src, s)) && !s.endsWith('.vsix'),
      });
    } else {
      fs.symlinkSync(src, dest); // used in place: no copy of a big node_modules
    }
    if (src === probeSrc) probeDir = dest; else ids.push(id);
    log(`extension folder ${src} -> ${dest}`);
  }
  const before = new Set(cli(prefix, run, ['--list-extensions', '--show-versions']));
  for (const vsix of vsixes) {
    cli(prefix, run, ['--install-extension', vsix, '--force']);
    log(`installed ${vsix}`);
  }
  const listed = cli(prefix, run, ['--list-extensions', '--show-versions']);
  for (const line of listed) if (!before.has(line)) ids.push(line.replace(/@[^@]*$/, ''));
  for (const id of ids) {
    if (!listed.some((l) => l.toLowerCase().startsWith(`${id.toLowerCase()}@`))) {
      throw new Error(`extension ${id} was installed but code-server does not list it: ${listed.join(', ')}`);
    }
  }
  log(`code-server lists: ${listed.join(', ')}`);
  return { ids, probeDir };
}

/** User settings: a quiet workbench (no welcome page, trust, telemetry, AI, git) plus extra. */
export function writeSettings(run, extra) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.enableExperiments': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'git.autoRepositoryDetection': false,
    'npm.autoDetect': 'off',
    'http.proxySupport': 'off', // the probe talks to the harness over plain localhost HTTP
    'editor.minimap.enabled': false,
    'files.autoSave': 'off',
    ...extra,
  };
  fs.mkdirSync(path.join(run.dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(run.dirs.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/** Starts code-server detached (own process group); returns the child and a kill() for the group. */
export function startCodeServer(prefix, run, { port, workspace, logFile, extraArgs }) {
  const { node, entry } = codeServerPaths(prefix);
  const fd = fs.openSync(logFile, 'w');
  const child = spawn(node, [
    entry, ...run.common,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...extraArgs,
    workspace,
  ], { env: run.env, detached: true, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const kill = () => {
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  return { child, exited, kill };
}

/** Resolves when GET /healthz answers; the 100 ms retry is a connection poll, not a wait for app state. */
export async function waitForHealthz(port, exited, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  exited.then(() => { gone = true; });
  for (;;) {
    if (gone) throw new Error('code-server exited before it was ready');
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw new Error('code-server did not come up');
    await new Promise((r) => setTimeout(r, 100));
  }
}
