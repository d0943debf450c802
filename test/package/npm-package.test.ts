// The npm package as a user gets it: `npm pack`, installed into an empty folder with no
// network (the package has no runtime dependency: everything is bundled), then both bins
// and the library API run from there. Also what the tarball must not hold: source maps,
// sources, placeholder links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification, HoverRequest, type PublishDiagnosticsParams, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const ROOT = join(__dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const POSTMORTEM = `# Postmortem: checkout errors on May 9, 2024

## Summary

On May 9, 2024, from 10:00 to 10:40 UTC, 20% of checkouts failed because a config change halved the consumer pool.

## Timeline (UTC)

- 10:00 the consumer deploy starts
- 10:20 the rollback completes and the queue drains
- 10:05 alerts fire on queue depth

## Action Items

- [ ] Add a canary step to consumer deploys
`;

function du(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((n, name) => n + du(join(path, name)), 0);
}

function walk(path: string, base = path): string[] {
  if (!statSync(path).isDirectory()) return [path.slice(base.length + 1)];
  return readdirSync(path).flatMap((name) => walk(join(path, name), base));
}

const work = mkdtempSync(join(tmpdir(), 'pm-pack-'));
const project = join(work, 'project');
let installed = '';

test.after(() => rmSync(work, { recursive: true, force: true }));

test('npm pack gives a tarball of bundled code only, which installs offline with no dependency', { timeout: 240_000 }, (t) => {
  // dist/ is built (npm test builds first, as for the protocol tests); `prepack` would build
  // it again while other test files run the server from it, so the pack here skips it and
  // writes the one file only prepack makes, the API's types.
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-dts.mjs')], { cwd: ROOT, stdio: 'ignore' });
  const out = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const info = (JSON.parse(out.slice(out.indexOf('['))) as { filename: string; size: number; unpackedSize: number; files: { path: string }[] }[])[0]!;
  const files = info.files.map((f) => f.path).sort();
  for (const want of ['bin/postmortem-lint.js', 'bin/postmortem-language-server.js', 'dist/cli.js', 'dist/server.js', 'dist/api.js', 'dist/api.d.ts', 'docs/rules/timeline-order.md', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) {
    assert.ok(files.includes(want), `the tarball holds ${want}`);
  }
  assert.deepEqual(files.filter((f) => f.endsWith('.map') || f.endsWith('.ts') && !f.endsWith('.d.ts') || f.startsWith('test/') || f.startsWith('server/')), []);
  const tarball = join(work, info.filename);
  const text = execFileSync('tar', ['-xOzf', tarball], { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
  assert.ok(!text.includes('example.invalid'), 'no placeholder host in the tarball');

  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  execFileSync(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  installed = join(project, 'node_modules', 'postmortem-lint');
  const modules = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
  assert.deepEqual(modules, ['postmortem-lint'], 'no runtime dependency is installed');
  t.diagnostic(`tarball ${statSync(tarball).size} bytes; installed ${du(installed)} bytes (${walk(installed).length} files)`);
});

test('the postmortem-lint bin lints files and standard input, with exit codes', () => {
  writeFileSync(join(project, 'incident-postmortem.md'), POSTMORTEM);
  const bin = join(project, 'node_modules', '.bin', 'postmortem-lint');
  const run = spawnSync(bin, ['--format', 'json', 'incident-postmortem.md'], { cwd: project, encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  const report = JSON.parse(run.stdout) as { findings: { rule: string; line: number }[] }[];
  assert.ok(report[0]!.findings.some((f) => f.rule === 'timeline-order' && f.line === 11));
  const stdin = spawnSync(bin, ['-', '--force', '--format', 'sarif'], { cwd: project, encoding: 'utf8', input: POSTMORTEM });
  assert.equal(stdin.status, 1, stdin.stderr);
  const sarif = JSON.parse(stdin.stdout) as { runs: { tool: { driver: { informationUri: string } }; results: { ruleId: string }[] }[] };
  assert.equal(sarif.runs[0]!.tool.driver.informationUri, 'https://github.com/postmortem-tools/postmortem-lint');
  assert.ok(sarif.runs[0]!.results.some((r) => r.ruleId === 'timeline-order'));
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  assert.equal(version.stdout.trim(), (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
});

test('the installed bin shares files among worker threads (the bundle is its own worker) and writes what one thread writes', () => {
  const docs = ['a', 'b', 'c'].map((n) => `${n}-postmortem.md`);
  docs.forEach((f, i) => writeFileSync(join(project, f), POSTMORTEM.replace('10:05', `10:0${i + 5}`)));
  const bin = join(project, 'node_modules', '.bin', 'postmortem-lint');
  const [one, many] = ['0', '2'].map((workers) => spawnSync(bin, ['--format', 'json', ...docs], { cwd: project, encoding: 'utf8', env: { ...process.env, POSTMORTEM_LINT_WORKERS: workers } }));
  assert.equal(many!.stderr, one!.stderr);
  assert.equal(one!.status, 1, one!.stderr);
  assert.equal(many!.status, 1);
  assert.equal(many!.stdout, one!.stdout);
  assert.equal((JSON.parse(many!.stdout) as unknown[]).length, 3);
});

test('the library API: lint, readModel and formatters, with types that stand alone', () => {
  const script = `
    const pm = require('postmortem-lint');
    const text = require('fs').readFileSync('incident-postmortem.md', 'utf8');
    const r = pm.lint(text, { config: { rules: { 'task-owner': 'error', 'no-such-rule': 'off' } } });
    const m = pm.readModel(text);
    console.log(JSON.stringify({
      postmortem: r.postmortem, rules: r.findings.map((f) => f.rule), problems: r.configProblems,
      docs: r.findings[0].docsUrl, title: m.title.text, entries: m.timeline.map((e) => e.time),
      junit: pm.formatters.junit([{ file: 'x.md', findings: r.findings }]).startsWith('<?xml'),
      names: Object.keys(pm.formatters),
    }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' })) as Record<string, unknown>;
  assert.equal(out.postmortem, true);
  assert.ok((out.rules as string[]).includes('timeline-order') && (out.rules as string[]).includes('task-owner'));
  assert.equal((out.problems as string[]).length, 1, 'the unknown rule is reported');
  assert.match(out.docs as string, /^https:\/\/github\.com\/postmortem-tools\/postmortem-lint\/blob\/main\/docs\/rules\/[a-z-]+\.md$/);
  assert.equal(out.title, 'Postmortem: checkout errors on May 9, 2024');
  assert.deepEqual(out.entries, ['10:00', '10:20', '10:05']);
  assert.equal(out.junit, true);
  assert.deepEqual(out.names, ['stylish', 'json', 'sarif', 'github', 'junit']);

  // A TypeScript user resolving through `exports` (node16) gets the types, and misuse fails.
  writeFileSync(join(project, 'use.ts'), `import { lint, formatters, type Finding } from 'postmortem-lint';\nconst f: Finding[] = lint('# x').findings;\nexport const s: string = formatters.sarif([{ file: 'x.md', findings: f }]);\n`);
  writeFileSync(join(project, 'bad.ts'), `import { lint } from 'postmortem-lint';\nexport const n: number = lint('# x').findings;\n`);
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const tsconfig = (file: string) => JSON.stringify({ compilerOptions: { noEmit: true, strict: true, module: 'node16', moduleResolution: 'node16', types: [] }, files: [file] });
  writeFileSync(join(project, 'tsconfig.good.json'), tsconfig('use.ts'));
  writeFileSync(join(project, 'tsconfig.bad.json'), tsconfig('bad.ts'));
  const good = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.good.json'], { cwd: project, encoding: 'utf8' });
  assert.equal(good.status, 0, good.stdout);
  const bad = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.bad.json'], { cwd: project, encoding: 'utf8' });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stdout, /not assignable to type 'number'/);
});

