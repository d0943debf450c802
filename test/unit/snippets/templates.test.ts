import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSnippetFile, expandTemplate, TEMPLATES, type TemplateProfile } from '../../../server/src/service/templates';
import { PART_SNIPPETS } from '../../../server/src/service/snippet/parts';
import { expandSnippet, listTabstops } from '../../../server/src/service/snippet/syntax';
import { leftoverPlaceholders } from './placeholder-words';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';

const vars = { date: '2024-05-07', time: '09:05', title: 'Search outage' };
const profiles = Object.keys(TEMPLATES) as TemplateProfile[];

/**
 * The headings each template has, in order: the brief's lists, less the ones the linter reads
 * as a second root-cause or summary section (Trigger, What Happened, Root cause), which are
 * labelled paragraphs instead.
 */
const HEADINGS: Record<TemplateProfile, string[]> = {
  default: ['Issue Summary', 'Timeline', 'Root Cause and Resolution', 'Corrective and Preventative Measures', 'Tasks'],
  'google-sre': ['Summary', 'Impact', 'Root Causes', 'Resolution', 'Detection', 'Action Items', 'Lessons Learned', 'Timeline', 'Supporting information'],
  pagerduty: ['Overview', 'Root Cause', 'Resolution', 'Impact', 'Responders', 'Timeline', 'What Went Well', "What Didn't Go So Well", 'Action Items', 'Messaging'],
  atlassian: ['Incident summary', 'Leadup', 'Fault', 'Impact', 'Detection', 'Response', 'Recovery', 'Timeline', 'Five whys', 'Lessons learned', 'Follow-up tasks'],
};

