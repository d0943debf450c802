/**
 * Real-shaped documents and their mutations for the fuzz test: the fixture documents plus a
 * few written here in the shapes postmortems take (front matter, a contents list of links,
 * images, bold labels, tables, heading entries, task lists), mutated by line swaps,
 * deletions, duplications, markup toggles, inserted characters (markup, unicode, line
 * breaks), long lines and splices of lines from other documents.
 */
import fc from 'fast-check';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixtures } from '../fixture-harness';

const SHAPES: string[] = [
  [
    '---', 'title: Queue backlog', 'date: 2024-05-02', 'severity: SEV2', 'authors: [dana, lee]', '---', '',
    '# Postmortem: Queue backlog', '',
    '- [Summary](#summary)', '- [Timeline](#timeline)', '- [Action Items](#action-items)', '',
    '## Summary', '', 'On May 2, 2024 from 14:05 to 15:40 UTC the job queue backed up and 12% of exports were late.', '',
    '![Queue depth](images/queue.png)', '',
    '## Timeline', '', '| Time (UTC) | Event |', '|---|---|', '| 14:05 | Alert fires for queue depth |', '| 14:20 | On-call starts scaling workers |', '| 15:40 | Backlog drained, resolved |', '',
    '## Root Cause', '', 'A retry loop re-queued failed jobs without a limit. See [the design note](https://example.invalid/design).', '',
    '## Action Items', '', '- [ ] Cap retries per job @dana due 2024-06-01', '- [x] Add a queue depth dashboard (owner: lee) JIRA-42', '- [] Write a runbook', '',
  ].join('\n'),
  [
    'Incident report: login failures', '',
    '**Summary:** Users could not log in for 40 minutes on 2024-01-10 because a certificate expired.', '',
    '**Impact:** about 3,000 failed logins.', '',
    '**Timeline (PST):**', '',
    '* 09:10 AM - first customer ticket', '* 09:25 AM - engineers page security', '* 9:50 AM - new certificate deployed, resolved', '',
    'Root cause', '', 'The renewal job had been disabled in a migration.', '',
    'Lessons learned', '', '1. Expiry alerts must page.', '',
    'Action items', '', '1. Alert 30 days before expiry - owner: Sam, by Feb 1', '2. Re-enable renewal job - @ops', '',
  ].join('\n'),
  [
    '# DNS outage, 2023-11-03', '',
    '## Summary', '', 'Resolution failed for internal names between 22:40 and 01:15 CET.', '',
    '## Timeline', '',
    '### 22:40 CET - Resolution fails', '', 'Monitoring shows SERVFAIL for internal zones.', '',
    '### 23:05 CET - Rollback attempted', '', '> The rollback did not help.', '',
    '### 01:15 CET - Resolved', '', 'A resolver restart cleared the cache.', '',
    '## Contributing factors', '', '- Stale cache entries', '  - TTLs were too long', '', '```', 'dig internal.example +short', '```', '',
    '## Follow-up', '', '| Task | Owner | Due |', '|---|---|---|', '| Shorten TTLs | @net | 2023-12-01 |', '| Add resolver alerts | | |', '',
  ].join('\n'),
  [
    '#Postmortem: Storage latency', '', '>>Summary', 'Latency rose 10x for writes on 3 March.', '', '##Timeline', '',
    '- 13:20PM latency rises', '- 3:AM paging', '- 23:59 PM resolved', '- []  check disks', '-[ ] replace disk @ops', '', '##', '', '    indented prose about the disks', '',
  ].join('\n'),
];

function fixtureTexts(): string[] {
  const root = join(__dirname, '..', '..', 'fixtures');
  const out: string[] = [];
  for (const dir of readdirSync(root).sort()) {
    if (!statSync(join(root, dir)).isDirectory()) continue;
    for (const f of loadFixtures(join(root, dir))) out.push(f.text);
  }
  return out;
}

export const BASES: readonly string[] = [...SHAPES, ...SHAPES.map((s) => s.replace(/\n/g, '\r\n')), ...fixtureTexts()];

