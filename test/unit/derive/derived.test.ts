/**
 * The derived stage: computed once per analysis and read by every reader (rules through
 * their context, the views, the preview), and an analysis carries the configuration it was
 * made with.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, lintParsed, parseDocument } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { ALL_RULES } from '../../../server/src/service/rules/index';
import type { Rule } from '../../../server/src/service/rules/types';
import type { Derived } from '../../../server/src/service/derive/index';
import { figuresLens, timelineStepHints } from '../../../server/src/service/language/views';
import { previewFromAnalysis } from '../../../server/src/service/outputs/preview/from-model';

const config = resolveConfig([]);
const DOC = [
  '# Postmortem: queue outage on 2024-05-09',
  '',
  '## Summary',
  '',
  'From 10:00 to 11:00 UTC the queue dropped messages.',
  '',
  '## Timeline (UTC)',
  '',
  '- 10:00: Deploy of the new consumer.',
  '- 10:05: Monitoring alerted the on-call engineer.',
  '- 10:20: Rolled back the consumer.',
  '- 11:00: Delivery restored; the incident was resolved.',
  '',
  '<!-- postmortem-disable-next-line no-such-rule -->',
  'Some text.',
].join('\n');

/** A rule that only records what its context holds. */
function spy(seen: Derived[]): Rule {
  return {
    meta: { name: 'spy', description: 'records ctx.derived', category: 'metadata', defaultSeverity: 'info', fixable: false },
    check(ctx) { seen.push(ctx.derived); void ctx.derived.timeline; },
  };
}

test('one derivation per analysis: the rules, the views and the preview read the same objects', () => {
  const seen: Derived[] = [];
  const a = analyze(DOC, { path: 'postmortems/x.md', config, rules: [spy(seen), ...ALL_RULES, spy(seen)] });
  assert.equal(a.config, config, 'the analysis carries the configuration it was made with');
  assert.equal(seen.length, 2);
  assert.equal(seen[0], a.derived);
  assert.equal(seen[1], a.derived);
  assert.equal(a.derived.timeline, a.derived.timeline, 'read twice, resolved once');
  assert.equal(a.derived.suppressions, a.derived.suppressions);
  assert.equal(a.derived.figures, a.derived.figures);
  // The views and the preview read these facts, not their own resolution.
  assert.equal(figuresLens(a)?.title, 'Start 10:00 UTC · Detected +5m · Mitigated +20m · Resolved 11:00 UTC · Duration 1h');
  assert.deepEqual(timelineStepHints(a).map((h) => h.label), ['+5m', '+15m', '+40m']);
  const kinds = previewFromAnalysis('file:///x.md', 1, a).timeline.map((e) => e.kind);
  assert.deepEqual(kinds, [null, 'detection', 'mitigation', 'resolution']);
});

test('what entries say is one reading: the rules, the figures and the preview agree', () => {
  const a = analyze(DOC, { path: 'postmortems/x.md', config });
  const says = a.derived.outcomes;
  assert.deepEqual(a.model.timeline.map((_, i) => says.detection(i)), [false, true, false, false]);
  assert.deepEqual(a.model.timeline.map((_, i) => says.mitigation(i)), [false, false, true, false]);
  assert.deepEqual(a.model.timeline.map((_, i) => says.resolved(i)), [false, false, false, true]);
  assert.equal(a.derived.figures.detection?.range.start.line, 9);
  assert.ok(!a.findings.some((f) => f.rule === 'timeline-detection' || f.rule === 'timeline-resolution'));
});

test('suppressions are read once: they silence findings and name the unknown rule', () => {
  const a = analyze(DOC, { path: 'postmortems/x.md', config });
  assert.deepEqual(a.findings.filter((f) => f.rule === 'suppression-unknown-rule').map((f) => f.range.start.line), [13]);
  assert.equal(a.derived.suppressions.directives.length, 1);
});

test('analyses of one version share its derivation; another zone setting derives again', () => {
  const p = parseDocument(DOC);
  const one = lintParsed(p, { path: 'postmortems/x.md', config });
  const two = lintParsed(p, { path: 'postmortems/x.md', config, rules: [] });
  assert.equal(one.derived, two.derived);
  const other = lintParsed(p, { path: 'postmortems/x.md', config: { ...config, timeZone: 'Europe/Paris' } });
  assert.notEqual(other.derived, one.derived);
  assert.equal(other.config.timeZone, 'Europe/Paris');
});

test('a non-postmortem has no findings; its derived facts read as empty', () => {
  const a = analyze('# Shopping list\n\n- eggs\n', { path: 'notes/list.md', config });
  assert.equal(a.detection.postmortem, false);
  assert.deepEqual(a.findings, []);
  assert.deepEqual(a.derived.timeline.entries, []);
});

test('the preview and measure-without-task read one coverage: a measure told in its lines under a title is covered in both', () => {
  const text = readFileSync(join(import.meta.dirname, '../../fixtures/actions/titled-items.md'), 'utf8');
  const a = analyze(text, { path: 'postmortems/x.md', config });
  const reported = new Set(a.findings.filter((f) => f.rule === 'measure-without-task').map((f) => f.range.start.line));
  const measures = previewFromAnalysis('file:///t.md', 1, a).measures;
  assert.equal(measures.length, 3);
  for (const m of measures) assert.equal(m.covered, !reported.has(m.line), `measure on line ${m.line}`);
  assert.ok(measures.every((m) => m.covered), '"Review Provider Contracts:" is covered by the task that compares the terms');
});

test('a measure that is also a task (one combined list) is its own task in the preview', () => {
  const text = ['# Postmortem: X', '', '## Timeline (UTC)', '', '- 10:00: a', '- 10:30: resolved', '', '## Corrective measures and action items', '', '- [ ] Add an alert on queue depth (owner: @ana, due 2024-06-01)', ''].join('\n');
  const a = analyze(text, { path: 'postmortems/x.md', config });
  assert.equal(a.model.measures[0]?.line, a.model.tasks[0]?.line, 'the same line is a measure and a task');
  const m = previewFromAnalysis('file:///c.md', 1, a).measures[0];
  assert.deepEqual(m && { covered: m.covered, taskLines: m.taskLines }, { covered: true, taskLines: [9] });
});
