// Workspace diagnostics and the status bar (runs inside VS Code's extension host through the
// e2e probe). The postmortem is never opened: its findings reach vscode.languages and the
// Problems panel through workspace/diagnostic alone. Then the status bar item on the README
// (not a postmortem) says why, a real click marks it (its findings appear) and a second
// click unmarks it (they go). While the first scan reads the workspace (the test adds a few
// hundred plain notes to it) the item spins. Returns plain JSON for vscode-workspace-diagnostics.test.ts.
'use strict';

const CLOSED = 'postmortems/2024-05-09-db-outage.md';
const ours = (ds) => ds.filter((d) => d.source === 'postmortem');
const text = (ms) => ms.map((m) => m.text.replace(/\s+/g, ' ').trim());
const isOpen = (vscode, uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
const ITEM = '.statusbar-item';

exports.run = async (vscode, h) => {
  const out = {};
  await h.activate('postmortem-tools.postmortem-lint');
  // Our item, spinning: VS Code's own "Activating Extensions..." spins in the status bar too.
  out.scanning = text(await h.waitForDom(`${ITEM}:has(.codicon-modifier-spin):has-text("Postmortem")`, 30000));
  await h.screenshotRequest('status-scanning');
  const closed = h.uri(CLOSED);
  const ds = await h.waitForDiagnostics(closed, (d) => ours(d).some((x) => x.code === 'heading-syntax'), 60000);
  out.closedCodes = ours(ds).map((d) => d.code).sort();
  out.openedBeforeProblems = isOpen(vscode, closed);

  await h.executeCommand('workbench.actions.view.problems');
  await h.waitForDom('.markers-panel .monaco-list-row:has-text("2024-05-09-db-outage.md")', 30000);
  out.problemRows = text(await h.dom('.markers-panel .monaco-list-row'));
  await h.screenshotRequest('problems-closed-file');
  out.openedAfterProblems = isOpen(vscode, closed);

  await h.open('README.md');
  out.notPostmortem = text(await h.waitForDom(`${ITEM}:has-text("Not a postmortem")`, 30000));
  await h.screenshotRequest('status-not-postmortem');
  await h.click(`${ITEM}:has-text("Not a postmortem") a`);
  out.marked = text(await h.waitForDom(`${ITEM}:has-text("marked as a postmortem")`, 30000));
  out.markedCodes = ours(await h.waitForDiagnostics('README.md', (d) => ours(d).length > 0, 30000)).map((d) => d.code).sort();
  await h.screenshotRequest('status-marked');
  await h.click(`${ITEM}:has-text("marked as a postmortem") a`);
  out.unmarked = text(await h.waitForDom(`${ITEM}:has-text("Not a postmortem")`, 30000));
  out.unmarkedCodes = ours(await h.waitForDiagnostics('README.md', (d) => ours(d).length === 0, 30000)).map((d) => d.code);
  return out;
};
