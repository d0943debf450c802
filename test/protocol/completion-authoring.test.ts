// Issue 10, items 2 and 9, over the wire with the real server process: only `@` triggers a
// list, no item is preselected or has commit characters, headings wait for an explicit
// request; the pm- snippets come as snippet items to a client with snippet support, as plain
// text to one without (Neovim 0.7), and not at all to VS Code, which has its own copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionTriggerKind, InsertTextFormat, type CompletionItem, type CompletionList, type CompletionContext } from 'vscode-languageserver-protocol/node';
import { LspClient, fixtureUri } from './client';

const URI = fixtureUri('completion-authoring-postmortem.md');
const TEXT = `# Postmortem: queue outage

## Timeline (UTC)

- 2024-05-09 10:00 deploy of the queue consumer

## 
pm-

`;

async function complete(c: LspClient, line: number, character: number, context?: CompletionContext): Promise<CompletionItem[]> {
  const r = await c.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri: URI }, position: { line, character }, ...(context ? { context } : {}) });
  return Array.isArray(r) ? r : (r?.items ?? []);
}

test('completion triggers: only @; a typed space after ## opens nothing, nor Ctrl+Space there; Ctrl+Space on an empty line does; nothing preselected, no commit characters', async () => {
  const c = await LspClient.start({ pull: true, completionSnippets: true });
  try {
    assert.deepEqual(c.initializeResult.capabilities.completionProvider?.triggerCharacters, ['@']);
    await c.open(URI, TEXT);
    const typed = await complete(c, 6, 3, { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' });
    assert.deepEqual(typed, [], 'a space typed after ## opens no list');
    // Invoked on `## ` (VS Code does so when its Markdown `#` trigger fires): no headings, or
    // Enter at the end of the heading would take one. Invoked on an empty line: the headings.
    const onHeading = await complete(c, 6, 3, { triggerKind: CompletionTriggerKind.Invoked });
    assert.deepEqual(onHeading.map((i) => i.label), [], 'nothing on a heading being typed');
    const invoked = await complete(c, 8, 0, { triggerKind: CompletionTriggerKind.Invoked });
    assert.ok(invoked.some((i) => i.label === 'Issue Summary'), invoked.map((i) => i.label).join(', '));
    const all = [...invoked, ...(await complete(c, 7, 3, { triggerKind: CompletionTriggerKind.Invoked }))];
    assert.ok(all.length > 0);
    for (const i of all) {
      assert.equal(i.preselect, undefined, `${i.label} is not preselected`);
      assert.equal(i.commitCharacters, undefined, `${i.label} has no commit characters`);
    }
  } finally {
    await c.shutdown();
  }
});

test('pm- completion: snippet items for a client with snippet support', async () => {
  const c = await LspClient.start({ pull: true, completionSnippets: true });
  try {
    await c.open(URI, TEXT);
    const items = await complete(c, 7, 3, { triggerKind: CompletionTriggerKind.Invoked });
    const action = items.find((i) => i.label === 'pm-action');
    assert.ok(action, items.map((i) => i.label).join(', '));
    assert.equal(action.insertTextFormat, InsertTextFormat.Snippet);
    assert.ok(action.textEdit && 'range' in action.textEdit);
    assert.match(action.textEdit.newText, /^- \[ \] \$\{1:\[describe the action\]\}/);
    assert.deepEqual(action.textEdit.range, { start: { line: 7, character: 0 }, end: { line: 7, character: 3 } });
    const template = items.find((i) => i.label === 'pm-template');
    assert.ok(template?.textEdit);
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    assert.ok(template.textEdit.newText.includes(`On ${iso}, from \${`), 'today\'s date, resolved by the server');
  } finally {
    await c.shutdown();
  }
});

test('pm- completion: plain text for a client without snippet support; none when the client has its own snippets', async () => {
  const plain = await LspClient.start({ pull: false });
  try {
    await plain.open(URI, TEXT);
    const items = await complete(plain, 7, 3);
    const action = items.find((i) => i.label === 'pm-action');
    assert.ok(action?.textEdit, items.map((i) => i.label).join(', '));
    assert.notEqual(action.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(action.textEdit.newText, '- [ ] [describe the action] (owner: [name the owner], due yyyy-mm-dd)');
  } finally {
    await plain.shutdown();
  }
  const vscodeLike = await LspClient.start({ pull: true, completionSnippets: true, initializationOptions: { snippetCompletions: false } });
  try {
    await vscodeLike.open(URI, TEXT);
    assert.deepEqual((await complete(vscodeLike, 7, 3)).filter((i) => i.label.startsWith('pm-')), []);
  } finally {
    await vscodeLike.shutdown();
  }
});
