import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSuppressions } from '../../../server/src/service/derive/suppress/suppressions';

const lines = (s: string) => s.split('\n');

test('disable / enable ranges, by name and for every rule', () => {
  const doc = lines([
    'a', //                                          0
    '<!-- postmortem-disable task-owner, task-due-date -->', // 1
    'b', //                                          2
    '<!-- postmortem-enable task-owner -->', //      3
    'c', //                                          4
    '<!-- postmortem-disable -->', //                5
    'd', //                                          6
    '<!-- postmortem-enable placeholder -->', //     7
    'e', //                                          8
    '<!-- postmortem-enable -->', //                 9
    'f', //                                          10
  ].join('\n'));
  const s = buildSuppressions(doc);
  assert.equal(s.isSuppressed('task-owner', 0), false);
  assert.equal(s.isSuppressed('task-owner', 2), true);
  assert.equal(s.isSuppressed('task-due-date', 2), true);
  assert.equal(s.isSuppressed('placeholder', 2), false);
  assert.equal(s.isSuppressed('task-owner', 4), false);
  assert.equal(s.isSuppressed('task-due-date', 4), true);
  assert.equal(s.isSuppressed('anything', 6), true);
  assert.equal(s.isSuppressed('placeholder', 8), false, 'enabled by name inside disable-all');
  assert.equal(s.isSuppressed('task-owner', 8), true);
  assert.equal(s.isSuppressed('task-owner', 10), false);
  assert.equal(s.isSuppressed('task-due-date', 10), false);
});

test('disable-next-line, disable-line and disable-file', () => {
  const doc = lines([
    '<!-- postmortem-disable-next-line task-owner -->',
    '- [ ] fix it', //                                     1
    '- [ ] fix that <!-- postmortem-disable-line placeholder -->', // 2
    '<!-- postmortem-disable-next-line -->',
    '<!-- postmortem-disable-next-line other -->', // stacked directives pass over each other
    'text', //                                             5
    'more', //                                             6
    '<!-- postmortem-disable-file blameless-language -- the quotes are from the chat log -->',
  ].join('\n'));
  const s = buildSuppressions(doc);
  assert.equal(s.isSuppressed('task-owner', 1), true);
  assert.equal(s.isSuppressed('task-owner', 2), false);
  assert.equal(s.isSuppressed('placeholder', 2), true);
  assert.equal(s.isSuppressed('placeholder', 1), false);
  assert.equal(s.isSuppressed('x', 5), true);
  assert.equal(s.isSuppressed('other', 5), true);
  assert.equal(s.isSuppressed('x', 6), false);
  assert.equal(s.isSuppressed('blameless-language', 0), true);
  assert.equal(s.isSuppressed('blameless-language', 6), true);
  assert.deepEqual(s.directives.at(-1)!.rules.map((r) => r.name), ['blameless-language'], 'the reason is not a rule name');
});

test('comments in fenced code, front matter and inline code do not count', () => {
  const doc = lines([
    '---',
    'note: <!-- postmortem-disable-file -->',
    '---',
    '```markdown',
    '<!-- postmortem-disable -->',
    '```',
    'Write `<!-- postmortem-disable task-owner -->` to silence it.',
    '~~~~',
    '<!-- postmortem-disable-file -->',
  ].join('\n'));
  const s = buildSuppressions(doc);
  assert.equal(s.directives.length, 0);
  for (let i = 0; i < doc.length; i++) assert.equal(s.isSuppressed('task-owner', i), false, `line ${i}`);
});

test('a caller-supplied isCode replaces the built-in fence scan', () => {
  const doc = lines('<!-- postmortem-disable -->\nx');
  assert.equal(buildSuppressions(doc, (l) => l === 0).isSuppressed('r', 1), false);
  assert.equal(buildSuppressions(doc, () => false).isSuppressed('r', 1), true);
});

test('unknownRules reports names that are not rules, with their ranges', () => {
  const doc = lines('x\n  <!-- postmortem-disable-next-line task-ownr, placeholder -->\ny');
  const unknown = buildSuppressions(doc).unknownRules(new Set(['task-owner', 'placeholder']));
  assert.equal(unknown.length, 1);
  assert.equal(unknown[0]!.name, 'task-ownr');
  const r = unknown[0]!.range;
  assert.equal(r.start.line, 1);
  assert.equal(doc[1]!.slice(r.start.character, r.end.character), 'task-ownr');
  assert.equal(unknown[0]!.directive.kind, 'disable-next-line');
});

test('look-alikes are not directives', () => {
  const doc = lines('<!-- postmortem-disabled x -->\n<!-- postmortem disable -->\n<!-- postmortem-disable-lines -->\ny');
  assert.equal(buildSuppressions(doc).directives.length, 0);
});

test('several directives on one line all apply', () => {
  const doc = lines('<!-- postmortem-disable a --> <!-- postmortem-enable a --> <!-- postmortem-disable b -->\nz');
  const s = buildSuppressions(doc);
  assert.equal(s.isSuppressed('a', 1), false);
  assert.equal(s.isSuppressed('b', 1), true);
});
