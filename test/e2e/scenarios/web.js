// Web-extension scenario (runs in the e2e probe, in code-server's Node extension host):
// the extension under test is made to run in the browser's web-worker extension host
// (setting remote.extensionKind = ["web"], see web.test.ts), so everything asserted here
// went through dist/browser-client.js and the server in a worker (dist/browser-server.js),
// with its files read through workspace.fs. The probe sees the results across hosts:
// diagnostics, code actions and hovers are the workbench's, commands are routed by it.
// Returns plain JSON for web.test.ts.
'use strict';
const fs = require('fs');

const DOC = 'incidents/2024-03-14-queue-backlog.md';
const OTHER_TASK = 'Renew session store certificates automatically';
const texts = (ms) => ms.map((m) => m.text.replace(/\s+/g, ' ').trim());

/** Command lines of the processes that run a Node build of our server (there must be none). */
function nodeServers() {
  const out = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let cmd = '';
    try { cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' '); } catch { continue; }
    if (/dist[\\/]server\.js/.test(cmd)) out.push(cmd.trim());
  }
  return out;
}

exports.run = async (vscode, h) => {
  const out = {};
  // Nothing in the workspace matches workspaceContains: opening the document activates the
  // extension, so this is a cold start: worker host activation, worker fetch, first analysis.
  const t0 = Date.now();
  const doc = await h.open(DOC);
  out.diagnostics = await h.waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.code === 'heading-syntax'), 90000);
  out.coldStartMs = Date.now() - t0;
  h.log(`first diagnostics ${out.coldStartMs}ms after opening`);
  await h.screenshotRequest('diagnostics', { waitFor: '.squiggly-warning' });
  // The probe's own host does not have the extension: it runs in another (the worker).
  out.inProbeHost = vscode.extensions.getExtension('postmortem-tools.postmortem-lint') !== undefined;
  out.nodeServers = nodeServers();

  const readme = await h.open('README.md');
  out.readmeDiagnostics = h.diagnostics(readme.uri);
  await h.open(DOC);

  // Hover on a timeline time (line 12: `- 09:12 UTC: ...`).
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(11, 4));
  out.hover = (hovers || []).flatMap((hv) => hv.contents.map((c) => (typeof c === 'string' ? c : c.value)));

  // The preview (a webview of the client) shows the document's tasks.
  await h.executeCommand('postmortem.openActionItemsPreview');
  await h.waitForDom('#tasks table.tasks tbody tr.task', 30000);
  out.previewTitle = texts(await h.dom('header h1'));
  out.previewTasks = texts(await h.dom('#tasks .task-text'));
  await h.screenshotRequest('preview');

  // The tracker lists the tasks of a document nobody opened: found by workspace.findFiles
  // and read by workspace.fs, on the server's request.
  await h.executeCommand('workbench.view.explorer');
  await h.executeCommand('postmortem.actionItems.focus');
  await h.waitForDom(`.monaco-list-row:has-text("${OTHER_TASK}")`, 30000);
  out.tracker = texts(await h.dom('.monaco-list-row'));
  await h.screenshotRequest('tracker');
  out.csv = await h.executeCommand('postmortem.exportActionItems', { scope: 'workspace', format: 'csv' });

  // The heading-syntax quick fix.
  const syntax = out.diagnostics.find((d) => d.code === 'heading-syntax');
  out.actions = await h.codeActions(doc.uri, syntax.range, vscode.CodeActionKind.QuickFix.value);
  out.fix = out.actions.find((a) => (a.edit || []).some((f) => f.edits.some((e) => e.range.start.line === 0))) || null;
  const before = doc.getText();
  out.applied = out.fix ? await h.applyCodeAction(out.fix) : false;
  out.textAfter = out.applied ? await h.waitForText(doc.uri, (t) => t !== before, 30000) : null;
  out.diagnosticsAfter = out.applied ? await h.waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => d.code === 'heading-syntax'), 30000) : null;
  await h.screenshotRequest('after-fix');
  return out;
};
