/** The action-item rules' fixes: where snippets go, what they insert, and that they apply cleanly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { applyEdits } from '../../../server/src/service/rules/fixes/fix-all';
import type { Finding } from '../../../server/src/service/rules/types';
import { plainSnippet } from '../../../server/src/features/code-actions';

const config = resolveConfig([]);
const lint = (text: string) => analyze(text, { path: 'postmortems/x.md', config, forced: true });

function applyFix(text: string, f: Finding, plain = true): string {
  const a = lint(text);
  const fix = f.fixes[0];
  assert.ok(fix, `no fix on ${f.rule}`);
  const edits = plain && fix.snippet ? fix.edits.map((e) => ({ ...e, newText: plainSnippet(e.newText) })) : fix.edits;
  return applyEdits(text, edits, (p) => a.source.offsetAt(p));
}

const one = (text: string, rule: string): Finding[] => lint(text).findings.filter((f) => f.rule === rule);

const DOC = (tasks: string) => `# Postmortem: disk full on 2024-06-04

## Summary

On 2024-06-04 from 15:00 to 16:15 UTC, 40% of uploads failed.

## Corrective and Preventative Measures

1. Alert on disk usage above 80%.
2. Hold a weekly capacity review with the storage vendor.

## Action Items

${tasks}
`;

test('a task with neither owner nor due date gets one finding whose one fix adds both, flagged until both are real', () => {
  const text = DOC('1. Add a disk usage alert at 80%.');
  const [f, ...more] = one(text, 'task-owner');
  assert.ok(f);
  assert.equal(more.length, 0);
  assert.equal(one(text, 'task-due-date').length, 0, 'task-owner says the due date is missing too');
  assert.match(f.message, /^No owner or due date for `Add a disk usage alert at 80%\.`: add `\(owner: @handle, due: [^`]+\)`\.$/);
  assert.equal((f.message.match(/Add a disk usage/g) ?? []).length, 1, 'the task is quoted once');
  assert.equal(f.fixes.length, 1);
  assert.equal(f.fixes[0]?.title, 'Add an owner and a due date');
  assert.equal(f.fixes[0]?.preferred, true);
  assert.equal(f.fixes[0]?.snippet, true);
  assert.equal(f.fixes[0]?.edits[0]?.newText, ' (owner: ${1:owner}, due: ${2:YYYY-MM-DD})');
  const fixed = applyFix(text, f);
  assert.match(fixed, /^1\. Add a disk usage alert at 80%\. \(owner: owner, due: YYYY-MM-DD\)$/m);
  assert.equal(one(fixed, 'task-owner').length, 1, 'the left-in placeholders are not an owner or a date');
  const owned = fixed.replace('owner: owner', 'owner: @sam');
  assert.equal(one(owned, 'task-owner').length, 0);
  assert.equal(one(owned, 'task-due-date').length, 1, 'the due placeholder is still no date');
  assert.equal(one(owned.replace('YYYY-MM-DD', '2024-07-01'), 'task-due-date').length, 0);
});

test('with task-due-date off, task-owner names only the owner; with task-owner off, task-due-date reports as before', () => {
  const text = DOC('1. Add a disk usage alert at 80%.');
  const run = (rules: Record<string, 'off'>) => analyze(text, { path: 'postmortems/x.md', config: resolveConfig([{ rules }]), forced: true }).findings;
  const noDue = run({ 'task-due-date': 'off' }).filter((f) => f.rule.startsWith('task-'));
  assert.deepEqual(noDue.map((f) => f.rule), ['task-owner']);
  assert.match(noDue[0]?.message ?? '', /^No owner for /);
  assert.equal(noDue[0]?.fixes[0]?.edits[0]?.newText, ' (owner: ${1:owner})');
  const noOwner = run({ 'task-owner': 'off' }).filter((f) => f.rule.startsWith('task-'));
  assert.deepEqual(noOwner.map((f) => f.rule), ['task-due-date']);
  assert.equal(noOwner[0]?.fixes[0]?.edits[0]?.newText, ' (due: ${1:YYYY-MM-DD})');
});

test('task-due-date appends a due snippet on an owned task; a real date silences it', () => {
  const text = DOC('- [ ] Add a disk usage alert at 80% (owner: @sam)   ');
  assert.equal(one(text, 'task-owner').length, 0);
  const [f] = one(text, 'task-due-date');
  assert.ok(f);
  const fixed = applyFix(text, f);
  assert.match(fixed, /^- \[ \] Add a disk usage alert at 80% \(owner: @sam\) \(due: YYYY-MM-DD\)   $/m);
  assert.equal(one(fixed, 'task-due-date').length, 1);
  assert.equal(one(fixed.replace('YYYY-MM-DD', '2024-07-01'), 'task-due-date').length, 0);
});

test('in a table the one fix fills both empty cells, tabbing from owner to due', () => {
  const text = DOC('| Task | Owner | Due |\n|---|---|---|\n| Add a disk usage alert at 80% |  | |');
  const [owner, ...more] = one(text, 'task-owner');
  assert.ok(owner);
  assert.equal(more.length, 0);
  assert.equal(one(text, 'task-due-date').length, 0);
  assert.equal(owner.fixes[0]?.title, 'Fill in the owner and the due date');
  assert.deepEqual(owner.fixes[0]?.edits.map((e) => e.newText), [' ${1:owner} ', ' ${2:YYYY-MM-DD} ']);
  const fixed = applyFix(text, owner);
  assert.match(fixed, /^\| Add a disk usage alert at 80% \| owner \| YYYY-MM-DD \|$/m);
  assert.equal(one(fixed, 'task-owner').length, 1, 'the placeholders are not values');
});

test('done tasks need no owner or due date', () => {
  const text = DOC('- [x] Add a disk usage alert at 80%');
  assert.equal(one(text, 'task-owner').length, 0);
  assert.equal(one(text, 'task-due-date').length, 0);
});

test('measure-without-task appends a numbered task after the last one, as a snippet of the measure', () => {
  const text = DOC('1. Add a disk usage alert at 80% (owner: @sam, due 2024-07-01)');
  const found = one(text, 'measure-without-task');
  assert.deepEqual(found.map((f) => f.range.start.line + 1), [10]);
  const f = found[0];
  assert.ok(f);
  assert.equal(f.fixes[0]?.edits[0]?.newText, '\n2. ${1:Hold a weekly capacity review with the storage vendor.}');
  const fixed = applyFix(text, f);
  assert.match(fixed, /^1\. Add a disk usage alert.*\n2\. Hold a weekly capacity review with the storage vendor\.$/m);
  assert.equal(one(fixed, 'measure-without-task').length, 0, 'the appended task covers the measure');
});

test('measure-without-task copies a checkbox marker, unchecked, and escapes snippet syntax', () => {
  const text = DOC('- [x] Add a disk usage alert at 80%').replace('storage vendor.', 'storage vendor ($cost}).');
  const f = one(text, 'measure-without-task')[0];
  assert.equal(f?.fixes[0]?.edits[0]?.newText, '\n- [ ] ${1:Hold a weekly capacity review with the storage vendor (\\$cost\\})\\.}'.replace('\\.', '.'));
});

test('measure-without-task says nothing when the document has no task at all', () => {
  assert.equal(one(DOC(''), 'measure-without-task').length, 0);
});

test('task-duplicate ignores owners and statuses, and its fix removes the later line', () => {
  const text = DOC('- [x] Add a disk usage alert at 80% (owner: @sam) DONE\n- [ ] Review capacity weekly with the vendor\n- [ ] Add a disk usage alert at 80%');
  const [f] = one(text, 'task-duplicate');
  assert.ok(f);
  assert.equal(f.range.start.line + 1, 16);
  assert.equal(f.related?.[0]?.range.start.line, 13);
  const fixed = applyFix(text, f);
  assert.equal(fixed, text.replace('\n- [ ] Add a disk usage alert at 80%\n', '\n'));
});

test('task-duplicate reports a task written many times once, and its fix removes every repeat but the first', () => {
  const task = '- [ ] Add a disk usage alert at 80%';
  const other = '- [ ] Review capacity weekly with the vendor';
  const text = DOC([task, other, task, task, other, task].join('\n'));
  const found = one(text, 'task-duplicate');
  assert.equal(found.length, 2, 'one finding per repeated task, not per repeat');
  const alert = found.find((f) => f.message.includes('disk usage'));
  assert.ok(alert);
  assert.match(alert.message, /written 4 times/);
  assert.equal(alert.related?.length, 3, 'the first copy and the two other repeats');
  const fixed = applyFix(text, alert);
  assert.equal(fixed.split(task).length - 1, 1, 'one copy of the task is left');
  assert.equal(fixed.split(other).length - 1, 2, 'the other task is untouched');
});

test('blameless-language rewords "human error" and drops "careless"', () => {
  const text = DOC('- Add a disk usage alert (owner: @sam, due 2024-07-01)').replace('40% of uploads failed.', '40% of uploads failed after a careless change and human error.');
  const found = one(text, 'blameless-language');
  assert.deepEqual(found.map((f) => lint(text).source.getText(f.range)), ['careless', 'human error']);
  let fixed = text;
  for (const f of [...found].reverse()) fixed = applyFix(fixed, f);
  assert.match(fixed, /failed after a change and a manual step that no safeguard caught\./);
});
