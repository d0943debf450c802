// Action-items scenario (runs inside VS Code's extension host through the e2e probe): the
// preview opens beside a postmortem and shows its measures (the uncovered one marked) and
// its tasks; it follows the active postmortem; ticking a task's checkbox in the webview
// edits the document; the Explorer's Action Items view lists open tasks; export returns
// one CSV row per task. Returns plain JSON for action-items.test.ts to assert on.
'use strict';

const PLAIN = 'postmortems/plain-lines.md';
const LIST = 'postmortems/list-sections-numbered.md';
const CHECKS = 'postmortems/checkbox-owners.md';
const texts = (ms) => ms.map((m) => m.text.replace(/\s+/g, ' ').trim());

async function shown(h) {
  return {
    title: texts(await h.dom('header h1')),
    tasks: texts(await h.dom('#tasks .task-text')),
    owners: texts(await h.dom('#tasks td.owner')),
    measures: texts(await h.dom('#measures .measure .text')),
    uncovered: texts(await h.dom('#measures .measure.uncovered .text')),
    figures: texts(await h.dom('#figures .figure dd')),
    timeline: (await h.dom('svg.timeline .tl-entry')).length,
  };
}

exports.run = async (vscode, h) => {
  const out = {};
  const plain = await h.open(PLAIN);
  await h.waitForDiagnostics(plain.uri, (ds) => ds.some((d) => d.code === 'measure-without-task'), 90000);

  await h.executeCommand('postmortem.openActionItemsPreview');
  await h.waitForDom('#tasks table.tasks tbody tr.task', 30000);
  out.plain = await shown(h);
  await h.screenshotRequest('preview-plain-lines');

  // The preview follows the active postmortem: three tasks appear for the second document.
  await h.open(LIST);
  await h.waitForDom('#tasks tbody tr.task:nth-child(3)', 30000);
  out.list = await shown(h);
  await h.screenshotRequest('preview-list-sections');

  // Ticking a checkbox in the webview edits the document (a versioned edit).
  const checks = await h.open(CHECKS);
  const box = '#tasks input[type=checkbox][data-line="9"]';
  await h.waitForDom(box, 30000);
  out.textBefore = await h.text(checks.uri);
  await h.click(box);
  out.textAfter = await h.waitForText(checks.uri, (t) => t !== out.textBefore, 30000);
  await h.waitForDom(`${box}:checked`, 30000);
  out.checks = await shown(h);
  await h.screenshotRequest('preview-after-tick');

  // The workspace tracker in the Explorer, grouped by document.
  await h.executeCommand('workbench.view.explorer');
  await h.executeCommand('postmortem.actionItems.focus');
  // Task rows carry the open-circle icon; file rows of the Explorer do not.
  await h.waitForDom('.monaco-list-row .codicon-circle-large-outline', 30000);
  out.tracker = texts(await h.dom('.monaco-list-row'));
  await h.screenshotRequest('tracker');
  // The tree virtualises its rows (a short pane shows a few), so the whole index is read
  // through the extension's language client, from the server that feeds the view.
  const client = await h.activate('postmortem-tools.postmortem-lint');
  const index = await client.sendRequest('postmortem/actionItems', {});
  out.index = index.documents.map((d) => ({ file: d.uri.split('/').pop(), tasks: d.tasks.map((t) => t.text) }));
  // The group-by-owner toggle: owner groups (person icon) replace document groups.
  await h.executeCommand('postmortem.tracker.groupByOwner');
  await h.waitForDom('.monaco-list-row .codicon-person', 30000);
  out.trackerByOwner = texts(await h.dom('.monaco-list-row'));
  await h.screenshotRequest('tracker-by-owner');

  out.csv = await h.executeCommand('postmortem.exportActionItems', { scope: 'workspace', format: 'csv' });
  return out;
};