function headings(text: string): string[] {
  return [...text.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').replace(/ \(.*\)$/, ''));
}

/** The lines of the `## Timeline (...)` section. */
function timelineEntries(text: string): string[] {
  const m = /^## Timeline \((\w+)\)\n\n((?:- .*\n?)+)/m.exec(text);
  assert.ok(m, 'a timeline section with its zone in the heading');
  return (m[2] ?? '').trim().split('\n');
}

test('the snippet file on disk is generated from TEMPLATES (run node scripts/gen-snippets.mjs)', () => {
  const onDisk: unknown = JSON.parse(readFileSync(new URL('../../../snippets/postmortem.code-snippets', import.meta.url), 'utf8'));
  assert.deepEqual(onDisk, buildSnippetFile());
});

test('prefixes start with pm-, are unique, and every body parses', () => {
  const file = buildSnippetFile();
  const prefixes = Object.values(file).map((s) => s.prefix);
  assert.ok(prefixes.every((p) => p.startsWith('pm-')));
  assert.equal(new Set(prefixes).size, prefixes.length);
  for (const p of ['pm-template', 'pm-template-google', 'pm-template-pagerduty', 'pm-template-atlassian', 'pm-timeline-entry', 'pm-action', 'pm-section-timeline']) {
    assert.ok(prefixes.includes(p), p);
  }
  for (const s of Object.values(file)) assert.doesNotThrow(() => listTabstops(s.body.join('\n')));
});

for (const profile of profiles) {
  const text = expandTemplate(TEMPLATES[profile].body, vars);

  test(`${profile}: has every section of its profile, in order, under a titled document`, () => {
    assert.match(text, /^# Postmortem: Search outage\n/);
    assert.deepEqual(headings(text), HEADINGS[profile]);
  });

  test(`${profile}: the linter finds nothing in the untouched template, with its profile`, () => {
    for (const zone of [undefined, 'EDT']) { // EDT: daylight saving applies on 2024-05-07
      const doc = expandTemplate(TEMPLATES[profile].body, { ...vars, ...(zone ? { zone } : {}) });
      const a = analyze(doc, { path: 'incidents/search-outage.md', config: resolveConfig([{ profile }]) });
      assert.equal(a.detection.postmortem, true);
      assert.deepEqual(a.findings.map((f) => `${f.rule}: ${f.message}`), []);
    }
  });

  test(`${profile}: no snippet syntax and no placeholder words are left`, () => {
    assert.doesNotMatch(text, /\$\{?\d|\$[A-Z_]{3,}/);
    assert.deepEqual(leftoverPlaceholders(text), []);
  });

  test(`${profile}: summary and timeline agree on date, start, end and zone`, () => {
    assert.match(text, /On 2024-05-07, from 14:00 to 15:30 UTC, 20% of checkout requests/);
    assert.match(text, /The root cause was /);
    const entries = timelineEntries(text);
    assert.ok(entries.length >= 2);
    assert.match(entries[0] ?? '', /^- 2024-05-07 14:00: .*detected/);
    assert.match(entries.at(-1) ?? '', /^- 15:30: .*resolved/);
    const times = entries.map((e) => /(\d{2}):(\d{2}):/.exec(e)).map((m) => Number(m?.[1]) * 60 + Number(m?.[2]));
    assert.deepEqual(times, [...times].sort((a, b) => a - b), 'entries in order');
  });

  test(`${profile}: every task has an owner and a due date`, () => {
    const tasks = text.split('\n').filter((l) => l.startsWith('- [ ] ') || (l.startsWith('| ') && !/^\| (Action Item|---)/.test(l)));
    assert.equal(tasks.length, 2);
    for (const t of tasks) {
      assert.match(t, /@[\w-]+/);
      assert.match(t, /2024-05-07/);
    }
  });
}

test('the zone given to expandTemplate replaces the zone choice everywhere', () => {
  const text = expandTemplate(TEMPLATES.default.body, { ...vars, zone: 'CEST' });
  assert.match(text, /to 15:30 CEST,/);
  assert.match(text, /^## Timeline \(CEST\)$/m);
  assert.doesNotMatch(text, /UTC/);
});

test('default: every measure is repeated as a task', () => {
  const text = expandTemplate(TEMPLATES.default.body, vars);
  const measures = /## Corrective and Preventative Measures\n\n((?:- .*\n)+)/.exec(text)?.[1]?.trim().split('\n') ?? [];
  assert.equal(measures.length, 2);
  for (const m of measures) assert.ok(text.includes(`- [ ] ${m.slice(2, -1)} @`), m);
});

test('expandTemplate refuses dates and times it cannot split', () => {
  assert.throws(() => expandTemplate(TEMPLATES.default.body, { ...vars, date: 'May 7' }), RangeError);
  assert.throws(() => expandTemplate(TEMPLATES.default.body, { ...vars, time: '9:05' }), RangeError);
});

test('small snippets expand to clean text; the timeline entry uses the current time and a zone', () => {
  const variables = { CURRENT_YEAR: '2024', CURRENT_MONTH: '05', CURRENT_DATE: '07', CURRENT_HOUR: '09', CURRENT_MINUTE: '05' };
  for (const s of PART_SNIPPETS) {
    const text = expandSnippet(s.body, { variables });
    assert.deepEqual(leftoverPlaceholders(text), [], s.prefix);
    assert.doesNotMatch(text, /\$\{?\d|\$[A-Z_]{3,}/, s.prefix);
  }
  const byPrefix = (p: string): string => expandSnippet(PART_SNIPPETS.find((s) => s.prefix === p)?.body ?? '', { variables });
  assert.match(byPrefix('pm-timeline-entry'), /^- 09:05 UTC: \S/);
  assert.match(byPrefix('pm-action'), /^- \[ \] [A-Z]\w+ .* @owner due 2024-05-07$/);
  const timeline = byPrefix('pm-section-timeline');
  assert.match(timeline, /^## Timeline \(UTC\)\n\n- 2024-05-07 09:05: .*detected.*\n- 09:05: .*resolved/);
});

test('the placeholder check used above does flag left-in template text', () => {
  for (const bad of ['Owner: TODO', 'Impact: TBD', '[Insert timeline here]', 'due YYYY-MM-DD', '- Describe the impact.', '{{ service }}', '14:00 ????']) {
    assert.notDeepEqual(leftoverPlaceholders(bad), [], bad);
  }
});

test('the lint check above can fail: a template without its timeline is reported', () => {
  const text = expandTemplate(TEMPLATES.default.body, vars).replace(/## Timeline[^]*?(?=## Root Cause)/, '');
  const a = analyze(text, { path: 'incidents/search-outage.md', config: resolveConfig([{ profile: 'default' }]) });
  assert.ok(a.findings.some((f) => f.rule === 'section-missing'));
});
