/**
 * Issue 9 item 5, the parse stage: a long document (under the size budget) is parsed piece
 * by piece with a turn of the event loop between pieces, so a small document edited and
 * asked for again and again meanwhile is answered each time before the long one's
 * diagnostics arrive. Order of replies, not the clock: ROUNDS round trips (each request sent
 * after the previous answer) need at least ROUNDS turns of the long analysis, more than a
 * parse in one go leaves (a turn before the parse, after it, after the model, and one per
 * group of rules: ~15), while the pieces of ~900 KB give ~220.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, fixtureUri } from './client';
import { POSTMORTEM, POSTMORTEM_TEXT, codes, has } from './fixture';

const BIG = fixtureUri('big-notes-postmortem.md');
const ROUNDS = 24;

/** A postmortem of about `kb` KB: a short timeline in order, then long notes (lists under day headings). */
function longPostmortem(kb: number): string {
  const parts = [
    '# Postmortem: slow exports\n\n## Summary\n\nFrom 09:00 to 11:30 UTC exports were slow for 20% of customers.\n\n',
    '## Timeline\n\n- 09:00 UTC: Latency alert fired.\n- 09:20 UTC: Export workers restarted.\n- 11:30 UTC: Latency back to normal.\n\n## Notes\n',
  ];
  let length = parts.join('').length;
  for (let day = 1; length < kb * 1024; day++) {
    const section = [`\n### Day ${day}\n\n`];
    for (let i = 0; i < 40; i++) section.push(`- Observation ${day}.${i}: queue depth ${i * 7} while export batch ${day * 100 + i} was running.\n`);
    const s = section.join('');
    parts.push(s);
    length += s.length;
  }
  return parts.join('');
}

test('a small document is answered again and again while a long one is being parsed and linted', async () => {
  const c = await LspClient.start({ pull: true, configuration: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const text = longPostmortem(900);
    assert.ok(text.length < 1024 * 1024, 'within the default size budget');
    await c.open(BIG, text);
    const order: string[] = [];
    const big = c.pull(BIG, 120_000).then((ds) => { order.push('big'); return ds; });
    for (let i = 0; i < ROUNDS; i++) {
      await c.change(POSTMORTEM, [{ text: `${POSTMORTEM_TEXT}\n<!-- edit ${i} -->\n` }]);
      const small = await c.pull(POSTMORTEM);
      assert.ok(has(small, 'heading-syntax'), `small: [${codes(small).join(', ')}]`);
      order.push('small');
    }
    const bigDs = await big;
    assert.ok(!has(bigDs, 'file-too-large'), 'the long document is linted');
    assert.deepEqual(order, [...Array<string>(ROUNDS).fill('small'), 'big'], `the long one was answered after ${order.indexOf('big')} small answers`);
  } finally {
    await c.shutdown();
  }
});
