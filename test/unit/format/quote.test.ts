// quote(): what many rules' messages show of a task, a heading or a line. A long text is cut
// at a word boundary, so a message never shows half a word ("the deploy pipel…").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { quote } from '../../../server/src/service/rules/quote';

const inner = (q: string) => q.slice(1, -1);

test('quote: a long text is cut after a whole word, within the limit, then …', () => {
  const text = 'Validate the pool size in the deploy pipeline before every rollout to production';
  const q = quote(text);
  assert.equal(q, '`Validate the pool size in the deploy pipeline before every…`');
  assert.ok(inner(q).length <= 60);
  assert.equal(quote('Add a canary stage', 60), '`Add a canary stage`', 'short text is whole');
  assert.equal(quote('run `kubectl drain` on  every\n node'), "`run 'kubectl drain' on every node`", 'one line, backticks turned to quotes');
  assert.equal(quote('x'.repeat(80), 20), `\`${'x'.repeat(19)}…\``, 'one long word is cut where the limit falls');
  assert.equal(quote('Rotate the key, then restart everything now', 20), '`Rotate the key…`', 'no dangling comma before the ellipsis');
});

test('quote (property): the kept words are the text\'s first words, in full, and fit the limit', () => {
  const word = fc.string({ unit: fc.constantFrom(...'abcdefghij'), minLength: 1, maxLength: 9 });
  fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 20, max: 80 }), (words, max) => {
    const text = words.join(' ');
    const got = inner(quote(text, max));
    assert.ok(got.length <= max, got);
    if (text.length <= max) return assert.equal(got, text);
    assert.ok(got.endsWith('…'));
    const kept = got.slice(0, -1);
    assert.ok(text.startsWith(kept), kept);
    // Words under half the limit are never split: the kept part ends where a word ends.
    assert.equal(text.charAt(kept.length), ' ', `${JSON.stringify(text)} cut to ${JSON.stringify(kept)}`);
  }), { numRuns: 300 });
});
