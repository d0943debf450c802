/** A result is kept (same number) exactly while the findings read the same to the editor; fixes do not count. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticResults } from '../../../server/src/service/facade/diagnostic-results';
import type { Finding } from '../../../server/src/service/rules/types';

const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });
const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'heading-syntax', severity: 'warning', message: 'No space.', range: at(0), docsUrl: 'docs/rules/heading-syntax.md', fixes: [], ...over,
});

test('the same findings keep the result and its version; the newest findings (and fixes) are kept', () => {
  const r = new DiagnosticResults();
  const a = r.current('u', 1, [finding()]);
  const newer = [finding({ fixes: [{ title: 'Add a space', edits: [{ range: at(0), newText: '# ' }] }] })];
  const b = r.current('u', 2, newer);
  assert.equal(b.id, a.id);
  assert.equal(b.version, 1);
  assert.equal(b.findings, newer);
});

test('any difference the editor shows starts a new result', () => {
  const changes: Partial<Finding>[] = [
    { severity: 'error' }, { message: 'Other.' }, { range: at(1) }, { rule: 'title-missing' }, { docsUrl: 'x' },
    { related: [{ range: at(2), message: 'here' }] }, { tags: ['unnecessary'] },
  ];
  for (const change of changes) {
    const r = new DiagnosticResults();
    const a = r.current('u', 1, [finding()]);
    const b = r.current('u', 1, [finding(change)]);
    assert.notEqual(b.id, a.id, JSON.stringify(change));
  }
  const r = new DiagnosticResults();
  const a = r.current('u', 1, [finding()]);
  assert.notEqual(r.current('u', 2, [finding(), finding({ range: at(3) })]).id, a.id, 'one more finding');
  assert.notEqual(r.current('u', 3, []).id, a.id, 'none left');
});

test('results are numbered per session, and forgotten with the document', () => {
  const r = new DiagnosticResults();
  const a = r.current('a', 1, [finding()]);
  const b = r.current('b', 1, [finding()]);
  assert.notEqual(a.id, b.id);
  r.forget('a');
  assert.notEqual(r.current('a', 1, [finding()]).id, a.id);
});

test('findings of an older version than those held (an analysis finished late) are answered but replace nothing', () => {
  const r = new DiagnosticResults();
  r.current('u', 3, [finding()]);
  const newest = [finding({ fixes: [{ title: 'Add a space', edits: [{ range: at(0), newText: '# ' }] }] })];
  const held = r.current('u', 5, newest);
  const late = r.current('u', 4, [finding()]);
  assert.notEqual(late.id, held.id, 'a result of its own');
  assert.equal(late.version, 4);
  const again = r.current('u', 5, newest);
  assert.equal(again.id, held.id, 'the held result is still the newest text\'s');
  assert.equal(again.findings, newest);
});
