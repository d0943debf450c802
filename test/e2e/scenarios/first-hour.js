// A new user's first hour (issue 10, items 1 and 2), inside VS Code through the e2e probe:
//  1. New Postmortem writes a skeleton: placeholders for every fact, today's date, the
//     configured zone (CET, .vscode/settings.json); the placeholder rule reports them.
//  2. A short postmortem typed key by key (real key presses in Chromium, Enter included)
//     is exactly what was typed: no completion list takes an Enter. Ctrl+Space still opens
//     the missing headings, and `pm-act` + Ctrl+Space lists pm-action once.
// Returns plain JSON for test/e2e/vscode-first-hour.test.ts.
'use strict';

const ours = (ds) => ds.filter((d) => d.source === 'postmortem');

/** What the user types, line by line; Enter after each line. */
const TYPED = [
  '# Postmortem: Queue backlog on the checkout workers',
  '',
  '## Summary',
  '',
  'On 2024-05-09, from 10:00 to 10:40 UTC, 12% of checkouts were delayed. The root cause was a stuck consumer.',
  '',
  '## Timeline (UTC)',
  '',
  '- 10:00 UTC: an alert on queue depth paged the on-call engineer',
  '- 10:40 UTC: the consumer was restarted and the backlog drained',
  '',
  '## Root Cause',
  '',
  'A consumer stopped acknowledging messages after a network blip.',
  '',
  '## Action Items',
  '',
  '- [ ] Add a watchdog for stuck consumers @alice due 2024-06-01',
  'End of the typed text.',
];

/** Labels of the rows of the visible suggest widget. */
async function suggestRows(h) {
  const rows = await h.waitForDom('.suggest-widget.visible .monaco-list-row', 20000);
  return rows.map((r) => r.text.trim());
}

exports.run = async (vscode, h) => {
  // 1. New Postmortem.
  const created = await h.executeCommand('postmortem.newPostmortem', { title: 'Search latency after the index rebuild', profile: 'default' });
  if (!created) throw new Error('postmortem.newPostmortem returned no file');
  const uri = vscode.Uri.parse(created.toString());
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  const templateText = doc.getText();
  const wanted = (templateText.match(/\[(?:describe|name|link)\b[^\]]*\]|\bhh:mm\b|\byyyy-mm-dd\b/g) || []).length;
  // Nothing to wait for when the template has no placeholder (the old template): the test fails on that.
  const templateDiagnostics = wanted > 0
    ? await h.waitForDiagnostics(uri, (ds) => ours(ds).filter((d) => d.code === 'placeholder').length >= wanted, 60000)
    : h.diagnostics(uri);
  await h.executeCommand('workbench.actions.view.problems');
  await h.screenshotRequest('new-postmortem', { waitFor: '.squiggly-warning' });
  await h.executeCommand('workbench.action.closePanel');

  // 2. Typing, key by key, into a new file in postmortems/ (a postmortem by its path).
  const typedUri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'postmortems', 'typed-by-hand.md');
  await vscode.workspace.fs.writeFile(typedUri, new Uint8Array());
  const typedDoc = await vscode.workspace.openTextDocument(typedUri);
  await vscode.window.showTextDocument(typedDoc);
  await h.click('.editor-group-container.active .monaco-editor .view-lines');
  // What happened around each Enter, for the failure message: the rows of any list open
  // just before it, and whether the document then held exactly what was typed so far.
  const trace = [];
  for (const [i, line] of TYPED.entries()) {
    // 40 ms a key: faster than a person, slow enough for a list to open between keys.
    if (line) await h.typeKeys(line, 40);
    const openBefore = (await h.dom('.suggest-widget.visible .monaco-list-row')).map((r) => r.text.trim());
    await h.pressKey('Enter');
    const wanted = `${TYPED.slice(0, i + 1).join('\n')}\n`;
    // A person sees each line land before the next; waiting here also names the first Enter lost.
    const landed = await h.waitForText(typedUri, (t) => t === wanted, 10000).then(() => true, () => false);
    if (openBefore.length > 0 || !landed) trace.push({ line, openBefore, landed, text: await h.text(typedUri) });
    if (!landed) { await h.screenshotRequest('typed-diverged'); break; }
  }
  const typedText = await h.text(typedUri);
  h.log(`typed ${typedText.length} characters`);
  await h.screenshotRequest('typed-by-hand');

  // Ctrl+Space on the empty last line: the missing headings, on request.
  await h.pressKey('Control+Space');
  const invokedRows = await suggestRows(h);
  await h.screenshotRequest('ctrl-space');
  await h.pressKey('Escape');

  // pm-act + Ctrl+Space: VS Code's own snippet, once (the server sends VS Code none).
  await h.typeKeys('pm-act', 40);
  await h.pressKey('Control+Space');
  const snippetRows = await suggestRows(h);
  await h.screenshotRequest('pm-snippets');
  await h.pressKey('Escape');

  return {
    file: vscode.workspace.asRelativePath(uri),
    templateText,
    placeholdersInText: wanted,
    templateCodes: ours(templateDiagnostics).map((d) => d.code),
    placeholderLines: ours(templateDiagnostics).filter((d) => d.code === 'placeholder').map((d) => d.range.start.line),
    expectedTyped: TYPED.join('\n') + '\n',
    typedText,
    trace,
    invokedRows,
    snippetRows,
  };
};
