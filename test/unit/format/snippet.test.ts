import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snippetToText } from '../../../server/src/service/format/snippet';

test('snippet syntax becomes the text it inserts by default', () => {
  assert.equal(snippetToText('owner: ${1:@name}'), 'owner: @name');
  assert.equal(snippetToText('due: ${1:${2:2024}-01-01}$0'), 'due: 2024-01-01');
  assert.equal(snippetToText('${1|high,low|} and $1 and ${2}'), 'high and  and ');
  assert.equal(snippetToText('cost \\$5 \\} and $'), 'cost $5 } and $');
  assert.equal(snippetToText('${TM_SELECTED_TEXT:none}'), 'none');
  assert.equal(snippetToText('plain text'), 'plain text');
});
