/**
 * "Convert to Markdown headings and lists" (issue 10, item 5), as properties over generated
 * plain-line postmortems: the words, in order, are exactly the original's; the converted
 * text reads as the same sections, timeline entries, measures and tasks; nothing renders as
 * a run-on list afterwards; and converting again changes nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, parseDocument } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { applyEdits } from '../../../server/src/service/rules/fixes/fix-all';
import { markdownStructureEdits } from '../../../server/src/service/rules/fixes/markdown-structure';
import type { Postmortem } from '../../../server/src/service/model/schema';
import { lineRoles } from '../../../server/src/service/model/roles';

const config = resolveConfig([]);
const NOUNS = ['cache', 'queue', 'database', 'server', 'index', 'worker', 'gateway', 'bucket', 'replica', 'scheduler'];
const VERBS = ['Add', 'Implement', 'Write', 'Review', 'Migrate', 'Document', 'Automate'];
const EVENTS = ['An alert fired for the', 'The engineer restarted the', 'The team inspected the', 'Traffic moved off the', 'Errors dropped on the'];

const noun = fc.constantFrom(...NOUNS);
const phrase = fc.array(noun, { minLength: 1, maxLength: 4 }).map((ns) => ns.join(' and the '));
const action = fc.tuple(fc.constantFrom(...VERBS), phrase).map(([v, p]) => `${v} checks for the ${p}.`);
const event = fc.tuple(fc.constantFrom(...EVENTS), phrase).map(([e, p]) => `${e} ${p}.`);

interface Doc { text: string; events: number; measures: number; tasks: number }

const doc: fc.Arbitrary<Doc> = fc
  .record({
    events: fc.array(event, { minLength: 1, maxLength: 8 }),
    measures: fc.array(action, { minLength: 0, maxLength: 5 }),
    intro: fc.boolean(),
    tasks: fc.array(action, { minLength: 1, maxLength: 5 }),
    gaps: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    crlf: fc.boolean(),
    summaryName: fc.constantFrom('Issue Summary:', 'Summary:'),
    inlineCause: fc.boolean(),
    after: fc.boolean(),
  })
  .map(({ events, measures, intro, tasks, gaps, crlf, summaryName, inlineCause, after }) => {
    const gap = (i: number): string[] => (gaps[i] ? [''] : []);
    const times = events.map((_, i) => {
      const m = 12 * 60 + 30 + i * 7;
      const h = Math.floor(m / 60);
      return `${h > 12 ? h - 12 : h}:${String(m % 60).padStart(2, '0')} PM EST`;
    });
    const lines = [
      'POST MORTEM',
      '',
      summaryName,
      'On March 8th, 2023, from 12:30 PM to 2:30 PM EST, 25% of users saw slow pages. The root cause was an overloaded database.',
      ...gap(0),
      'Timeline:',
      ...events.map((e, i) => `${times[i]}: ${e}`),
      ...gap(1),
      ...(after ? ['All times are in EST.'] : []),
      ...(inlineCause
        ? ['Root Cause: The database was overloaded by a misconfigured worker.']
        : ['Root Cause and Resolution:', 'The database was overloaded by a misconfigured worker, and disabling the worker resolved it.']),
      ...gap(2),
      ...(measures.length > 0
        ? ['Corrective and Preventative Measures:', ...(intro ? ['The team will take the following measures:'] : []), ...measures, ...gap(3)]
        : []),
      'Tasks:',
      ...tasks,
      ...gap(4),
    ];
    return { text: lines.join(crlf ? '\r\n' : '\n') + (gaps[5] ? '\n' : ''), events: events.length, measures: measures.length, tasks: tasks.length };
  });

const words = (s: string): string[] => s.match(/[\p{L}\p{N}%]+/gu) ?? [];

function convert(text: string): string {
  const p = parseDocument(text);
  return applyEdits(text, markdownStructureEdits(p.model, p.lines, p.source), (x) => p.source.offsetAt(x));
}

/** What the document says, markup aside: section kinds, timeline entries, measures, tasks. */
function reading(m: Postmortem): unknown {
  return {
    sections: m.sections.map((s) => [s.kinds, s.name.replace(/:$/, '')]),
    timeline: m.timeline.map((e) => [e.time, e.zone?.text ?? null, e.text]),
    measures: m.measures.map((i) => i.text),
    tasks: m.tasks.map((i) => i.text),
  };
}

test('the conversion keeps every word in order, and the document reads the same', () => {
  fc.assert(
    fc.property(doc, ({ text, events, measures, tasks }) => {
      const before = parseDocument(text).model;
      // The generated document is read as written: the property is about something.
      assert.deepEqual([before.timeline.length, before.measures.length, before.tasks.length], [events, measures, tasks]);
      const out = convert(text);
      assert.notEqual(out, text, 'a plain-line postmortem is rewritten');
      assert.deepEqual(words(out), words(text));
      assert.deepEqual(reading(parseDocument(out).model), reading(parseDocument(text).model));
    }),
    { numRuns: 80 },
  );
});

test('after the conversion nothing renders as a run-on list, and converting again changes nothing', () => {
  fc.assert(
    fc.property(doc, ({ text }) => {
      const out = convert(text);
      const a = analyze(out, { path: 'postmortems/x.md', config, forced: true });
      assert.deepEqual(a.findings.filter((f) => f.rule === 'run-on-list' || f.rule === 'section-style').map((f) => f.message), []);
      assert.equal(convert(out), out);
      // Rendered, no field or prose line is swallowed into a list item as its continuation.
      const roles = lineRoles(a.model, a.lines);
      const fields = new Set(a.model.fields.map((f) => f.line));
      roles.forEach((r, l) => {
        if (fields.has(l) || ['field', 'prose', 'header'].includes(r.role)) assert.equal(a.lines.at(l)?.listDepth, 0, `line ${l + 1} (${r.role}) renders inside a list item:\n${out}`);
      });
    }),
    { numRuns: 40 },
  );
});
