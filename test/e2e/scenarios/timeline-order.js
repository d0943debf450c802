// Timeline scenario (runs inside VS Code through the e2e probe): a postmortem whose timeline
// has one entry out of order gets timeline-order; its "Sort the timeline" quick fix reorders
// the entries and keeps every line's text; the diagnostic goes away. Also collects the
// figures code lens, the step inlay hints and the hover on a time, as VS Code sees them.
// Returns plain JSON for test/e2e/vscode-timeline.test.ts.
'use strict';

const TEXT = [
  '# Postmortem: Cache stampede',
  '',
  '## Summary',
  '',
  'On 2024-02-10 from 09:00 to 09:40 UTC, 15% of API requests failed. The root cause was a shared cache expiry.',
  '',
  '## Timeline (UTC)',
  '',
  '- 09:00: Error rate alert fired for the API.',
  '- 09:20: The team found that every cache key had expired together.',
  '- 09:10: The on-call engineer began investigating.',
  '- 09:30: Cache warmed from the replica; errors dropped.',
  '- 09:40: The incident was resolved.',
  '',
  '## Root Cause',
  '',
  'All keys were written with the same expiry.',
  '',
].join('\n');

const ours = (ds) => ds.filter((d) => d.source === 'postmortem');

exports.run = async (vscode, h) => {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const uri = vscode.Uri.joinPath(folder, 'postmortems', 'timeline-order-e2e.md');
  await vscode.workspace.fs.writeFile(uri, Buffer.from(TEXT, 'utf8'));
  const doc = await h.open(uri);
  const before = await h.waitForDiagnostics(uri, (ds) => ours(ds).some((d) => d.code === 'timeline-order'), 60000);
  const diag = ours(before).find((d) => d.code === 'timeline-order');
  await h.screenshotRequest('timeline-order', { waitFor: '.squiggly-error' });
  const range = new vscode.Range(diag.range.start.line, diag.range.start.character, diag.range.end.line, diag.range.end.character);
  const actions = await h.codeActions(uri, range, 'quickfix');
  const fix = actions.find((a) => a.title.startsWith('Sort the timeline')) || null;
  const applied = fix ? await h.applyCodeAction(fix) : false;
  const textAfter = applied ? await h.waitForText(uri, (t) => t.indexOf('- 09:10') < t.indexOf('- 09:20'), 60000) : null;
  const after = await h.waitForDiagnostics(uri, (ds) => !ours(ds).some((d) => d.code === 'timeline-order'), 60000);

  const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri)) || [];
  const hints = (await vscode.commands.executeCommand('vscode.executeInlayHintProvider', uri, new vscode.Range(0, 0, doc.lineCount, 0))) || [];
  const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(9, 3))) || [];
  await h.screenshotRequest('after-sort');
  const label = (x) => (typeof x.label === 'string' ? x.label : x.label.map((p) => p.value).join(''));
  const hoverText = hovers.flatMap((x) => x.contents.map((c) => (typeof c === 'string' ? c : c.value)));
  return {
    textBefore: TEXT,
    diagnostic: { line: diag.range.start.line, message: diag.message },
    actions: actions.map((a) => a.title),
    applied,
    textAfter,
    codesAfter: ours(after).map((d) => d.code),
    lenses: lenses.map((l) => (l.command ? l.command.title : '')),
    hints: hints.map(label),
    hover: hoverText,
  };
};
