// Issue 10, item 2: no list opens while the user types ordinary text, so Enter never accepts
// an item the user did not ask for. Only `@` is a trigger character; headings, zones and rule
// names wait for Ctrl+Space; headings only on an empty line or a `#` line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { TRIGGER_CHARACTERS, completionsAt, type Completion, type CompletionTrigger } from '../../../server/src/service/language/completion/index';
import { ALL_RULES } from '../../../server/src/service/rules/index';

const config = resolveConfig([]);
const rules = ALL_RULES.map((r) => r.meta);

function at(docWithCursor: string, trigger?: CompletionTrigger): Completion[] {
  const offset = docWithCursor.indexOf('|');
  const text = docWithCursor.slice(0, offset) + docWithCursor.slice(offset + 1);
  const a = analyze(text, { path: 'postmortems/x.md', config, forced: true });
  return completionsAt({ parsed: a, postmortem: a.detection.postmortem, config, rules }, a.source.positionAt(offset), trigger);
}

const DOC = `---
authors: [alice]
---
# Postmortem: queue outage

## Timeline (UTC)

- 2024-05-09 10:00 deploy of the queue consumer
`;

test('only @ is a trigger character', () => {
  assert.deepEqual([...TRIGGER_CHARACTERS], ['@']);
});

test('a typed space, # or - opens nothing: not after `## `, not after a time, not in a suppression comment', () => {
  for (const [doc, ch] of [[`${DOC}\n## |`, ' '], [`${DOC}\n#|`, '#'], [`${DOC}- 10:20 |`, ' '], [`${DOC}<!-- postmortem-|`, '-'], [`${DOC}<!-- postmortem-disable-next-line |`, ' ']] as const) {
    assert.deepEqual(at(doc, { kind: 'character', character: ch }), [], JSON.stringify(doc.slice(-30)));
  }
});

test('@ still opens the owners, and only them', () => {
  assert.deepEqual(at(`${DOC}\n## Action Items\n\n- Add a retry @|`, { kind: 'character', character: '@' }).map((c) => c.label), ['@alice']);
});

test('Ctrl+Space (invoked) on an empty line offers the headings; on `## Sum` it does not (VS Code asks every provider "invoked" when its Markdown `#` trigger fires, and Enter would take the item)', () => {
  assert.ok(at(`${DOC}\n|`, { kind: 'invoked' }).some((c) => c.newText === '## Issue Summary'));
  assert.deepEqual(at(`${DOC}\n## Sum|`, { kind: 'invoked' }).filter((c) => c.kind === 'section'), []);
});

test('no heading after plain words at a line start, even when invoked: that is a paragraph being typed', () => {
  assert.deepEqual(at(`${DOC}\nSummary|`, { kind: 'invoked' }).filter((c) => c.kind === 'section'), []);
  assert.deepEqual(at(`${DOC}\nThe team|`, { kind: 'invoked' }), []);
});
