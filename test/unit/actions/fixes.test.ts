/** The action-item rules' fixes: where snippets go, what they insert, and that they apply cleanly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { applyEdits } from '../../../server/src/service/fixes/fix-all';
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

test('task-owner appends an owner snippet that stays flagged until the placeholder is replaced', () => {
  const text = DOC('1. Add a disk usage alert at 80%.');
  const [f] = one(text, 'task-owner');
  assert.ok(f);
  assert.equal(f.fixes[0]?.snippet, true);
  assert.equal(f.fixes[0]?.edits[0]?.newText, ' (owner: ${1:owner})');
  const fixed = applyFix(text, f);
  assert.match(fixed, /^1\. Add a disk usage alert at 80%\. \(owner: owner\)$/m);
  assert.equal(one(fixed, 'task-owner').length, 1, 'the left-in placeholder is not an owner');
  const real = fixed.replace('(owner: owner)', '(owner: @sam)');
  assert.equal(one(real, 'task-owner').length, 0);
});

test('task-due-date appends a due snippet; a real date silences it', () => {
  const text = DOC('- [ ] Add a disk usage alert at 80%   ');
  const [f] = one(text, 'task-due-date');
  assert.ok(f);
  const fixed = applyFix(text, f);
  assert.match(fixed, /^- \[ \] Add a disk usage alert at 80% \(due: YYYY-MM-DD\)   $/m);
  assert.equal(one(fixed, 'task-due-date').length, 1);
  assert.equal(one(fixed.replace('YYYY-MM-DD', '2024-07-01'), 'task-due-date').length, 0);
});

test('in a table the owner and due fixes fill the empty cells', () => {
  const text = DOC('| Task | Owner | Due |\n|---|---|---|\n| Add a disk usage alert at 80% |  | |');
  const owner = one(text, 'task-owner')[0];
  assert.ok(owner);
  let fixed = applyFix(text, owner);
  assert.match(fixed, /^\| Add a disk usage alert at 80% \| owner \| \|$/m);
  assert.equal(one(fixed, 'task-owner').length, 1, 'the placeholder is not an owner');
  fixed = fixed.replace('| owner |', '| @sam |');
  const due = one(fixed, 'task-due-date')[0];
  assert.ok(due);
  fixed = applyFix(fixed, due);
  assert.match(fixed, /^\| Add a disk usage alert at 80% \| @sam \| YYYY-MM-DD \|$/m);
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

test('blameless-language rewords "human error" and drops "careless"', () => {
  const text = DOC('- Add a disk usage alert (owner: @sam, due 2024-07-01)').replace('40% of uploads failed.', '40% of uploads failed after a careless change and human error.');
  const found = one(text, 'blameless-language');
  assert.deepEqual(found.map((f) => lint(text).source.getText(f.range)), ['careless', 'human error']);
  let fixed = text;
  for (const f of [...found].reverse()) fixed = applyFix(fixed, f);
  assert.match(fixed, /failed after a change and a manual step that no safeguard caught\./);
});
