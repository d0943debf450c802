/**
 * The quick-fix menu on a task line (issue 10, item 4): one finding for the missing owner and
 * due date, its one fix first and preferred, and at most two "Disable" entries per line even
 * when several rules report on it. Real server process, real code-action requests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { CodeAction, Command, Diagnostic } from 'vscode-languageserver-protocol/node';
import { FIXTURES, LspClient, fixtureUri, isCodeAction } from './client';
import { readFixtureDocument } from '../unit/fixture-harness';

const URI = fixtureUri('task-menu.md');
const TEXT = readFixtureDocument(join(FIXTURES, 'task-menu.md'));
const lineOf = (prefix: string): number => TEXT.split('\n').findIndex((l) => l.startsWith(prefix));

const onLine = (ds: readonly Diagnostic[], line: number): Diagnostic[] => ds.filter((d) => d.range.start.line === line);
const titles = (as: readonly (CodeAction | Command)[]): string[] => as.map((a) => a.title);

async function menu(c: LspClient, ds: readonly Diagnostic[], line: number): Promise<(CodeAction | Command)[]> {
  const here = onLine(ds, line);
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  return c.codeActions(URI, range, here);
}

for (const snippets of [true, false]) {
  test(`a task without owner and due date: one finding, its fix first and preferred, two disable entries (snippets ${snippets ? 'on' : 'off'})`, async () => {
    const c = await LspClient.start({ pull: true, initializationOptions: { snippetFixes: snippets } });
    try {
      await c.open(URI, TEXT);
      const ds = await c.pull(URI);
      const line = lineOf('- [ ] Add a disk usage alert');
      const here = onLine(ds, line);
      assert.deepEqual(here.map((d) => d.code), ['task-owner'], 'one finding for both missing fields');
      assert.equal((here[0]?.message.match(/Add a disk usage/g) ?? []).length, 1, 'the task quoted once');
      const actions = await menu(c, ds, line);
      assert.deepEqual(titles(actions), ['Add an owner and a due date', 'Disable task-owner for this line', 'Disable task-owner for this file']);
      const first = actions[0];
      assert.ok(first && isCodeAction(first) && first.isPreferred === true, 'the real fix is first and preferred');
    } finally {
      await c.shutdown();
    }
  });
}

test('a line with two findings still has two disable entries, naming both rules, after both fixes', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    await c.open(URI, TEXT);
    const ds = await c.pull(URI);
    const line = lineOf('- [ ] Look into it');
    assert.deepEqual(onLine(ds, line).map((d) => String(d.code)).sort(), ['task-actionable', 'task-owner']);
    const actions = await menu(c, ds, line);
    const disables = titles(actions).filter((t) => t.startsWith('Disable'));
    assert.equal(disables.length, 2, titles(actions).join(' | '));
    assert.ok(disables.every((t) => t.includes('task-owner') && t.includes('task-actionable')), disables.join(' | '));
    const firstDisable = titles(actions).findIndex((t) => t.startsWith('Disable'));
    assert.ok(titles(actions).slice(firstDisable).every((t) => t.startsWith('Disable')), 'every real fix comes before the disable entries');
    assert.equal(titles(actions)[0], 'Add an owner and a due date');
    // The one line directive silences both findings.
    const lineDisable = actions.find((a) => a.title.endsWith('for this line'));
    assert.ok(lineDisable && isCodeAction(lineDisable));
    const change = lineDisable.edit?.documentChanges?.[0];
    assert.ok(change && 'edits' in change);
    assert.match(change.edits[0]?.newText ?? '', /postmortem-disable-line task-owner task-actionable|postmortem-disable-line task-actionable task-owner/);
  } finally {
    await c.shutdown();
  }
});
