import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../../../', import.meta.url);
const read = (rel: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(rel, root), 'utf8')) as Record<string, unknown>;

test('package.json contributes the injection grammar and the snippets, at paths that exist', () => {
  const contributes = read('package.json').contributes as { grammars: { scopeName: string; path: string; injectTo: string[] }[]; snippets: { language: string; path: string }[] };
  const grammar = contributes.grammars.find((g) => g.scopeName === 'markdown.postmortem.injection');
  assert.ok(grammar, 'grammar contribution');
  assert.deepEqual(grammar.injectTo, ['text.html.markdown']);
  assert.equal(read(grammar.path).scopeName, grammar.scopeName);
  const snippets = contributes.snippets.find((s) => s.path === './snippets/postmortem.code-snippets');
  assert.equal(snippets?.language, 'markdown');
  assert.ok(existsSync(new URL(snippets.path, root)));
});