test('the postmortem-language-server bin speaks LSP over stdio: diagnostics and hover', { timeout: 60_000 }, async () => {
  const bin = join(project, 'node_modules', '.bin', 'postmortem-language-server');
  const proc = spawn(bin, [], { cwd: project, stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  try {
    const uri = pathToFileURL(join(project, 'incident-postmortem.md')).href;
    const pushed = new Promise<PublishDiagnosticsParams>((resolve) => {
      conn.onNotification(PublishDiagnosticsNotification.type, (p) => { if (p.uri === uri && p.diagnostics.length > 0) resolve(p); });
    });
    conn.listen();
    await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(project).href, capabilities: {}, workspaceFolders: null });
    await conn.sendNotification(InitializedNotification.type, {});
    await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: POSTMORTEM } });
    const p = await pushed;
    const order = p.diagnostics.find((d) => d.code === 'timeline-order');
    assert.ok(order, JSON.stringify(p.diagnostics.map((d) => d.code)));
    // The docs link points at the page installed with the package.
    const href = order.codeDescription?.href ?? '';
    assert.ok(href.startsWith('file://') && statSync(new URL(href)).isFile(), href);
    const hover = await conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 10, character: 3 } });
    assert.ok(hover !== null, 'a hover on a timeline entry');
  } finally {
    conn.dispose();
    proc.kill();
  }
});
