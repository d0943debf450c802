#!/usr/bin/env node
// Workspace-diagnostics benchmark of the built language server (not part of `npm test`;
// run `npm run build` first). Writes N generated postmortems (test/bench/gen-postmortem.mjs,
// a different seed each) into a temp workspace, starts `node dist/server.js --stdio` as a
// VS Code-like pull client would (window.workDoneProgress, a partial-result token), and times:
//   first   the first workspace/diagnostic (every file read and linted) to its answer,
//   again   the next one with the result ids it got (every file `unchanged`),
//   changed one file rewritten on disk + didChangeWatchedFiles, then a pull (one re-lint).
// Server RSS (VmRSS now, VmHWM peak) is read from /proc before and after the first scan.
// With --typing, an open document is edited once every --interval ms during the first scan
// and each keystroke's document pull is timed (does the scan block typing?).
//
//   node test/bench/workspace-scan.mjs [--files 1000] [--size small|medium] [--typing] [--interval 100]
//                                      [--server "node dist/server.js --stdio"] [--keep]
//
// Prints one JSON line (and a short table on stderr).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  ShutdownRequest, ExitNotification, WorkspaceDiagnosticRequest, DocumentDiagnosticRequest, DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
} from 'vscode-languageserver-protocol/node.js';
import { generatePostmortem } from './gen-postmortem.mjs';

const root = new URL('../..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    size: { type: 'string', default: 'small' },
    typing: { type: 'boolean', default: false },
    interval: { type: 'string', default: '100' },
    server: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const N = Number(values.files);
const serverCmd = values.server ? values.server.split(/\s+/).filter(Boolean) : [process.execPath, join(root, 'dist/server.js'), '--stdio'];

const ws = mkdtempSync(join(tmpdir(), 'pm-wsscan-'));
mkdirSync(join(ws, 'postmortems'));
let bytes = 0;
for (let i = 0; i < N; i++) {
  const text = generatePostmortem({ size: values.size, seed: 1000 + i });
  bytes += text.length;
  writeFileSync(join(ws, 'postmortems', `pm-${String(i).padStart(4, '0')}.md`), text);
}
const folder = pathToFileURL(ws).href;

const proc = spawn(serverCmd[0], serverCmd.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
conn.onRequest('client/registerCapability', () => null);
conn.onRequest('window/workDoneProgress/create', () => null);
conn.onRequest('workspace/workspaceFolders', () => [{ uri: folder, name: 'bench' }]);
conn.onNotification('window/logMessage', () => undefined);
conn.listen();

/** VmRSS and VmHWM (MB) of the server process. */
function memory() {
  const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
  const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: Math.round(kb('VmRSS') / 1024), peakMB: Math.round(kb('VmHWM') / 1024) };
}

async function pullWorkspace(previous) {
  const partialResultToken = randomUUID();
  const items = [];
  const sub = conn.onProgress(WorkspaceDiagnosticRequest.partialResult, partialResultToken, (p) => items.push(...p.items));
  const t0 = performance.now();
  const r = await conn.sendRequest(WorkspaceDiagnosticRequest.type, { previousResultIds: [...previous].map(([uri, value]) => ({ uri, value })), partialResultToken });
  const ms = performance.now() - t0;
  sub.dispose();
  items.push(...r.items);
  return { ms, items };
}
const ids = (items) => new Map(items.filter((i) => i.resultId).map((i) => [i.uri, i.resultId]));
const count = (items, kind) => items.filter((i) => i.kind === kind).length;
const byRule = (items) => {
  const out = {};
  for (const i of items) for (const d of i.items ?? []) out[d.code] = (out[d.code] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort());
};
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : null; };

await conn.sendRequest(InitializeRequest.type, {
  processId: process.pid,
  rootUri: folder,
  workspaceFolders: [{ uri: folder, name: 'bench' }],
  capabilities: {
    window: { workDoneProgress: true },
    textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
    workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true } },
  },
});
await conn.sendNotification(InitializedNotification.type, {});
const idle = memory();

// --typing: one open document (outside postmortems/) edited while the scan runs.
const typed = [];
let typing = null;
if (values.typing) {
  const uri = pathToFileURL(join(ws, 'open-postmortem.md')).href;
  const text = generatePostmortem({ size: 'small', seed: 7 });
  await conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  let version = 1;
  let stop = false;
  typing = (async () => {
    while (!stop) {
      version++;
      const t0 = performance.now();
      await conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: 'x' }] });
      await conn.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      typed.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, Number(values.interval)));
    }
  })();
  typing.stop = () => { stop = true; };
}

const first = await pullWorkspace(new Map());
const afterFirst = memory();
if (typing) { typing.stop(); await typing; }
const again = await pullWorkspace(ids(first.items));
const changedFile = join(ws, 'postmortems', 'pm-0000.md');
writeFileSync(changedFile, readFileSync(changedFile, 'utf8').replace('## ', '##'));
await conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(changedFile).href, type: 2 }] });
const changed = await pullWorkspace(ids(again.items));

await conn.sendRequest(ShutdownRequest.type);
await conn.sendNotification(ExitNotification.type);
if (!values.keep) rmSync(ws, { recursive: true, force: true });

const out = {
  files: N, size: values.size, megabytes: Math.round(bytes / 1e5) / 10,
  first: { ms: Math.round(first.ms), full: count(first.items, 'full'), findings: first.items.reduce((n, i) => n + (i.items?.length ?? 0), 0), byRule: byRule(first.items) },
  again: { ms: Math.round(again.ms), unchanged: count(again.items, 'unchanged'), full: count(again.items, 'full') },
  changed: { ms: Math.round(changed.ms), full: count(changed.items, 'full'), unchanged: count(changed.items, 'unchanged') },
  memory: { idle, afterFirst },
  ...(values.typing ? { typingDuringScan: { keystrokes: typed.length, medianMs: Math.round(median(typed) ?? NaN), maxMs: Math.round(Math.max(...typed)) } } : {}),
};
console.log(JSON.stringify(out));
console.error(`${N} postmortems (${out.megabytes} MB): first scan ${out.first.ms} ms (${out.first.full} full, ${out.first.findings} findings), `
  + `again ${out.again.ms} ms (${out.again.unchanged} unchanged), one changed ${out.changed.ms} ms (${out.changed.full} full); `
  + `RSS idle ${idle.rssMB} MB, after ${afterFirst.rssMB} MB (peak ${afterFirst.peakMB} MB)`
  + (out.typingDuringScan ? `; typing during the scan: median ${out.typingDuringScan.medianMs} ms, max ${out.typingDuringScan.maxMs} ms over ${out.typingDuringScan.keystrokes} keys` : ''));
proc.kill();
