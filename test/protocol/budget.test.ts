/**
 * Issue 9 item 5: a large document neither starves the others nor exhausts the server.
 * Above the size budget (`postmortem.maxFileSize`) a document gets one `file-too-large`
 * diagnostic and is not parsed; below it, a long document is analysed in steps, so a small
 * document asked for afterwards is answered first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, fixtureUri } from './client';
import { POSTMORTEM, POSTMORTEM_TEXT, codes, has } from './fixture';

const BIG = fixtureUri('big-postmortem.md');

/** A postmortem of about `kb` kilobytes: a long timeline (the file does not exist on disk). */
function bigPostmortem(kb: number): string {
  const head = '# Postmortem: queue backlog\n\n## Summary\n\nFrom 10:00 to 14:00 UTC 30% of jobs were delayed.\n\n## Timeline\n\n';
  const lines: string[] = [];
  let length = head.length;
  for (let i = 0; length < kb * 1024; i++) {
    const line = `- ${String(10 + (Math.floor(i / 60) % 4)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} UTC: worker ${i} drained its part of the queue.`;
    lines.push(line);
    length += line.length + 1;
  }
  return `${head}${lines.join('\n')}\n`;
}

test('a document over postmortem.maxFileSize gets one file-too-large diagnostic, and a small one is linted as usual', async () => {
  const c = await LspClient.start({ pull: true, configuration: true });
  try {
    c.settings = { maxFileSize: 64 };
    await c.open(BIG, bigPostmortem(100));
    const ds = await c.pull(BIG);
    assert.deepEqual(codes(ds), ['file-too-large'], `got [${codes(ds).join(', ')}]`);
    assert.match(ds[0]?.message ?? '', / KB, over the size budget of 64 KB/);
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const small = await c.pull(POSTMORTEM);
    assert.ok(has(small, 'heading-syntax') && !has(small, 'file-too-large'), `got [${codes(small).join(', ')}]`);
  } finally {
    await c.shutdown();
  }
});

test('a long document asked for first does not hold up a small one: the small one is answered before it', async () => {
  const c = await LspClient.start({ pull: true, configuration: true });
  try {
    await c.open(BIG, bigPostmortem(400));
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const order: string[] = [];
    const big = c.pull(BIG).then((ds) => { order.push('big'); return ds; });
    const small = c.pull(POSTMORTEM).then((ds) => { order.push('small'); return ds; });
    const [bigDs, smallDs] = await Promise.all([big, small]);
    assert.ok(has(smallDs, 'heading-syntax'), `small: [${codes(smallDs).join(', ')}]`);
    assert.ok(!has(bigDs, 'file-too-large'), 'the long document is within the default budget and linted');
    assert.deepEqual(order, ['small', 'big']);
  } finally {
    await c.shutdown();
  }
});
