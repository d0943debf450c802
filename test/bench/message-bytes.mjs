#!/usr/bin/env node
// Bytes of diagnostics per keystroke, and the server's CPU for its first diagnostics (issue 14).
// Not part of `npm test`; needs a built server (`npm run build`).
//
//   node test/bench/message-bytes.mjs [--lines 10000] [--edits 10] [--pull] [--server dist/server.js]
//
// Starts `node <server> --stdio`, opens a generated postmortem (test/bench/gen-postmortem.mjs),
// then types one character at a time at the end of its middle line, waiting for each
// keystroke's diagnostics (a push, or a pull answering the previous result id). Prints one
// JSON line: initialize's CPU, didOpen -> first diagnostics (ms and server CPU ms, from
// /proc, 10 ms resolution), the first report's bytes and the median bytes per keystroke
// (a pull's `unchanged` report counts its own few bytes).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generatePostmortem } from './gen-postmortem.mjs';

const { values } = parseArgs({ options: { lines: { type: 'string', default: '10000' }, edits: { type: 'string', default: '10' }, pull: { type: 'boolean', default: false }, server: { type: 'string', default: 'dist/server.js' } } });
const text = generatePostmortem({ lines: Number(values.lines) });
const root = 'file:///bench';
const uri = `${root}/postmortems/postmortem-${values.lines}.md`;
const proc = spawn(process.execPath, [values.server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });

const cpuMs = () => {
  const st = readFileSync(`/proc/${proc.pid}/stat`, 'utf8');
  const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};

let buf = Buffer.alloc(0);
let id = 0;
const pending = new Map();
let onPush = () => {};
const send = (msg) => {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg }));
  proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  proc.stdin.write(body);
};
proc.stdout.on('data', (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  for (;;) {
    const head = buf.indexOf('\r\n\r\n');
    if (head < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, head).toString())?.[1]);
    if (buf.length < head + 4 + length) return;
    const msg = JSON.parse(buf.subarray(head + 4, head + 4 + length).toString());
    buf = buf.subarray(head + 4 + length);
    msg.bytes = length;
    if (msg.method && msg.id !== undefined) send({ id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => null) : null });
    else if (msg.method === 'textDocument/publishDiagnostics') onPush(msg);
    else if (msg.id !== undefined) { pending.get(msg.id)?.(msg); pending.delete(msg.id); }
  }
});
const request = (method, params) => new Promise((resolve) => { const n = ++id; pending.set(n, resolve); send({ id: n, method, params }); });

await request('initialize', {
  processId: process.pid,
  rootUri: root,
  workspaceFolders: [{ uri: root, name: 'bench' }],
  capabilities: {
    workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
    textDocument: {
      publishDiagnostics: { versionSupport: true, dataSupport: true, relatedInformation: true, codeDescriptionSupport: true },
      codeAction: { dataSupport: true, resolveSupport: { properties: ['edit'] }, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      ...(values.pull ? { diagnostic: {} } : {}),
    },
  },
});
const initCpuMs = cpuMs();
send({ method: 'initialized', params: {} });

let resultId;
const diagnostics = (version) => (values.pull
  ? request('textDocument/diagnostic', { textDocument: { uri }, ...(resultId ? { previousResultId: resultId } : {}) }).then((m) => { resultId = m.result?.resultId ?? resultId; return m; })
  : new Promise((resolve) => { onPush = (m) => { if (m.params.uri === uri && m.params.version >= version) resolve(m); }; }));

let version = 1;
const t0 = performance.now();
const c0 = cpuMs();
const pushed = values.pull ? null : diagnostics(version);
send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version, text } } });
const first = await (pushed ?? diagnostics(version));
const openMs = performance.now() - t0;
const openCpuMs = cpuMs() - c0;

const lines = text.split('\n');
const line = Math.floor(lines.length / 2);
let character = lines[line].length;
const sizes = [];
for (let k = 0; k < Number(values.edits); k++) {
  version++;
  const next = values.pull ? null : diagnostics(version);
  send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }] } });
  character++;
  sizes.push((await (next ?? diagnostics(version))).bytes);
}
sizes.sort((a, b) => a - b);
console.log(JSON.stringify({ lines: Number(values.lines), mode: values.pull ? 'pull' : 'push', initCpuMs, openMs: Math.round(openMs), openCpuMs, openBytes: first.bytes, keystrokeBytesMedian: sizes[Math.floor(sizes.length / 2)] ?? null }));
await request('shutdown', null);
send({ method: 'exit' });
