/**
 * A rule in parts (`Rule.parts`, issue 14): the runner keeps each part's findings by the
 * part's own reads. Typing in an entry's words keeps a `times` part's findings without
 * running it, and runs a `lines` part over the edited lines alone; from scratch, the parts
 * run in order and their findings are the rule's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DocumentStore } from '../../../server/src/service/store';
import { resolveConfig } from '../../../server/src/service/config/index';
import { analyze, type AnalyzeOptions } from '../../../server/src/service/analysis';
import { checkParts, type Rule, type RulePart } from '../../../server/src/service/rules/types';
import { lineRange } from '../../../server/src/service/text/source-text';

const TEXT = ['# Postmortem: Queue backlog', '', '## Summary', '', 'On 2024-05-02 from 14:05 to 15:40 UTC exports were late.', '', '## Timeline', '',
  '- 14:05 UTC: alert fires', '- 14:20 UTC: scaling starts', '- 15:40 UTC: resolved', ''].join('\n');

function partsRule(): { rule: Rule; runs: { times: number; lines: number; present: { from: number; to: number }[] } } {
  const runs = { times: 0, lines: 0, present: [] as { from: number; to: number }[] };
  const times: RulePart = {
    reads: ['times'],
    check(ctx) {
      runs.times++;
      for (const e of ctx.model.timeline) ctx.report({ range: e.timeRange, message: `time ${e.timeText}` });
    },
  };
  const lines: RulePart = {
    reads: ['lines'],
    check(ctx) {
      runs.lines++;
      const p = ctx.lines.present();
      runs.present.push(p);
      for (let i = p.from; i < p.to; i++) {
        const li = ctx.lines.at(i);
        if (li && /scaling/.test(li.content)) ctx.report({ range: lineRange(i, 0, 1), message: `scaling on ${i}: ${li.content}` });
      }
    },
  };
  const parts = [times, lines];
  const rule: Rule = {
    meta: { name: 'test-parts', description: 'test', category: 'timeline', defaultSeverity: 'warning', fixable: false, reads: ['document'] },
    parts,
    check: checkParts(parts),
  };
  return { rule, runs };
}

test('typing in an entry keeps the times part unrun and runs the lines part over the edited lines; findings equal a fresh run', () => {
  const { rule, runs } = partsRule();
  const opts: AnalyzeOptions = { path: 'postmortems/x.md', config: resolveConfig([]), forced: true, rules: [rule] };
  const store = new DocumentStore();
  store.open('file:///p.md', 1, TEXT);
  const first = store.analysis('file:///p.md', opts, 'k');
  assert.ok(first);
  assert.deepEqual([runs.times, runs.lines], [1, 1]);
  assert.deepEqual(runs.present[0], { from: 0, to: 12 }, 'from scratch, every line');
  // Typing in the words of `14:20 UTC: scaling starts` (line 9).
  store.change('file:///p.md', 2, [{ range: { start: { line: 9, character: 27 }, end: { line: 9, character: 27 } }, text: ' now' }]);
  const after = store.analysis('file:///p.md', opts, 'k');
  assert.ok(after?.reuse, 'made from the version before');
  assert.deepEqual([runs.times, runs.lines], [1, 2], 'the times part is kept, the lines part runs again');
  const p = runs.present[1];
  assert.ok(p && p.from >= 7 && p.to <= 12 && p.to - p.from <= 5, `a few lines around the edit, not the document: ${JSON.stringify(p)}`);
  const kept = after.findings.filter((f) => f.message.startsWith('time'));
  assert.deepEqual(kept, first.findings.filter((f) => f.message.startsWith('time')));
  assert.ok(after.findings.some((f) => f.message === 'scaling on 9: 14:20 UTC: scaling starts now'), JSON.stringify(after.findings.map((f) => f.message)));
  const fresh = analyze(store.text('file:///p.md') ?? '', opts);
  assert.deepStrictEqual(after.findings, fresh.findings);
});

test('an edit of an entry\'s time runs the times part again', () => {
  const { rule, runs } = partsRule();
  const opts: AnalyzeOptions = { path: 'postmortems/x.md', config: resolveConfig([]), forced: true, rules: [rule] };
  const store = new DocumentStore();
  store.open('file:///q.md', 1, TEXT);
  store.analysis('file:///q.md', opts, 'k');
  store.change('file:///q.md', 2, [{ range: { start: { line: 9, character: 2 }, end: { line: 9, character: 7 } }, text: '14:25' }]);
  const after = store.analysis('file:///q.md', opts, 'k');
  assert.equal(runs.times, 2);
  assert.ok(after?.findings.some((f) => f.message === 'time 14:25'));
  assert.deepStrictEqual(after?.findings, analyze(store.text('file:///q.md') ?? '', opts).findings);
});
