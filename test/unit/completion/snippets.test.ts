// Issue 10, item 9: the pm- templates and entry snippets are completion items from the
// server, so every LSP editor has them: snippet text where the client supports it, plain
// text (defaults filled in) otherwise, both from the same source as the VS Code file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { completionsAt, type Completion, type SnippetOptions } from '../../../server/src/service/language/completion/index';
import { buildSnippetFile } from '../../../server/src/service/language/templates';
import { dateVariables, expandSnippet, substituteVariables } from '../../../server/src/service/language/snippet/syntax';
import { ALL_RULES } from '../../../server/src/service/rules/index';

const config = resolveConfig([]);
const rules = ALL_RULES.map((r) => r.meta);
const variables = dateVariables(new Date(2024, 4, 7, 9, 5));

function at(docWithCursor: string, snippets: SnippetOptions | null): Completion[] {
  const offset = docWithCursor.indexOf('|');
  const text = docWithCursor.slice(0, offset) + docWithCursor.slice(offset + 1);
  const a = analyze(text, { path: 'notes/new.md', config });
  return completionsAt({ parsed: a, postmortem: a.detection.postmortem, config, rules, snippets }, a.source.positionAt(offset));
}

test('`pm-` at a line start offers every snippet of the VS Code file, in an empty file that is no postmortem yet', () => {
  const cs = at('pm-|', { snippetSupport: true, variables });
  assert.deepEqual(cs.map((c) => c.label), Object.values(buildSnippetFile()).map((s) => s.prefix));
  assert.ok(cs.every((c) => c.kind === 'snippet' && c.snippet === true));
  assert.deepEqual(cs[0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });
  const action = cs.find((c) => c.label === 'pm-action');
  assert.equal(action?.newText, '- [ ] ${1:[describe the action]} (owner: ${2:[name the owner]}, due ${3:yyyy-mm-dd})${0}');
  const template = cs.find((c) => c.label === 'pm-template');
  assert.ok(template?.newText.includes('On 2024-05-07, from ${3:hh:mm}'), 'date variables resolved, tab stops kept');
  assert.doesNotMatch(template?.newText ?? '', /\$CURRENT_/);
});

test('without snippet support the text is plain: defaults in, no tab stop syntax', () => {
  const cs = at('pm-act|', { snippetSupport: false, variables });
  const action = cs.find((c) => c.label === 'pm-action');
  assert.equal(action?.newText, '- [ ] [describe the action] (owner: [name the owner], due yyyy-mm-dd)');
  assert.equal(action?.snippet, undefined);
  const template = cs.find((c) => c.label === 'pm-template')?.newText ?? '';
  assert.match(template, /^# Postmortem: \[name the incident in a few words\]\n/);
  assert.match(template, /^## Timeline \(UTC\)$/m);
  assert.doesNotMatch(template, /\$\{?\d/);
});

test('not offered in the middle of a line, after other words, or when the client has its own copy', () => {
  assert.deepEqual(at('We use pm-|', { snippetSupport: true, variables }), []);
  assert.deepEqual(at('pm-|x', { snippetSupport: true, variables }), []);
  assert.deepEqual(at('pm-|', null), []);
});

test('substituteVariables keeps tab stops, choices and escapes, and expands to what expandSnippet gives', () => {
  const body = '${1:a \\} b} $CURRENT_YEAR ${2|x,y\\,z|} \\$5 ${3:$CURRENT_MONTH}$0';
  const out = substituteVariables(body, variables);
  assert.equal(out, '${1:a \\} b} 2024 ${2|x,y\\,z|} \\$5 ${3:05}${0}');
  assert.equal(expandSnippet(out, { variables: {} }), expandSnippet(body, { variables }));
});
