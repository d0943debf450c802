// Issue 10, items 4 and 5 (runs inside VS Code through the e2e probe): a postmortem written
// as plain lines gets run-on-list warnings (visible in Problems, unlike the section-style
// hint); "Convert to Markdown headings and lists" is offered on the title line (a
// document-level action) and rewrites the document into headings and list items; the
// Markdown preview then shows list items. Before converting, the quick-fix menu of a bare
// task line is collected: one real fix first, two Disable entries.
// Returns plain JSON for test/e2e/vscode-convert.test.ts.
'use strict';

const TEXT = [
  'Postmortem: login page timeouts',
  '',
  'Summary:',
  'On 2024-04-02 from 08:00 to 08:45 UTC, 30% of logins timed out. The root cause was an exhausted connection pool.',
  'Timeline:',
  '08:00 UTC: An alert reported slow logins.',
  '08:15 UTC: The engineer found the session store pool exhausted.',
  '08:30 UTC: The pool size was raised and the service restarted.',
  '08:45 UTC: Logins recovered and the incident was resolved.',
  'Root Cause:',
  'A retry loop held connections open until the pool ran dry.',
  'Corrective and Preventative Measures:',
  'Cap retries in the login service.',
  'Alert when the pool is 90% used.',
  'Tasks:',
  'Add a retry cap to the login client.',
  'Write an alert on session store pool usage.',
  '',
].join('\n');

const ours = (ds) => ds.filter((d) => d.source === 'postmortem');
const TITLE = 'Convert to Markdown headings and lists';

exports.run = async (vscode, h) => {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const uri = vscode.Uri.joinPath(folder, 'postmortems', 'plain-lines-e2e.md');
  await vscode.workspace.fs.writeFile(uri, Buffer.from(TEXT, 'utf8'));
  await h.open(uri);
  const before = await h.waitForDiagnostics(uri, (ds) => ours(ds).some((d) => d.code === 'run-on-list'), 60000);
  await h.screenshotRequest('run-on-warnings', { waitFor: '.squiggly-warning' });

  // The quick-fix menu on the first task line (line 16).
  const taskLine = 15;
  const taskMenu = await h.codeActions(uri, new vscode.Range(taskLine, 0, taskLine, 5), 'quickfix');

  // The document-level action, asked for on the title line where no finding is.
  const onTitle = await h.codeActions(uri, new vscode.Range(0, 0, 0, 0));
  const convert = onTitle.find((a) => a.title === TITLE) || null;
  const applied = convert ? await h.applyCodeAction(convert) : false;
  const textAfter = applied ? await h.waitForText(uri, (t) => t.includes('## Timeline'), 60000) : null;
  const after = await h.waitForDiagnostics(uri, (ds) => !ours(ds).some((d) => d.code === 'run-on-list'), 60000);
  await h.screenshotRequest('after-convert');
  await h.executeCommand('markdown.showPreviewToSide', uri);
  const previewItems = (await h.waitForDom('.markdown-body li', 30000)).map((m) => m.text.trim());
  const previewHeadings = h.dom ? (await h.dom('.markdown-body h2')).map((m) => m.text.trim()) : [];
  await h.screenshotRequest('preview-converted');
  return {
    textBefore: TEXT,
    before: ours(before).map((d) => ({ code: d.code, severity: d.severity, line: d.range.start.line, message: d.message })),
    taskMenu: taskMenu.map((a) => ({ title: a.title, isPreferred: a.isPreferred === true })),
    onTitle: onTitle.map((a) => ({ title: a.title, kind: a.kind || '' })),
    applied,
    textAfter,
    codesAfter: ours(after).map((d) => d.code),
    previewItems,
    previewHeadings,
  };
};
