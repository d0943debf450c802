/**
 * Every fix is well formed by construction (issue 9, item 2): the runner drops a fix whose
 * edit runs backwards, leaves the document or overlaps another edit of the same fix, and
 * reports it through onRuleError instead of handing it to a client.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { ALL_RULES } from '../../../server/src/service/rules/index';
import { fixAllEdits } from '../../../server/src/service/rules/fixes/fix-all';
import { fixProblem } from '../../../server/src/service/rules/fixes/well-formed';
import { SourceText, range, type TextEdit } from '../../../server/src/service/text/source-text';
import type { Fix, Rule } from '../../../server/src/service/rules/types';

const config = resolveConfig([]);
const TEXT = '# Postmortem: Test\n\n## Summary\n\nShort.\n';
const source = new SourceText(TEXT);
const edit = (l1: number, c1: number, l2: number, c2: number, newText = 'x'): TextEdit => ({ range: range(l1, c1, l2, c2), newText });
const fix = (...edits: TextEdit[]): Fix => ({ title: 'probe', edits, safe: true });

const BAD: [string, Fix][] = [
  ['backwards', fix(edit(4, 0, 2, 0))],
  ['backwards on one line', fix(edit(0, 5, 0, 2))],
  ['past the last line', fix(edit(9, 0, 9, 0))],
  ['past the end of a line', fix(edit(2, 0, 2, 40))],
  ['negative', fix(edit(-1, 0, 0, 0))],
  ['fractional', fix(edit(0, 0.5, 0, 1))],
  ['overlapping edits', fix(edit(0, 0, 0, 6), edit(0, 4, 0, 8))],
  ['no edit', fix()],
  ['writing back the same text', fix(edit(2, 0, 2, 2, '##'))],
];
const GOOD: [string, Fix][] = [
  ['an insertion at the end', fix(edit(5, 0, 5, 0))],
  ['adjacent edits', fix(edit(0, 0, 0, 2), edit(0, 2, 0, 4))],
  ['a whole-line replacement', fix(edit(2, 0, 2, 10))],
];

test('fixProblem names each malformed shape and passes well-formed ones', () => {
  for (const [what, f] of BAD) assert.notEqual(fixProblem(f, source), null, what);
  for (const [what, f] of GOOD) assert.equal(fixProblem(f, source), null, what);
});

test('the runner drops a malformed fix, keeps the finding and its good fixes, and reports the drop', () => {
  const probe: Rule = {
    meta: { name: 'probe', description: 'A test rule.', category: 'structure', defaultSeverity: 'warning', fixable: true },
    check(ctx) {
      for (const [, f] of [...BAD, ...GOOD]) ctx.report({ range: range(0, 0, 0, 1), message: 'probe', fixes: [f, { ...fix(edit(0, 0, 0, 0, 'ok')), title: 'good' }] });
    },
  };
  const errors: string[] = [];
  const a = analyze(TEXT, { path: 'postmortems/p.md', config, forced: true, rules: [probe], onRuleError: (rule, e) => errors.push(`${rule}: ${e instanceof Error ? e.message : String(e)}`) });
  assert.equal(a.findings.length, BAD.length + GOOD.length);
  assert.deepEqual(a.findings.map((f) => f.fixes.length), [...BAD.map(() => 1), ...GOOD.map(() => 2)]);
  assert.equal(errors.length, BAD.length);
  assert.ok(errors.every((e) => e.startsWith('probe: malformed fix dropped')), errors.join('\n'));
});

test('no built-in rule loses a fix to the check on the fixture documents', async () => {
  const { readdirSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const root = join(__dirname, '..', '..', 'fixtures');
  const files: string[] = [];
  const walk = (d: string): void => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (n.endsWith('.md')) files.push(p); } };
  walk(root);
  assert.ok(files.length > 10);
  const errors: string[] = [];
  const { readFixtureDocument } = await import('../fixture-harness');
  for (const p of files) analyze(readFixtureDocument(p), { path: 'postmortems/p.md', config, forced: true, rules: ALL_RULES, onRuleError: (rule, e) => errors.push(`${p} ${rule}: ${String(e)}`) });
  assert.deepEqual(errors, []);
});

test('an empty task line gets no fix that writes back its own box: fix-all converges', () => {
  const text = '# Postmortem: Test\n\n## Action Items\n\n- [ ] \n- [ ] Add an alert @ops\n';
  const a = analyze(text, { path: 'postmortems/p.md', config, forced: true });
  assert.deepEqual(fixAllEdits(a.findings), [], 'nothing to fix: the box is already well formed');
});

test('checkbox-syntax says what an empty task box lacks and offers no fix for it', () => {
  const text = '# Postmortem: Test\n\n## Action Items\n\n- [ ] \n- [ ] Add an alert @ops\n';
  const errors: string[] = [];
  const a = analyze(text, { path: 'postmortems/p.md', config, forced: true, onRuleError: (rule, e) => errors.push(`${rule}: ${String(e)}`) });
  assert.deepEqual(errors, [], 'no fix was dropped: the rule emits none');
  const box = a.findings.filter((f) => f.rule === 'checkbox-syntax');
  assert.deepEqual(box.map((f) => [f.range.start.line, f.fixes.length]), [[4, 0]]);
  assert.match(box[0]?.message ?? '', /no text after it/);
});

test('indented-prose offers no empty fix for prose indented inside a list item (found by the fuzz test)', () => {
  const text = '# Incident report\n\n1.     The rest of this report was pasted as one indented block by mistake.\n';
  const errors: string[] = [];
  const a = analyze(text, { path: 'postmortems/p.md', config, forced: true, onRuleError: (rule, e) => errors.push(`${rule}: ${String(e)}`) });
  assert.deepEqual(errors, []);
  for (const f of a.findings) for (const x of f.fixes) assert.ok(x.edits.length > 0, `${f.rule}: ${x.title}`);
});

test('zone-dst writes each place once: a mention collected twice made overlapping edits (found by the long fuzz run)', () => {
  const text = "# Postmortem: Mobile push delays\n\n# ## Summary\n\nrules: zone-dst timeline-timezone\nThe root cause was a cache flush during a deploy.\n\n## Timeline\n\u0bf5\ud83d\udc6e\ua427\ud836\ude83\n- 10:00 AM EST: Monitoring alerted on push latency.\n- 10:40 AM EST: The cache was pre-warmed from the database.\n- 10:40 AM EST: The cache was pre-warmed from the database.\n- 10:40 AM EST: The cache was pre-warmed from the database.\n- 10:40 AM EST: The cache was pre-warmed from the database.\n- 11:30 AM EST: Latency recovered and the incident was resolved.\n\n## Root Cause\n\nA deploy flushed the token cache.\n<!-- fixture\nOn July 4, 2023, from 10:00 AM to 11:30 AM EST, push notifications were delayed for 20% of users because a token cache was cold.\nexpect: 5 zone-dst\n-->\n";
  const errors: string[] = [];
  analyze(text, { path: 'postmortems/p.md', config, forced: true, onRuleError: (rule, e) => errors.push(`${rule}: ${String(e)}`) });
  assert.deepEqual(errors, []);
});
