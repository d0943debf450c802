/**
 * section-style's safe fix keeps every word of the line it turns into a heading (issue 9,
 * item 1): a header read from the first words of a longer line, or with a zone read out of
 * a longer parenthesis, is written whole, not cut to what was read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { applyEdits, fixAllEdits } from '../../../server/src/service/rules/fixes/fix-all';
import { lostWords } from '../fuzz/preserve';

const config = resolveConfig([]);

const DOC = [
  '# Postmortem: Search index rebuild', '',
  '*Issue Summary:*', '', 'On 2024-06-11 from 08:00 to 09:10 UTC, search returned stale results for 30% of queries.', '',
  '**Timeline (all times UTC):**', '', '- 08:00 Stale results reported.', '- 09:10 Rebuild finished, resolved.', '',
  '*Root Cause: A Tale of Two Indexes*', '', 'Two rebuilds wrote to the same alias.', '',
  '*Lessons Learned: What We Would Do Again (and What Not)*', '', 'Alias swaps need a lock.', '',
].join('\n');

test('section-style headings keep every word of the header line', () => {
  const a = analyze(DOC, { path: 'postmortems/p.md', config, forced: true });
  const style = a.findings.filter((f) => f.rule === 'section-style');
  assert.ok(style.length >= 3, style.map((f) => f.message).join('\n'));
  const fixed = applyEdits(DOC, fixAllEdits(a.findings), (p) => a.source.offsetAt(p));
  assert.deepEqual(lostWords(DOC, fixed), []);
  assert.ok(fixed.includes('## Root Cause: A Tale of Two Indexes'), fixed);
});
