// The injection cases again, against VS Code's own Markdown grammar (markdown-basics), which
// is not an npm package: it is read from the code-server install the e2e harness makes
// (test/e2e/harness/install-code-server.sh), or from POSTMORTEM_MARKDOWN_GRAMMAR.
// Skipped, with the reason, when neither is there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CASES, QUIET, QUIET_FENCE, TIME } from './cases';
import { loadMarkdownGrammar, textsWithScope, tokenize } from './tokenize';

const grammarPath =
  process.env.POSTMORTEM_MARKDOWN_GRAMMAR ??
  join(process.env.REALCLIENTS_PREFIX ?? '/tmp/realclients', 'code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');
const skip = existsSync(grammarPath) ? false : `VS Code's Markdown grammar not found at ${grammarPath}`;

test('injection cases hold in VS Code\'s Markdown grammar', { skip }, async () => {
  const grammar = await loadMarkdownGrammar(grammarPath);
  for (const c of CASES) {
    const [tokens = []] = tokenize(grammar, c.line);
    assert.deepEqual(textsWithScope(tokens, c.scope), c.expected, `${c.scope} in ${JSON.stringify(c.line)}`);
  }
  for (const line of [...tokenize(grammar, QUIET.join('\n')), ...tokenize(grammar, QUIET_FENCE.join('\n'))]) {
    for (const t of line) assert.ok(!t.scopes.some((s) => s.endsWith('.postmortem')), `${t.text}: ${t.scopes.join(' ')}`);
  }
});

test('list markers and blockquotes keep their Markdown scopes in a real timeline', { skip }, async () => {
  const grammar = await loadMarkdownGrammar(grammarPath);
  const lines = tokenize(grammar, ['## Timeline (UTC)', '', '- 14:00: Alert fired', '- 14:30: Resolved', '', '> 12:10 PM: Paged'].join('\n'));
  const item = lines[2] ?? [];
  assert.deepEqual(textsWithScope(item, TIME), ['14:00']);
  assert.ok(item.some((t) => t.scopes.includes('markup.list.unnumbered.markdown') && t.scopes.includes(TIME)));
  const quote = lines[5] ?? [];
  assert.deepEqual(textsWithScope(quote, TIME), ['12:10 PM']);
  assert.ok(quote.some((t) => t.scopes.includes('markup.quote.markdown') && t.scopes.includes(TIME)));
});
