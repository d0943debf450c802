// The injection grammar tokenized by vscode-textmate + vscode-oniguruma, injected into a
// tiny stand-in Markdown grammar (stand-in-markdown.tmLanguage.json); markdown-real.test.ts
// runs the same cases against VS Code's own Markdown grammar when it is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CASES, QUIET, QUIET_FENCE } from './cases';
import { INJECTION_PATH, INJECTION_SCOPE, loadMarkdownGrammar, textsWithScope, tokenize } from './tokenize';

const grammarP = loadMarkdownGrammar();

test('the grammar file declares its scope name and injection selector', () => {
  const raw: unknown = JSON.parse(readFileSync(INJECTION_PATH, 'utf8'));
  assert.ok(raw && typeof raw === 'object');
  assert.equal((raw as Record<string, unknown>).scopeName, INJECTION_SCOPE);
  assert.match(String((raw as Record<string, unknown>).injectionSelector), /^L:text\.html\.markdown -comment\b/);
});

for (const c of CASES) {
  test(`${c.scope.split('.').slice(0, -1).join('.')} in ${JSON.stringify(c.line)}`, async () => {
    const [tokens = []] = tokenize(await grammarP, c.line);
    assert.deepEqual(textsWithScope(tokens, c.scope), c.expected);
  });
}

test('nothing is scoped inside inline code, fenced code or ordinary comments', async () => {
  const grammar = await grammarP;
  for (const line of [...tokenize(grammar, QUIET.join('\n')), ...tokenize(grammar, QUIET_FENCE.join('\n'))]) {
    for (const t of line) assert.ok(!t.scopes.some((s) => s.endsWith('.postmortem')), `${t.text}: ${t.scopes.join(' ')}`);
  }
});

test('the base grammar keeps its own scopes around injected tokens', async () => {
  const [heading = []] = tokenize(await grammarP, '## Timeline (UTC)');
  const zone = heading.find((t) => t.text === 'UTC');
  assert.ok(zone?.scopes.includes('markup.heading.markdown'));
  assert.ok(zone?.scopes.includes('constant.language.timezone.postmortem'));
});
