import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snippetToText } from '../../../server/src/service/outputs/format/snippet';

test('snippet syntax becomes the text it inserts by default', () => {
  assert.equal(snippetToText('owner: ${1:@name}'), 'owner: @name');
  assert.equal(snippetToText('due: ${1:${2:2024}-01-01}$0'), 'due: 2024-01-01');
  assert.equal(snippetToText('${1|high,low|} and $1 and ${2}'), 'high and  and ');
  assert.equal(snippetToText('cost \\$5 \\} and $'), 'cost $5 } and $');
  assert.equal(snippetToText('${TM_SELECTED_TEXT:none}'), 'none');
  assert.equal(snippetToText('plain text'), 'plain text');
});

test('clients without snippet support get the plain text of a snippet fix (`Pay $5` stays `Pay $5`)', async () => {
  const { plainSnippet } = await import('../../../server/src/features/code-actions');
  const { snippetText } = await import('../../../server/src/service/rules/action-items/shared');
  for (const text of ['Pay $5 to the vendor', 'Rotate ${SECRET} keys', 'Escape \\ and } too', 'Cost $1,000 {approx}']) {
    assert.equal(plainSnippet(`- [ ] \${1:${snippetText(text)}}`), `- [ ] ${text}`, text);
  }
  assert.equal(plainSnippet(' (owner: ${1:@name})'), ' (owner: @name)');
});
