import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { completionsAt, type Completion } from '../../../server/src/service/language/completion/index';
import { ALL_RULES } from '../../../server/src/service/rules/index';

const config = resolveConfig([]);
const rules = ALL_RULES.map((r) => r.meta);

/** `|` marks the cursor. */
function at(docWithCursor: string, extra: { workspaceOwners?: string[] } = {}): Completion[] {
  const offset = docWithCursor.indexOf('|');
  assert.ok(offset >= 0, 'the test text needs a | cursor');
  const text = docWithCursor.slice(0, offset) + docWithCursor.slice(offset + 1);
  const a = analyze(text, { path: 'postmortems/x.md', config, forced: true });
  const pos = a.source.positionAt(offset);
  return completionsAt({ analysis: a, rules, ...extra }, pos);
}
const labels = (cs: Completion[]): string[] => cs.map((c) => c.label);

const DOC = `---
authors: [alice, bob-smith]
---
# Queue outage on May 9, 2024

## Issue Summary

From 10:00 to 11:00 UTC, 20% of checkouts failed.

## Timeline (UTC)

- 10:00 deploy of the queue consumer
- 10:05 alerts fire
`;

test('missing sections are offered at the start of a line, in profile order, at the document level', () => {
  const cs = at(`${DOC}\n|`);
  assert.deepEqual(labels(cs), ['Root Cause', 'Resolution', 'Corrective and Preventative Measures', 'Action Items']);
  assert.equal(cs[0]!.newText, '## Root Cause');
  assert.deepEqual(cs[0]!.range, { start: { line: 14, character: 0 }, end: { line: 14, character: 0 } });
});

test('no headings on a heading being typed (`#`, `### Ro`): a list there would take the Enter that ends the line', () => {
  assert.deepEqual(at(`${DOC}\n### Ro|`), []);
  assert.deepEqual(at(`${DOC}\n#|`), []);
});

test('no headings inside a paragraph, nor when the document has every section', () => {
  assert.deepEqual(at(`${DOC}- 10:07 paged\nmore te|`), []);
  const full = `# T\n\n## Summary\n\nx\n\n## Timeline\n\n- 10:00 x\n\n## Root Cause\n\nx\n\n## Resolution\n\nx\n\n## Corrective and Preventative Measures\n\nx\n\n## Action Items\n\n- fix\n\n|`;
  assert.deepEqual(at(full), []);
});

test('time zones after a timeline time: the document\'s zone first', () => {
  const cs = at(`${DOC}- 10:20 |`);
  assert.equal(cs[0]!.label, 'UTC');
  assert.equal(cs[0]!.detail, 'used in this document');
  assert.ok(labels(cs).includes('EDT') && labels(cs).includes('WAT'));
  assert.equal(new Set(labels(cs)).size, cs.length, 'no zone twice');
  const partial = at(`${DOC}- 10:20 PD|`).find((c) => c.label === 'PDT');
  assert.ok(partial);
  assert.equal(partial.range.end.character - partial.range.start.character, 2, 'replaces the typed letters');
});

test('no zone after the separator, nor outside the timeline', () => {
  assert.deepEqual(at(`${DOC}- 10:20 - |`).filter((c) => c.kind === 'zone'), []);
  assert.deepEqual(at(`# T\n\nWe met at 10:20 |`).filter((c) => c.kind === 'zone'), []);
});

test('owners after @: front matter authors, this document\'s owners, then the workspace\'s', () => {
  const doc = `${DOC}\n## Action Items\n\n- Add a retry (owner: @carol)\n- Add alerts @|`;
  const cs = at(doc, { workspaceOwners: ['dave', 'Alice'] });
  assert.deepEqual(labels(cs), ['@alice', '@bob-smith', '@carol', '@dave']);
  assert.equal(cs[0]!.newText, 'alice');
  assert.deepEqual(at('# T\n\nmail me at x@|'), [], 'an address is not an owner');
});

test('rule names inside suppression comments, without the ones already named', () => {
  const cs = at(`${DOC}<!-- postmortem-disable-next-line heading-empty sec|`);
  assert.ok(labels(cs).includes('section-missing'));
  assert.ok(!labels(cs).includes('heading-empty'));
  assert.equal(cs[0]!.kind, 'rule');
  assert.equal(cs[0]!.range.end.character - cs[0]!.range.start.character, 3);
  const kw = at(`${DOC}<!-- postmortem-dis|`);
  assert.ok(labels(kw).includes('postmortem-disable-next-line'));
  assert.deepEqual(at(`${DOC}<!-- postmortem-disable x -- because |`), [], 'no names in the free-text reason');
});

test('suppression-unknown-rule reports a misspelt name and offers the close one; known names pass', () => {
  const text = `${DOC}<!-- postmortem-disable-next-line heading-emty -->\n##\n`;
  const a = analyze(text, { path: 'postmortems/x.md', config, forced: true });
  const f = a.findings.filter((x) => x.rule === 'suppression-unknown-rule');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /`heading-emty`.*`heading-empty`/);
  assert.equal(f[0]!.fixes[0]!.edits[0]!.newText, 'heading-empty');
  assert.ok(a.findings.some((x) => x.rule === 'heading-empty'), 'the misspelt comment silences nothing');
  const ok = analyze(`${DOC}<!-- postmortem-disable-next-line heading-empty -->\n##\n`, { path: 'postmortems/x.md', config, forced: true });
  assert.deepEqual(ok.findings.filter((x) => x.rule === 'suppression-unknown-rule' || x.rule === 'heading-empty'), []);
});
