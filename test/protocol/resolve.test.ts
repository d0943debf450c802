/**
 * Smaller messages (issue 14): diagnostics carry a handle, not their fixes; a client that
 * resolves code actions gets them without edits and fills them in with `codeAction/resolve`,
 * for the version they were offered for only; a pull answers `unchanged` while the findings
 * read the same, and the diagnostics the client holds keep their fixes meanwhile.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Command, Diagnostic, TextEdit } from 'vscode-languageserver-protocol/node';
import { LspClient, isCodeAction } from './client';
import { POSTMORTEM, POSTMORTEM_TEXT, apply, docEdit, find } from './fixture';

function actionsOnly(list: (CodeAction | Command)[]): CodeAction[] {
  return list.map((a) => {
    assert.ok(isCodeAction(a), `a Command: ${a.title}`);
    return a;
  });
}

const preferred = (list: CodeAction[]): CodeAction => {
  const a = list.find((x) => x.isPreferred === true);
  assert.ok(a, `no preferred action among ${list.map((x) => x.title).join(' | ')}`);
  return a;
};

/** The end of the first timeline entry: typing there moves no finding. */
const TYPE_AT = (() => {
  const line = POSTMORTEM_TEXT.split('\n').findIndex((l) => l.startsWith('- 09:05 UTC'));
  const character = POSTMORTEM_TEXT.split('\n')[line]?.length ?? 0;
  return { start: { line, character }, end: { line, character } };
})();

test('a diagnostic carries a few bytes of handle, not its fixes', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const ds = await c.pull(POSTMORTEM);
    assert.ok(ds.length > 0, 'the postmortem has findings');
    for (const d of ds) {
      assert.deepEqual(Object.keys(d.data as object).sort(), ['index', 'result', 'version'], JSON.stringify(d.data));
      assert.ok(JSON.stringify(d.data).length < 60, JSON.stringify(d.data));
    }
  } finally {
    await c.shutdown();
  }
});

test('a resolving client gets quick fixes without edits; codeAction/resolve fills in the edit for that version', async () => {
  const c = await LspClient.start({ pull: true, resolveCodeActions: true });
  try {
    assert.equal((c.initializeResult.capabilities.codeActionProvider as { resolveProvider?: boolean }).resolveProvider, true);
    await c.open(POSTMORTEM, POSTMORTEM_TEXT, 3);
    const d = find(await c.pull(POSTMORTEM), 'heading-syntax');
    const actions = actionsOnly(await c.codeActions(POSTMORTEM, d.range, [d]));
    assert.ok(actions.length >= 3, actions.map((a) => a.title).join(' | '));
    for (const a of actions) {
      assert.equal(a.edit, undefined, `${a.title} came with its edit`);
      assert.equal((a.data as { version: number }).version, 3);
    }
    const fix = await c.resolveCodeAction(preferred(actions));
    const e = docEdit(fix);
    assert.deepEqual(e.textDocument, { uri: POSTMORTEM, version: 3 });
    assert.ok(apply(POSTMORTEM_TEXT, e.edits as TextEdit[]).startsWith('# Checkout latency outage\n'));
    const disable = actions.find((a) => a.title === 'Disable heading-syntax for this line');
    assert.ok(disable);
    const fixedLine = apply(POSTMORTEM_TEXT, docEdit(await c.resolveCodeAction(disable)).edits as TextEdit[]);
    assert.match(fixedLine, /postmortem-disable-(?:next-)?line heading-syntax/);
    // Fix all is one action asked for on purpose: it keeps its edits.
    const [all] = actionsOnly(await c.codeActions(POSTMORTEM, d.range, [], ['source.fixAll.postmortem']));
    assert.ok(all);
    assert.equal(docEdit(all).textDocument.version, 3);
  } finally {
    await c.shutdown();
  }
});

