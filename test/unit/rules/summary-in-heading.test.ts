/** summary-duration looks where a reader looks: a wordless summary followed by a heading that states the span. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';

const config = resolveConfig([]);
const rule = (text: string) => analyze(text, { path: 'postmortems/x.md', config }).findings.filter((f) => f.rule === 'summary-duration');
const doc = (heading: string) => [
  '# Postmortem: image uploads', '', '## Summary', '<img src="banner.png" width="400" />', '',
  heading, '',
  '## Timeline', '- 14:05 UTC: uploads start failing', '- 15:20 UTC: the old build is back and uploads work', '',
  '## Root Cause', 'A bad build of the resizer.', '',
].join('\n');

test('a summary that is only an image, followed by a heading giving the span: the times are there', () => {
  assert.deepEqual(rule(doc('# 2024-04-09 from 14:05 to 15:20 UTC: uploads failed for every user')), []);
});

test('the same heading without times leaves the summary without them', () => {
  assert.equal(rule(doc('# Uploads failed for every user')).length, 1);
});
