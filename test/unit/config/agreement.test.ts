// The editor and CI agree: the same directory tree, with nested .postmortemrc.json files
// (a `root: true` one among them), yields the same (rule, line, severity) findings from the
// CLI and from the real language server spoken to over stdio as an LSP client would.
// The server runs from source (tsx), so the test never reads a stale dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, DocumentDiagnosticRequest, ShutdownRequest, ExitNotification, ConfigurationRequest,
  RegistrationRequest, DocumentDiagnosticReportKind, type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { runCli } from '../cli/run-cli';

const repo = join(import.meta.dirname, '..', '..', '..');
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

const DOC = (title: string): string => `#${title} on May 9, 2024

##

**Issue Summary:**
From 10:00 to 10:40 UTC, 20% of checkouts failed.

## Timeline
- 10:00 deploy starts
- 10:40 rollback done

## Root Cause
A config change.

## Action Items
- [] Validate the pool size
- Monitoring
<!-- postmortem-disable-next-line task-owner -->
- [ ] Add a canary stage
<!-- postmortem-disable-line section-stlye -->
`;

const TREE: Record<string, string> = {
  '.postmortemrc.json': '// repository defaults\n{ "rules": { "section-order": "warning", "task-tracking": "info" } }\n',
  'postmortems/a.md': DOC('Queue outage'),
  'postmortems/team/.postmortemrc.json': '{ "profile": "google-sre", "rules": { "heading-empty": "off", "task-owner": "error" } }',
  'postmortems/team/b.md': DOC('Cache stampede'),
  'other/.postmortemrc.json': '{ "root": true, "enable": "always", "rules": { "section-style": "error" } }',
  'other/notes.md': DOC('DNS failure'),
  'other/deeper/c.md': DOC('Disk full'),
  'README.md': '# Project\n\nNothing to see.\n#notes\n',
};

type Key = string; // "rule:line:severity", line 1-based

function makeTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pm-agree-'));
  for (const [rel, text] of Object.entries(TREE)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

function cliFindings(dir: string): Map<string, Key[]> {
  const r = runCli(['--format', 'json', '.'], dir);
  assert.equal(r.stderr, '', 'the CLI reports no configuration problem');
  const reports = JSON.parse(r.stdout) as { file: string; findings: { rule: string; line: number; severity: string }[] }[];
  return new Map(reports.map((f) => [f.file, f.findings.map((x) => `${x.rule}:${x.line}:${x.severity}`).sort()]));
}

async function serverFindings(dir: string, files: string[]): Promise<Map<string, Key[]>> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(repo, 'server', 'src', 'node', 'main.ts'), '--stdio'], { cwd: repo /* where --import tsx resolves */, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  // The editor's settings are empty: the rc files alone configure the tree, as in CI.
  conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => ({})));
  conn.onRequest(RegistrationRequest.type, () => undefined);
  conn.listen();
  const guard = <T>(p: Promise<T>, what: string): Promise<T> => new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no answer in 30 s\n${stderr}`)), 30_000);
    p.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e instanceof Error ? e : new Error(String(e))); });
  });
  try {
    const root = pathToFileURL(dir).href;
    await guard(conn.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'tree' }],
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true, workspaceFolders: true } },
    }), 'initialize');
    await conn.sendNotification(InitializedNotification.type, {});
    const out = new Map<string, Key[]>();
    for (const rel of files) {
      const uri = pathToFileURL(join(dir, rel)).href;
      await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(join(dir, rel), 'utf8') } });
      const report = await guard(conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }), `diagnostics for ${rel}`);
      const items: Diagnostic[] = report.kind === DocumentDiagnosticReportKind.Full ? report.items : [];
      out.set(rel, items.map((d) => `${String(d.code)}:${d.range.start.line + 1}:${SEVERITY[d.severity ?? 0]}`).sort());
    }
    await guard(conn.sendRequest(ShutdownRequest.type), 'shutdown');
    await conn.sendNotification(ExitNotification.type);
    return out;
  } finally {
    conn.dispose();
    proc.kill();
  }
}

test('the CLI and the language server give the same findings on the same tree with nested rc files', async (t) => {
  const dir = makeTree();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const files = Object.keys(TREE).filter((f) => f.endsWith('.md')).sort();
  const cli = cliFindings(dir);
  const server = await serverFindings(dir, files);
  for (const f of files) assert.deepEqual(server.get(f), cli.get(f) ?? [], `${f}: server vs CLI`);

  // The agreement is not vacuous: each rc layer visibly applies, in both.
  const a = cli.get('postmortems/a.md') ?? [];
  const b = cli.get('postmortems/team/b.md') ?? [];
  const c = cli.get('other/deeper/c.md') ?? [];
  assert.ok(a.includes('heading-empty:3:warning'), `a.md: ${a.join(' ')}`);
  assert.ok(!b.some((k) => k.startsWith('heading-empty:')), 'team/ turns heading-empty off');
  assert.ok(b.some((k) => /^task-owner:\d+:error$/.test(k)), 'team/ makes task-owner an error');
  assert.ok(a.some((k) => /^task-owner:\d+:warning$/.test(k)), 'outside team/, task-owner keeps its default');
  assert.ok(!a.some((k) => k.startsWith('task-owner:19:')), 'the disable-next-line comment silences task-owner on the canary task');
  assert.ok(a.includes('suppression-unknown-rule:20:warning'), 'the misspelt rule in a suppression comment is reported');
  assert.ok(b.some((k) => k.startsWith('section-missing:')) && b.length !== a.length, 'team/ uses the google-sre profile');
  assert.ok(c.some((k) => /^section-style:\d+:error$/.test(k)), 'other/ (root: true) makes section-style an error');
  assert.ok(!c.some((k) => k.startsWith('task-tracking:')), 'root: true stops the walk: the top rc file does not apply under other/');
  assert.ok(a.some((k) => k.startsWith('task-tracking:')), 'the top rc file turns task-tracking on elsewhere');
  assert.deepEqual(cli.get('README.md') ?? [], [], 'README.md is not a postmortem');
});
