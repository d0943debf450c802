/** Framing errors and malformed JSON on stdio: the server answers parse errors and keeps answering. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { SERVER } from './client';

function frame(o: unknown): string {
  const s = JSON.stringify(o);
  return `Content-Length: ${Buffer.byteLength(s)}\r\n\r\n${s}`;
}

/** Sends `chunks` after initialize, then a shutdown request; returns every message received. */
async function exchange(chunks: string[]): Promise<{ id?: unknown; result?: unknown; error?: { code: number } }[]> {
  const p = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  p.stdout.on('data', (b: Buffer) => { out += b.toString('utf8'); });
  const messages = (): { id?: unknown; result?: unknown; error?: { code: number } }[] => out.split(/Content-Length: \d+\r\n\r\n/).filter((s) => s !== '').map((s) => JSON.parse(s) as { id?: unknown });
  const until = async (ok: () => boolean): Promise<void> => {
    for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 25));
  };
  try {
    p.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    await until(() => messages().some((m) => m.id === 1));
    for (const c of chunks) p.stdin.write(c);
    p.stdin.write(frame({ jsonrpc: '2.0', id: 99, method: 'shutdown' }));
    await until(() => messages().some((m) => m.id === 99));
    return messages();
  } finally {
    p.kill();
  }
}

test('after a header without a valid Content-Length the server still answers', async () => {
  for (const bad of ['Content-Lenth: 5\r\n\r\nhello', 'Content-Length: abc\r\n\r\n', 'garbage without a header\r\n\r\n']) {
    const ms = await exchange([bad]);
    assert.ok(ms.some((m) => m.id === 99 && m.result === null), `${JSON.stringify(bad)}: ${JSON.stringify(ms)}`);
  }
});

test('malformed JSON gets a parse error reply (-32700, id null), and the next request an answer', async () => {
  const ms = await exchange(['Content-Length: 9\r\n\r\n{"bad": }']);
  assert.ok(ms.some((m) => m.id === null && m.error?.code === -32700), JSON.stringify(ms));
  assert.ok(ms.some((m) => m.id === 99 && m.result === null));
});
