// File-events scenario (runs inside VS Code's extension host through the e2e probe): a
// postmortem written to disk, never opened, appears in the Explorer's Action Items view.
// The event reaches the server through the client's file watcher
// (workspace/didChangeWatchedFiles), no custom notification. Deletion is covered by
// test/protocol/file-events.test.ts. Returns plain JSON for vscode-file-events.test.ts.
'use strict';

const NAME = 'written-on-disk-postmortem.md';
const TASK = 'Alert when the export queue holds over ten thousand jobs';
const TEXT = `# Postmortem: export queue backlog on 2024-03-02

## Summary

On 2024-03-02 from 09:00 to 09:30 UTC the export jobs were delayed by half an hour.

## Action Items

- [ ] ${TASK} (owner: @ana)
`;
const names = (r) => r.documents.map((d) => d.uri.split('/').pop());

exports.run = async (vscode, h) => {
  const out = {};
  const client = await h.activate('postmortem-tools.postmortem-lint');
  await h.executeCommand('workbench.view.explorer');
  await h.executeCommand('postmortem.actionItems.focus');
  // The index is built on this first ask: the file is not there yet.
  out.before = names(await client.sendRequest('postmortem/actionItems', {}));
  await vscode.workspace.fs.writeFile(h.uri(NAME), Buffer.from(TEXT, 'utf8'));
  // The view re-asks when the server says its index changed.
  out.row = (await h.waitForDom(`.monaco-list-row:has-text("${TASK}")`, 30000).catch(() => [])).map((m) => m.text.replace(/\s+/g, ' ').trim());
  out.after = names(await client.sendRequest('postmortem/actionItems', {}));
  await h.screenshotRequest('tracker-after-write');
  return out;
};