const MARKUP = ['# ', '## ', '### ', '- ', '* ', '1. ', '> ', '>> ', '**', '_', '`', '| ', '- [ ] ', '- [x] ', '[', '](#x)', '![', '    ', '\t', '---', '```', '<!-- ', ' -->', '<li>', '</li>', ':', ' |'];
const TOKENS = ['13:20PM', '3:AM', '23:59 PM', '10:00 UTC', '09:00', '24:61', '2024-02-30', 'March 11 10000', 'due ', '@', '@ops', 'human error ', 'TBD', 'Summary', 'Timeline', 'Action Items', 'Root Cause', 'Impact:', 'Duration: 2h', '[Summary](#summary)', '![img](a.png)', 'https://example.invalid/x', '<!-- postmortem-lint-disable timeline-order -->', 'IST', 'EST', '+05:30'];
const UNICODE = ['é', 'e\u0301', '\u00a0', '\u200b', '\u202e', '😀', '👩‍💻', '中文', 'עברית', '\r', '\n', '\r\n', '\u2028', '\ufeff', '\\', '$', '${1:x}', '&', '<', '"'];

type Mutation = (lines: string[]) => string[];

const lineIndex = fc.nat();

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(lineIndex, lineIndex).map(([i, j]) => (ls: string[]) => {
    if (ls.length < 2) return ls;
    const a = i % ls.length; const b = j % ls.length; const out = [...ls];
    [out[a], out[b]] = [out[b] ?? '', out[a] ?? ''];
    return out;
  }),
  lineIndex.map((i) => (ls: string[]) => ls.filter((_, k) => k !== i % Math.max(1, ls.length))),
  lineIndex.map((i) => (ls: string[]) => { const k = i % Math.max(1, ls.length); return [...ls.slice(0, k + 1), ls[k] ?? '', ...ls.slice(k + 1)]; }),
  fc.tuple(lineIndex, fc.constantFrom(...MARKUP), fc.boolean()).map(([i, m, end]) => (ls: string[]) => {
    const k = i % Math.max(1, ls.length); const l = ls[k] ?? '';
    // Toggle: remove the markup where the line has it, add it otherwise.
    const next = end ? (l.endsWith(m) ? l.slice(0, -m.length) : l + m) : l.startsWith(m) ? l.slice(m.length) : m + l;
    return ls.map((x, n) => (n === k ? next : x));
  }),
  fc.tuple(lineIndex, fc.nat(), fc.oneof(fc.constantFrom(...TOKENS, ...UNICODE, ...MARKUP), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ maxLength: 6 }))).map(([i, at, s]) => (ls: string[]) => {
    const k = i % Math.max(1, ls.length); const l = ls[k] ?? ''; const c = at % (l.length + 1);
    return ls.map((x, n) => (n === k ? l.slice(0, c) + s + l.slice(c) : x));
  }),
  fc.tuple(lineIndex, fc.constantFrom('a', ' ', 'a*', '[ ]', '[', 'due ', '2024-03-04 ', 'human error ', '10:00 ', '*', '_', '`', '|', '\t'), fc.integer({ min: 50, max: 600 })).map(([i, frag, n]) => (ls: string[]) => {
    const k = i % Math.max(1, ls.length);
    return ls.map((x, m) => (m === k ? `${x}${frag.repeat(n)}` : x));
  }),
  fc.tuple(fc.nat(), lineIndex, lineIndex).map(([b, i, at]) => (ls: string[]) => {
    const other = (BASES[b % BASES.length] ?? '').split(/\r?\n/);
    const src = other[i % Math.max(1, other.length)] ?? '';
    const k = at % (ls.length + 1);
    return [...ls.slice(0, k), src, ...ls.slice(k)];
  }),
);

/** A base document (by index) mutated 0-6 times; the seed drives feature positions. */
export const fuzzedDocument: fc.Arbitrary<{ base: number; text: string }> = fc
  .tuple(fc.nat({ max: BASES.length - 1 }), fc.array(mutation, { maxLength: 6 }))
  .map(([base, muts]) => {
    const src = BASES[base] ?? '';
    const eol = src.includes('\r\n') ? '\r\n' : '\n';
    let lines = src.split(/\r?\n/);
    for (const m of muts) lines = m(lines);
    return { base, text: lines.join(eol) };
  });
