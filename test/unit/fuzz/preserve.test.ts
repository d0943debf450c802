/** The preservation checks themselves: a check that cannot fail is a defect. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lostLinks, lostWords } from './preserve';

test('lostWords: insertions and markup are allowed, deletions and reorders are not', () => {
  assert.deepEqual(lostWords('**Summary:** we rolled back', '## Summary\n\nwe rolled back'), []);
  assert.deepEqual(lostWords('- [x ] Add alerts', '- [x] Add alerts'), []);
  assert.deepEqual(lostWords('13:20 PM deploy', '13:20 deploy'), []);
  assert.deepEqual(lostWords('- 00:00 AM: start', '- 12:00 AM: start'), []);
  assert.deepEqual(lostWords('3:AM paging', '3:00 AM paging'), []);
  assert.deepEqual(lostWords('x0:00 AM paging', 'x0:00 paging'), []);
  assert.deepEqual(lostWords('**Timeline 2024-02-30:**', '## Timeline 2024-02-30'), []);
  assert.deepEqual(lostWords('13:20PM deploy', 'deploy'), ['\u2460']);
  assert.deepEqual(lostWords('Timeline', '## Timeline (UTC)'), []);
  assert.deepEqual(lostWords('1. **Remediation:**', '### Remediation'), []);
  assert.deepEqual(lostWords('<p><strong>Tasks:</strong></p>', '## Tasks'), []);
  assert.deepEqual(lostWords('*The Fix: A Long Night*', '## The Fix'), ['a', 'long', 'night']);
  assert.deepEqual(lostWords('Timeline (all times UTC)', '## Timeline (UTC)'), ['all', 'times']);
  assert.deepEqual(lostWords('one two three', 'one three'), ['two']);
  assert.deepEqual(lostWords('one two', 'two one'), ['two']);
  assert.deepEqual(lostWords('Café 42', 'café'), ['42']);
});

test('lostLinks: a link that no longer renders, or lost its text or target, is lost', () => {
  assert.deepEqual(lostLinks('- [Summary](#summary)', '## [Summary] (#summary)'), ['link #summary Summary']);
  assert.deepEqual(lostLinks('![Graph](g.png)', '![Chart](g.png)'), ['image g.png Graph']);
  assert.deepEqual(lostLinks('see [doc](a) and [doc](a)', 'see [doc](a)'), ['link a doc']);
  assert.deepEqual(lostLinks('**Summary** see [doc](x)', '## Summary\n\nsee [doc](x)'), []);
  assert.deepEqual(lostLinks('[a][r]\n\n[r]: http://x', '[a][r]'), ['linkref r a', 'definition r http://x']);
});
