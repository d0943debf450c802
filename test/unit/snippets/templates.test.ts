import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildSnippetFile, expandTemplate, TEMPLATES, type TemplateProfile } from '../../../server/src/service/language/templates';
import { PART_SNIPPETS } from '../../../server/src/service/language/snippet/parts';
import { expandSnippet, listTabstops } from '../../../server/src/service/language/snippet/syntax';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';

const vars = { date: '2024-05-07', time: '09:05', title: 'Search outage' };
const VARIABLES = { CURRENT_YEAR: '2024', CURRENT_MONTH: '05', CURRENT_DATE: '07', CURRENT_HOUR: '09', CURRENT_MINUTE: '05' };
/** The words a template may say itself: labels and joins around the placeholders. */
const GLUE = new Set(['on', 'from', 'to', 'the', 'root', 'cause', 'was', 'owner', 'due', 'trigger', 'what', 'happened', 'date', 'authors', 'status', 'draft', 'in', 'review', 'final', 'incident', 'commander', 'subject', 'matter', 'expert', 'internal', 'external', 'prevent', 'mitigate', 'process', 'postmortem', 'action', 'item', 'type', 'bug']);
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

  test(`${profile}: every fact is a placeholder that the placeholder rule reports; nothing else is invented`, () => {
    const doc = expandTemplate(TEMPLATES[profile].body, { ...vars, zone: 'EDT' });
    const a = analyze(doc, { path: 'incidents/search-outage.md', config: resolveConfig([{ profile }]) });
    assert.equal(a.detection.postmortem, true);
    const reported = a.findings.filter((f) => f.rule === 'placeholder');
    const lines = doc.split('\n');
    // What is left of each line once the reported placeholders, the date, the zone and the
    // title are taken out is the template's own wording: labels, never a fact.
    const leftover = lines.map((line, i) => {
      let rest = line;
      for (const f of reported.filter((x) => x.range.start.line === i).sort((x, y) => y.range.start.character - x.range.start.character)) {
        rest = rest.slice(0, f.range.start.character) + ' ' + rest.slice(f.range.end.character);
      }
      return rest.replace('Search outage', ' ').replaceAll('2024-05-07', ' ').replaceAll('EDT', ' ');
    });
    for (const [i, rest] of leftover.entries()) {
      if (/^#{2,} /.test(lines[i] ?? '')) continue;
      assert.doesNotMatch(rest, /\d(?!\.\s)/, `line ${i + 1} states no number of its own: ${lines[i]}`);
      assert.doesNotMatch(rest, /\[[a-z]/, `every bracketed instruction on line ${i + 1} is reported: ${lines[i]}`);
      for (const word of rest.toLowerCase().match(/[a-z']+/g) ?? []) assert.ok(GLUE.has(word), `"${word}" on line ${i + 1} is template wording, not a fact: ${lines[i]}`);
    }
    const contentLines = lines.filter((l, i) => l.trim() !== '' && !/^#{1,6} /.test(l) && !/^\|[ -|]*$/.test(l) && !/^\| Action Item/.test(l) && !/^- \*\*Status:\*\*/.test(l) && leftover[i] !== undefined);
    for (const l of contentLines) {
      const i = lines.indexOf(l);
      if (/^- \*\*Date:\*\* /.test(l)) continue;
      assert.ok(reported.some((f) => f.range.start.line === i), `line ${i + 1} has a placeholder to fill: ${l}`);
    }
  });

  test(`${profile}: once every tab stop is filled, the placeholder rule reports nothing`, () => {
    const tabstops: Record<number, string> = {};
    for (const n of listTabstops(TEMPLATES[profile].body).keys()) tabstops[n] = `filled value ${n}`;
    tabstops[2] = 'EDT';
    const doc = expandSnippet(TEMPLATES[profile].body, { variables: VARIABLES, tabstops });
    const a = analyze(doc, { path: 'incidents/search-outage.md', config: resolveConfig([{ profile }]) });
    assert.deepEqual(a.findings.filter((f) => f.rule === 'placeholder').map((f) => f.message), []);
  });

  test(`${profile}: today's date and the chosen zone are the only facts given`, () => {
    const doc = expandTemplate(TEMPLATES[profile].body, { ...vars, zone: 'CEST' });
    assert.ok(doc.includes('2024-05-07'));
    assert.deepEqual([...doc.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)].map((m) => m[0]).filter((d) => d !== '2024-05-07'), [], 'no other date');
    assert.match(doc, /^## Timeline \(CEST\)$/m);
    assert.doesNotMatch(doc, /\b\d{1,2}:\d{2}\b/, 'no time of day is invented');
  });

  test(`${profile}: no snippet syntax is left`, () => {
    assert.doesNotMatch(text, /\$\{?\d|\$[A-Z_]{3,}/);
  });

  test(`${profile}: summary and timeline share the start and end tab stops`, () => {
    const start = expandTemplate(TEMPLATES[profile].body, vars);
    assert.match(start, /On 2024-05-07, from hh:mm to hh:mm UTC, \[describe the impact/);
    const entries = timelineEntries(start);
    assert.ok(entries.length >= 2);
    assert.match(entries[0] ?? '', /^- 2024-05-07 hh:mm: \[describe .*detected\]$/);
    assert.match(entries.at(-1) ?? '', /^- hh:mm: \[describe .*resolved\]$/);
    const tabstops: Record<number, string> = {};
    const body = TEMPLATES[profile].body;
    const startStop = /from \$\{(\d+):hh:mm\} to \$\{(\d+):hh:mm\}/.exec(body);
    assert.ok(startStop, 'the summary\'s start and end are tab stops');
    tabstops[Number(startStop[1])] = '14:00';
    tabstops[Number(startStop[2])] = '15:30';
    const filled = expandSnippet(body, { variables: VARIABLES, tabstops });
    const filledEntries = timelineEntries(filled);
    assert.match(filledEntries[0] ?? '', /^- 2024-05-07 14:00: /, 'the first entry mirrors the start');
    assert.match(filledEntries.at(-1) ?? '', /^- 15:30: /, 'the last entry mirrors the end');
  });

  test(`${profile}: every task has an owner and a due date to fill`, () => {
    const tasks = text.split('\n').filter((l) => l.startsWith('- [ ] ') || (l.startsWith('| ') && !/^\| (Action Item|---)/.test(l)));
    assert.equal(tasks.length, 2);
    for (const t of tasks) {
      assert.match(t, /\[name the owner\]/);
      assert.match(t, /yyyy-mm-dd/);
    }
  });
}

test('the zone given to expandTemplate replaces the zone choice everywhere', () => {
  const text = expandTemplate(TEMPLATES.default.body, { ...vars, zone: 'CEST' });
  assert.match(text, /to hh:mm CEST,/);
  assert.match(text, /^## Timeline \(CEST\)$/m);
  assert.doesNotMatch(text, /UTC/);
});

test('default: every measure is repeated as a task', () => {
  const text = expandTemplate(TEMPLATES.default.body, vars);
  const measures = /## Corrective and Preventative Measures\n\n((?:- .*\n)+)/.exec(text)?.[1]?.trim().split('\n') ?? [];
  assert.equal(measures.length, 2);
  for (const m of measures) assert.ok(text.includes(`- [ ] ${m.slice(2)} (owner: `), m);
});

test('expandTemplate refuses dates and times it cannot split', () => {
  assert.throws(() => expandTemplate(TEMPLATES.default.body, { ...vars, date: 'May 7' }), RangeError);
  assert.throws(() => expandTemplate(TEMPLATES.default.body, { ...vars, time: '9:05' }), RangeError);
});

/** The placeholder findings in a snippet's text, under a title so the document is linted. */
function placeholdersIn(text: string): string[] {
  const a = analyze(`# Postmortem: x\n\n${text}\n`, { path: 'incidents/x.md', config: resolveConfig([]), forced: true });
  return a.findings.filter((f) => f.rule === 'placeholder').map((f) => f.message);
}

test('small snippets: every fact is a placeholder until its tab stop is filled', () => {
  for (const s of PART_SNIPPETS) {
    const text = expandSnippet(s.body, { variables: VARIABLES });
    assert.doesNotMatch(text, /\$\{?\d|\$[A-Z_]{3,}/, s.prefix);
    assert.doesNotMatch(text, /\b\d{1,2}:\d{2}\b/, `${s.prefix}: no time of day is invented`);
    const suppression = s.body.startsWith('<!--');
    if (!suppression) assert.notDeepEqual(placeholdersIn(text), [], `${s.prefix} leaves something to fill`);
    const tabstops: Record<number, string> = {};
    for (const n of listTabstops(s.body).keys()) tabstops[n] = `filled value ${n}`;
    if (!suppression) assert.deepEqual(placeholdersIn(expandSnippet(s.body, { variables: VARIABLES, tabstops })), [], `${s.prefix} filled`);
  }
  const byPrefix = (p: string): string => expandSnippet(PART_SNIPPETS.find((s) => s.prefix === p)?.body ?? '', { variables: VARIABLES });
  assert.equal(byPrefix('pm-timeline-entry'), '- hh:mm UTC: [describe what happened at this time]');
  assert.equal(byPrefix('pm-action'), '- [ ] [describe the action] (owner: [name the owner], due yyyy-mm-dd)');
  assert.match(byPrefix('pm-section-timeline'), /^## Timeline \(UTC\)\n\n- 2024-05-07 hh:mm: \[describe .*detected\]\n- hh:mm: \[describe .*resolved\]/);
});

test('the lint check above can fail: a template without its timeline is reported', () => {
  const text = expandTemplate(TEMPLATES.default.body, vars).replace(/## Timeline[^]*?(?=## Root Cause)/, '');
  const a = analyze(text, { path: 'incidents/search-outage.md', config: resolveConfig([{ profile: 'default' }]) });
  assert.ok(a.findings.some((f) => f.rule === 'section-missing'));
});