test('push (Neovim 0.7 resolves too): pushed diagnostics carry handles; their lazy fix resolves for the pushed version', async () => {
  const c = await LspClient.start({ pull: false, resolveCodeActions: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT, 4);
    const pushed = await c.waitForPush(POSTMORTEM, (p) => p.version === 4 && p.diagnostics.length > 0);
    const d = find(pushed.diagnostics, 'heading-syntax');
    assert.deepEqual(Object.keys(d.data as object).sort(), ['index', 'result', 'version']);
    const fix = preferred(actionsOnly(await c.codeActions(POSTMORTEM, d.range, [d])));
    assert.equal(fix.edit, undefined);
    const e = docEdit(await c.resolveCodeAction(fix));
    assert.deepEqual(e.textDocument, { uri: POSTMORTEM, version: 4 });
    assert.ok(apply(POSTMORTEM_TEXT, e.edits as TextEdit[]).startsWith('# Checkout latency outage\n'));
  } finally {
    await c.shutdown();
  }
});

test('resolving an action offered for an older version returns no edit', async () => {
  const c = await LspClient.start({ pull: true, resolveCodeActions: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const d = find(await c.pull(POSTMORTEM), 'heading-syntax');
    const fix = preferred(actionsOnly(await c.codeActions(POSTMORTEM, d.range, [d])));
    await c.change(POSTMORTEM, [{ range: TYPE_AT, text: ' (rolled out to 10%)' }]);
    const resolved = await c.resolveCodeAction(fix);
    assert.equal(resolved.edit, undefined, 'an edit computed for version 2 was bound to version 1');
  } finally {
    await c.shutdown();
  }
});

test('pull: result ids, `unchanged` while the findings read the same, and the held diagnostics keep their fixes', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const first = await c.pullReport(POSTMORTEM);
    assert.equal(first.kind, 'full');
    assert.ok(first.kind === 'full' && first.resultId);
    const held: Diagnostic[] = first.items;
    const again = await c.pullReport(POSTMORTEM, first.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });
    // An edit that moves no finding: still unchanged, and the old diagnostic's fix is for the new version.
    const v = await c.change(POSTMORTEM, [{ range: TYPE_AT, text: ' (rolled out to 10%)' }]);
    assert.deepEqual(await c.pullReport(POSTMORTEM, first.resultId), { kind: 'unchanged', resultId: first.resultId });
    const fix = preferred(actionsOnly(await c.codeActions(POSTMORTEM, find(held, 'heading-syntax').range, [find(held, 'heading-syntax')])));
    assert.equal(docEdit(fix).textDocument.version, v);
    // An edit that moves the findings: a full report under a new id; the held diagnostics get nothing.
    await c.change(POSTMORTEM, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'Intro.\n\n' }]);
    const moved = await c.pullReport(POSTMORTEM, first.resultId);
    assert.equal(moved.kind, 'full');
    assert.notEqual(moved.resultId, first.resultId);
    const stale = actionsOnly(await c.codeActions(POSTMORTEM, find(held, 'checkbox-syntax').range, [find(held, 'checkbox-syntax')]));
    assert.deepEqual(stale.map((a) => a.title), []);
  } finally {
    await c.shutdown();
  }
});

test('a settings change that alters the findings of the same version starts a new result: the old diagnostics get no fix', async () => {
  const c = await LspClient.start({ pull: true, configuration: true, refreshSupport: true });
  try {
    await c.open(POSTMORTEM, POSTMORTEM_TEXT);
    const first = await c.pullReport(POSTMORTEM);
    assert.ok(first.kind === 'full');
    const old = find(first.items, 'heading-syntax');
    const refreshes = c.refreshCount;
    c.settings = { rules: { 'heading-syntax': 'error' } };
    await c.changeConfiguration({ postmortem: c.settings });
    await c.waitForRefresh(refreshes);
    const next = await c.pullReport(POSTMORTEM, first.resultId);
    assert.ok(next.kind === 'full', 'the severity changed: a full report');
    assert.notEqual(next.resultId, first.resultId);
    assert.equal(find(next.items, 'heading-syntax').severity, 1);
    assert.equal(actionsOnly(await c.codeActions(POSTMORTEM, old.range, [old])).some((a) => a.isPreferred), false);
    const fresh = find(next.items, 'heading-syntax');
    assert.ok(actionsOnly(await c.codeActions(POSTMORTEM, fresh.range, [fresh])).some((a) => a.isPreferred));
  } finally {
    await c.shutdown();
  }
});
