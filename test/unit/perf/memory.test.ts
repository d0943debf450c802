/**
 * Issue 9 item 5, what a document keeps alive: the tree's lists at their length, one copy of a
 * line's text shared by every memo keyed by it, and the V8 flags the server is started with.
 * Heap figures are read after full collections (a collector made callable for the test), so
 * they count live data only; each bound sits between the old cost and the new one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Memo } from '../../../server/src/service/text/memo';
import { parseWhole } from '../../../server/src/service/parse/micromark';
import nodeFlags from '../../../server/node-flags.json';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const liveHeap = (): number => { gc(); gc(); return process.memoryUsage().heapUsed; };

function measure<T>(make: () => T): { bytes: number; value: T } {
  const before = liveHeap();
  const value = make();
  return { bytes: liveHeap() - before, value };
}

test('a parsed list item with one paragraph keeps its children arrays at their length', () => {
  const lines = Array.from({ length: 4000 }, (_, i) => `- 10:${String(i % 60).padStart(2, '0')} UTC: worker ${i} drained its part of the queue.`);
  const text = `# Timeline\n\n${lines.join('\n')}\n`;
  const { bytes, value: tree } = measure(() => parseWhole(text));
  const list = tree.children[1];
  assert.equal(list?.type, 'list');
  // Measured: ~850 bytes a line at exact lengths, ~1,100 with the parser's 17-slot arrays.
  assert.ok(bytes / lines.length < 950, `${(bytes / lines.length).toFixed(0)} bytes a line`);
});

test('memos keyed by the same line text hold one copy of it, and none of the document', () => {
  const doc = Array.from({ length: 5000 }, (_, i) => `- 10:${String(i % 60).padStart(2, '0')} UTC: worker ${i} drained its part of the queue and reported back.`).join('\n');
  // Slices of the document, as the model's line texts are.
  const lines: string[] = [];
  for (let at = 0; at < doc.length;) {
    const end = doc.indexOf('\n', at) < 0 ? doc.length : doc.indexOf('\n', at);
    lines.push(doc.slice(at, end));
    at = end + 1;
  }
  const memos = Array.from({ length: 6 }, () => new Memo<number>());
  const { bytes } = measure(() => {
    for (const m of memos) for (const l of lines) m.get(l, () => 1);
    return memos;
  });
  // Measured: ~1,040 bytes a line with a copy per memo, ~445 with one shared copy (the rest
  // is the six maps' entries).
  assert.ok(bytes / lines.length < 700, `${(bytes / lines.length).toFixed(0)} bytes a line`);
  assert.equal(memos[0]?.get(lines[7] ?? '', () => 2), 1, 'still found by an equal key');
});

test('the V8 flags the server is started with are accepted by this Node and set the heap limit', () => {
  const flags: string[] = nodeFlags.execArgv;
  const r = spawnSync(process.execPath, [...flags, '-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const limit = Number(r.stdout) / 2 ** 20;
  const old = Number(/--max-old-space-size=(\d+)/.exec(flags.join(' '))?.[1]);
  assert.ok(old >= 1024, 'far above a document within the size budget');
  assert.ok(limit >= old && limit < old + 256, `heap limit ${limit.toFixed(0)} MB`);
});
