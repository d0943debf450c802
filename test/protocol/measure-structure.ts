/**
 * Issue 11's structure figures (not a test: `node --import tsx test/protocol/measure-structure.ts [N]`).
 * Writes N (default 1000) postmortems of 80 lines with ../shared/bench/gen-postmortem.mjs
 * into a temporary workspace, starts the server on it, opens one and times document
 * symbols, the first workspace/symbol (which builds the workspace index), a second one,
 * references of an owner and its rename across the workspace; prints the server's RSS.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, ROOT } from './client';

const n = Number(process.argv[2] ?? 1000);
const gen = join(ROOT, '..', 'shared', 'bench', 'gen-postmortem.mjs');
const ws = mkdtempSync(join(tmpdir(), 'pm-measure-structure-'));
mkdirSync(join(ws, 'postmortems'));
for (let i = 1; i <= n; i++) execFileSync(process.execPath, [gen, '--lines', '80', '--seed', String(i), '--out', join(ws, 'postmortems', `pm-${i}.md`)]);

const file = join(ws, 'postmortems', 'pm-1.md');
const uri = pathToFileURL(file).href;
const text = readFileSync(file, 'utf8');
const lines = text.split('\n');
const line = lines.findIndex((l) => /\(owner: @\w+/.test(l));
const handle = /@(\w+)/.exec(lines[line] ?? '')?.[1] ?? 'carol';
const position = { line, character: (lines[line] ?? '').indexOf(`@${handle}`) + 2 };

async function timed<T>(what: string, p: () => Promise<T>, say: (r: T) => string = () => ''): Promise<T> {
  const t0 = performance.now();
  const r = await p();
  console.log(`${what}: ${(performance.now() - t0).toFixed(0)} ms ${say(r)}`);
  return r;
}

void (async () => {
  const c = await LspClient.start({ pull: true, workspaceFolder: ws });
  try {
    await c.open(uri, text);
    const rss = (): string => readFileSync(`/proc/${String(c.proc.pid)}/status`, 'utf8').split('\n').filter((l) => /VmRSS|VmHWM/.test(l)).map((l) => l.replace(/\s+/g, ' ')).join(', ');
    await timed('documentSymbol', () => c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } }), (r) => `(${r.length} top-level)`);
    await timed(`workspace/symbol, first (builds the index of ${n} files)`, () => c.guard(c.request<unknown[]>('workspace/symbol', { query: '2023' }), 'workspace/symbol', 300_000), (r) => `(${r.length} found) ${rss()}`);
    await timed('workspace/symbol, again', () => c.request<unknown[]>('workspace/symbol', { query: '2023' }));
    await timed(`references @${handle}`, () => c.guard(c.request<unknown[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }), 'references', 300_000), (r) => `(${r.length})`);
    await timed(`rename @${handle}`, () => c.guard(c.request<{ documentChanges: unknown[] }>('textDocument/rename', { textDocument: { uri }, position, newName: `${handle}-sre` }), 'rename', 300_000), (r) => `(${r.documentChanges.length} documents) ${rss()}`);
  } finally {
    await c.shutdown();
    rmSync(ws, { recursive: true, force: true });
  }
})();
