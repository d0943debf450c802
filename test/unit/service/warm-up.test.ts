/**
 * The warm-up sample must reach what a first real document would otherwise pay for: chrono
 * (two due dates and two written dates at least, so its patterns run twice), micromark's
 * constructs (table, emphasis, strong, link, code, quote, nested and ordered lists, comment),
 * front matter, zones, the rules and their fixes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root } from 'mdast';
import { analyze, resolveConfig, warmUp } from '../../../server/src/service/index';
import { WARM_UP_SAMPLE, WARM_UP_TYPED_AT } from '../../../server/src/service/facade/warm-up';
import { WARM_UP_PLAIN_LAYOUT, WARM_UP_TABLE_LAYOUT } from '../../../server/src/service/facade/warm-up-layouts';
import { chronoRead, mayStartDate } from '../../../server/src/service/lex/items/due';

function nodeTypes(tree: Root): Set<string> {
  const seen = new Set<string>();
  const walk = (n: { type: string; children?: unknown[] }): void => {
    seen.add(n.type);
    for (const c of n.children ?? []) walk(c as { type: string; children?: unknown[] });
  };
  walk(tree);
  return seen;
}

test('the sample is a postmortem that reaches chrono, every common Markdown construct, zones and the rules', () => {
  const a = analyze(WARM_UP_SAMPLE, { path: 'postmortems/warm-up.md', config: resolveConfig([]) });
  assert.equal(a.detection.postmortem, true, a.detection.reason);
  const chronoDues = a.model.tasks.filter((t) => t.due && mayStartDate(t.due.text) && chronoRead(t.due.text) !== null);
  assert.ok(chronoDues.length >= 2, `due dates read by chrono: ${chronoDues.map((t) => t.due?.text).join(', ')}`);
  const types = nodeTypes(a.tree);
  for (const t of ['yaml', 'table', 'emphasis', 'strong', 'link', 'inlineCode', 'blockquote', 'list', 'html']) assert.ok(types.has(t), `no ${t} in the sample`);
  assert.ok(a.model.timeline.filter((e) => e.zone).length >= 5, 'timeline entries with zones');
  assert.ok(a.findings.length > 0 && a.findings.some((f) => f.fixes.length > 0), 'the rules report, with fixes');
});

test('warmUp takes the service path to the findings of the sample and their code actions (and does nothing for no rounds)', async () => {
  const reach = await warmUp(2);
  assert.ok(reach.findings > 0, 'the service reported the sample\'s findings');
  assert.ok(reach.actions > 0, 'and offered code actions for them');
  assert.deepEqual(await warmUp(0), { findings: 0, actions: 0 });
});

test('the places the warm-up types at are lines of the sample (a timeline entry, a task, the summary)', () => {
  const a = analyze(WARM_UP_SAMPLE, { path: 'postmortems/warm-up.md', config: resolveConfig([]) });
  const lines = WARM_UP_SAMPLE.split('\n');
  const at = WARM_UP_TYPED_AT.map((prefix) => lines.findIndex((l) => l.startsWith(prefix)));
  assert.ok(at.every((line) => line >= 0), `not found: ${WARM_UP_TYPED_AT.filter((_, i) => at[i]! < 0).join(', ')}`);
  assert.ok(a.model.timeline.some((e) => e.line === at[0]), 'the first is a timeline entry');
  assert.ok(a.model.tasks.some((t) => t.line === at[1]), 'the second is a task');
});

test('the other layouts are postmortems read as their layout intends: a timeline table, bold-label facts, bare times', () => {
  const table = analyze(WARM_UP_TABLE_LAYOUT, { path: 'postmortems/layout.md', config: resolveConfig([]) });
  assert.equal(table.detection.postmortem, true, table.detection.reason);
  assert.ok(table.model.timeline.filter((e) => e.minutes !== null).length >= 6, 'the table rows and the entry under the day heading are timed entries');
  assert.ok(table.model.summary.start && table.model.summary.end, 'the summary gives a start and an end');
  assert.ok(table.model.tasks.some((t) => t.owner?.text === 'Priya N.' && t.due?.text === '2024-03-01'), 'a task row with its owner and due cells');
  assert.ok(table.model.measures.length >= 2, 'the numbered measures');
  assert.ok(nodeTypes(table.tree).has('table'));

  const plain = analyze(WARM_UP_PLAIN_LAYOUT, { path: 'postmortems/layout.md', config: resolveConfig([]) });
  assert.equal(plain.detection.postmortem, true, plain.detection.reason);
  const timed = plain.model.timeline.filter((e) => e.minutes !== null);
  assert.ok(timed.length >= 5 && timed.every((e) => e.zone === null), 'bold and bare am/pm times, no zone');
  assert.ok(plain.model.summary.start && plain.model.summary.end, 'the plain Duration label gives the span');
  assert.ok(plain.findings.some((f) => f.rule === 'timeline-timezone'), 'the rules report on it too');
});
