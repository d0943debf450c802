/** Task ranges point at the task's own text: in an HTML `<li>`, in a table cell, after a marker typed as text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/resolve';

const HEAD = '# Postmortem: queue outage on 2024-05-09\n\n## Summary\n\nFrom 10:00 to 10:40 UTC on 2024-05-09 checkouts failed.\n\n## Action Items\n\n';

function tasksOf(text: string): { line: string; range: string }[] {
  const a = analyze(text, { path: 'x-postmortem.md', config: resolveConfig([]), forced: true });
  const lines = text.split('\n');
  return a.model.tasks.map((t) => {
    const l = lines[t.line] ?? '';
    return { line: l, range: l.slice(t.textRange.start.character, t.textRange.end.character) };
  });
}

test('an HTML <li> task range is its text, not shifted by the tag', () => {
  const tasks = tasksOf(`${HEAD}<ul>\n<li>Add an alert on queue depth</li>\n<li>Write the <b>failover</b> runbook</li>\n</ul>\n`);
  const plain = tasks.find((t) => t.line.includes('queue depth'));
  assert.ok(plain, JSON.stringify(tasks));
  assert.equal(plain.range, 'Add an alert on queue depth');
  const tagged = tasks.find((t) => t.line.includes('runbook'));
  if (tagged) assert.match(tagged.range, /^Write the .*runbook$/);
});

test('a table task range is its own cell, not an earlier cell with the same text', () => {
  const text = `${HEAD}| Owner | Task | Due |\n| --- | --- | --- |\n| Rotate keys | Rotate keys | 2024-06-01 |\n`;
  const a = analyze(text, { path: 'x-postmortem.md', config: resolveConfig([]), forced: true });
  const t = a.model.tasks[0];
  assert.ok(t);
  const line = text.split('\n')[t.line] ?? '';
  assert.equal(t.textRange.start.character, line.indexOf('Rotate keys', line.indexOf('Rotate keys') + 1));
});

test('the owner fix of an HTML <li> task is inserted after its text, not inside a word', () => {
  const text = `${HEAD}<ul>\n<li>Add an alert on queue depth</li>\n</ul>\n`;
  const a = analyze(text, { path: 'x-postmortem.md', config: resolveConfig([]), forced: true });
  const f = a.findings.find((x) => x.rule === 'task-owner');
  assert.ok(f, a.findings.map((x) => x.rule).join(' '));
  const e = f.fixes[0]?.edits[0];
  assert.ok(e);
  const line = text.split('\n')[e.range.start.line] ?? '';
  assert.equal(line.slice(0, e.range.start.character), '<li>Add an alert on queue depth');
});

test('a task after a marker typed as text (•) starts after the marker', () => {
  const tasks = tasksOf(`${HEAD}• Add an alert on queue depth\n• Write the failover runbook\n`);
  assert.ok(tasks.length >= 1, JSON.stringify(tasks));
  for (const t of tasks) assert.doesNotMatch(t.range, /^•/, JSON.stringify(t));
  assert.ok(tasks.some((t) => t.range === 'Add an alert on queue depth'), JSON.stringify(tasks));
});
