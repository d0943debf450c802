import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disableForFileEdit, disableForLineEdit } from '../../../server/src/service/derive/suppress/edits';
import { buildSuppressions } from '../../../server/src/service/derive/suppress/suppressions';
import { SourceText } from '../../../server/src/service/text/source-text';
import type { TextEdit } from '../../../server/src/service/text/source-text';

function apply(text: string, edit: TextEdit | undefined): string {
  assert.ok(edit, 'an edit');
  const src = new SourceText(text);
  return text.slice(0, src.offsetAt(edit.range.start)) + edit.newText + text.slice(src.offsetAt(edit.range.end));
}

/** Applies the line edit and checks that the rule is then silenced on that line's text, and only that rule. */
function disableLine(text: string, line: number, rule: string): string {
  const before = new SourceText(text);
  const out = apply(text, disableForLineEdit(before.lines, line, rule, before.eol));
  const after = new SourceText(out);
  const moved = after.lines.indexOf(before.lineAt(line)) >= 0 ? after.lines.indexOf(before.lineAt(line)) : line;
  const s = buildSuppressions(after.lines);
  assert.equal(s.isSuppressed(rule, moved), true, `silenced on its line in:\n${out}`);
  assert.equal(s.isSuppressed('some-other-rule', moved), false);
  return out;
}

test('above a paragraph after a blank line: a next-line comment with the same indentation', () => {
  assert.equal(disableLine('# T\n\n  Summary text\n', 2, 'summary-impact'), '# T\n\n  <!-- postmortem-disable-next-line summary-impact -->\n  Summary text\n');
});

test('above a heading, keeping CRLF', () => {
  assert.equal(disableLine('Intro\r\n## Timeline\r\n', 1, 'timeline-timezone'), 'Intro\r\n<!-- postmortem-disable-next-line timeline-timezone -->\r\n## Timeline\r\n');
});

test('inside a list, table or paragraph: at the end of the line, so the block stays whole', () => {
  assert.equal(disableLine('- [ ] a\n- [ ] b\n', 1, 'task-owner'), '- [ ] a\n- [ ] b <!-- postmortem-disable-line task-owner -->\n');
  assert.equal(disableLine('| t | e |\n|---|---|\n| 10:00 | x |\n', 2, 'timeline-order'), '| t | e |\n|---|---|\n| 10:00 | x | <!-- postmortem-disable-line timeline-order -->\n');
  assert.equal(disableLine('- a\n\n- b\n', 2, 'task-owner'), '- a\n\n- b <!-- postmortem-disable-line task-owner -->\n', 'a loose list stays one list');
  assert.equal(disableLine('one\ntwo  \n', 1, 'placeholder'), 'one\ntwo <!-- postmortem-disable-line placeholder -->  \n', 'a hard break stays a hard break');
  assert.equal(disableLine('one\ntwo\\\nthree', 1, 'placeholder'), 'one\ntwo <!-- postmortem-disable-line placeholder -->\\\nthree');
});

test('merges into a comment already there, or does nothing when it covers the rule', () => {
  assert.equal(
    disableLine('x\n\n<!-- postmortem-disable-next-line task-owner -->\n- [ ] b\n', 3, 'task-due-date'),
    'x\n\n<!-- postmortem-disable-next-line task-owner task-due-date -->\n- [ ] b\n',
  );
  assert.equal(
    disableLine('- [ ] b <!-- postmortem-disable-line task-owner -- why -->\n', 0, 'placeholder'),
    '- [ ] b <!-- postmortem-disable-line task-owner placeholder -- why -->\n',
  );
  const lines = ['<!-- postmortem-disable-next-line task-owner -->', 'x'];
  assert.equal(disableForLineEdit(lines, 1, 'task-owner', '\n'), undefined);
});

test('an indented (code-like) line gets its comment at column 0', () => {
  assert.equal(disableLine('# T\n\n    indented prose\n', 2, 'indented-prose'), '# T\n\n<!-- postmortem-disable-next-line indented-prose -->\n    indented prose\n');
});

test('front matter and fenced code cannot carry a line comment', () => {
  const lines = ['---', 'date: soon', '---', '```', 'code', '```'];
  assert.equal(disableForLineEdit(lines, 1, 'front-matter-schema', '\n'), undefined);
  assert.equal(disableForLineEdit(lines, 4, 'placeholder', '\n'), undefined);
  assert.equal(disableForLineEdit(lines, 9, 'placeholder', '\n'), undefined);
});

test('file-level: after the front matter, at the top, or merged into the existing comment', () => {
  const check = (text: string, rule: string, expected: string) => {
    const src = new SourceText(text);
    const out = apply(text, disableForFileEdit(src.lines, rule, src.eol));
    assert.equal(out, expected);
    const s = buildSuppressions(new SourceText(out).lines);
    assert.equal(s.isSuppressed(rule, new SourceText(out).lineCount - 1), true);
  };
  check('---\ntitle: x\n---\n# T\n', 'task-owner', '---\ntitle: x\n---\n<!-- postmortem-disable-file task-owner -->\n# T\n');
  check('---\ntitle: x\n---', 'task-owner', '---\ntitle: x\n---\n<!-- postmortem-disable-file task-owner -->');
  check('# T\r\ntext\r\n', 'placeholder', '<!-- postmortem-disable-file placeholder -->\r\n# T\r\ntext\r\n');
  check('# T\n<!-- postmortem-disable-file a -->\ntext\n', 'b', '# T\n<!-- postmortem-disable-file a b -->\ntext\n');
  assert.equal(disableForFileEdit(['<!-- postmortem-disable-file -->', 'x'], 'a', '\n'), undefined);
  assert.equal(disableForFileEdit(['<!-- postmortem-disable-file a -->', 'x'], 'a', '\n'), undefined);
});
