import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandSnippet, listTabstops, SnippetSyntaxError } from '../../../server/src/service/language/snippet/syntax';

const none = { variables: {} };

test('placeholders keep their defaults and $0 vanishes', () => {
  assert.equal(expandSnippet('a ${1:one} b ${2:two}$0', none), 'a one b two');
});

test('a mirror copies its placeholder, wherever the default is written', () => {
  assert.equal(expandSnippet('$1 and ${1:x} and $1', none), 'x and x and x');
});

test('a choice resolves to its first option, and its mirror too', () => {
  assert.equal(expandSnippet('${2|UTC,EST|} / $2', none), 'UTC / UTC');
  assert.equal(expandSnippet('${1|a\\,b,c\\|d|}', none), 'a,b');
});

test('variables resolve from the table, else their default, else their name', () => {
  const vars = { variables: { CURRENT_YEAR: '2024' } };
  assert.equal(expandSnippet('$CURRENT_YEAR ${CURRENT_YEAR} ${UNKNOWN:fallback} $OTHER', vars), '2024 2024 fallback OTHER');
});

test('nested placeholders and variables inside defaults expand', () => {
  const vars = { variables: { CURRENT_YEAR: '2024', CURRENT_MONTH: '05' } };
  assert.equal(expandSnippet('${1:due ${2:$CURRENT_YEAR-$CURRENT_MONTH}} [$2]', vars), 'due 2024-05 [2024-05]');
});

test('escapes yield the literal characters; a lone $ stays text', () => {
  assert.equal(expandSnippet('\\$1 costs $ 5 \\} ${1:a\\}b}', none), '$1 costs $ 5 } a}b');
});

test('tab stop overrides replace a default and all its mirrors', () => {
  assert.equal(expandSnippet('${1:old} $1', { variables: {}, tabstops: { 1: 'new' } }), 'new new');
});

test('transforms and unclosed placeholders are refused', () => {
  assert.throws(() => expandSnippet('${1/a/b/}', none), SnippetSyntaxError);
  assert.throws(() => expandSnippet('${1:open', none), SnippetSyntaxError);
  assert.throws(() => expandSnippet('${1|a,b', none), SnippetSyntaxError);
});

test('listTabstops reports each index with its choices', () => {
  const stops = listTabstops('${1:a} ${2|x,y|} $3 ${4:${5:n}}');
  assert.deepEqual([...stops.keys()].sort(), [1, 2, 3, 4, 5]);
  assert.deepEqual(stops.get(2)?.choices, [['x', 'y']]);
});
