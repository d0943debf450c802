/** The Action Items view's rows: the whole task, its fields and its document in the tooltip. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupRow, mdEscape, taskRow } from '../../../client/src/tracker/labels';
import type { TrackedDocument, TrackedTask } from '../../../server/src/protocol';

const LONG = 'Make the indexer skip and report any record it cannot parse instead of stopping the whole run';
const task: TrackedTask = { line: 24, text: LONG, owner: '@priya', due: '2024-03-20', priority: 'P1', status: 'open' };
const doc: TrackedDocument = { uri: 'file:///work/postmortems/2024-03-05%20search.md', title: 'Search results went stale', tasks: [task] };

test('a task row: the full text as label, owner and due as description, everything in the tooltip', () => {
  const row = taskRow(doc, task, false);
  assert.equal(row.label, LONG, 'the label is not shortened (VS Code cuts it at the pane width)');
  assert.equal(row.description, '@priya · due 2024-03-20 · P1');
  assert.equal(row.tooltip, [
    `**${mdEscape(LONG)}**`,
    'Owner: @priya · Due: 2024\\-03\\-20 · Priority: P1',
    'Search results went stale — 2024\\-03\\-05 search\\.md, line 25',
  ].join('\n\n'));
});

test('missing owner and due date are said in the tooltip; grouped by owner, the description names the file', () => {
  const bare: TrackedTask = { line: 3, text: 'Write the runbook', owner: null, due: null, priority: null, status: null };
  const row = taskRow({ ...doc, title: null }, bare, true);
  assert.equal(row.description, '2024-03-05 search.md');
  assert.match(row.tooltip, /^\*\*Write the runbook\*\*\n\nOwner: \*no owner\* · Due: \*no due date\*\n\n2024\\-03\\-05 search\\\.md, line 4$/);
  assert.doesNotMatch(row.tooltip, /Priority/);
});

test('document text cannot inject Markdown, HTML or links into the tooltip', () => {
  const evil: TrackedTask = { ...task, text: 'Fix [this](command:workbench.action.quit) <img src=x onerror=alert(1)> *now*', owner: '_@x_' };
  const row = taskRow(doc, evil, false);
  assert.ok(!row.tooltip.includes('[this](command'), row.tooltip);
  assert.ok(row.tooltip.includes('\\[this\\]\\(command:workbench\\.action\\.quit\\)'));
  assert.ok(row.tooltip.includes('\\<img src=x onerror=alert\\(1\\)\\>'));
  assert.ok(row.tooltip.includes('Owner: \\_@x\\_'));
  assert.equal(taskRow(doc, { ...task, text: 'two\n  lines' }, false).label, 'two lines');
});

test('a group row counts its open tasks and names the document', () => {
  const g = groupRow('Search results went stale', '2024-03-05 search.md', 3, doc.uri);
  assert.equal(g.description, '2024-03-05 search.md · 3 open');
  assert.equal(g.tooltip, '**Search results went stale**\n\n3 open tasks\n\n/work/postmortems/2024\\-03\\-05 search\\.md');
  assert.equal(groupRow('@kim', '', 1, null).tooltip, '**@kim**\n\n1 open task');
});
