/**
 * A link, an image or a list of links is never a section header, so section-style's safe
 * fix never rewrites one (issue 9, item 1: `- [Summary](#summary)` became
 * `## [Summary] (#summary)`, which no longer renders as a link).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { applyEdits, fixAllEdits } from '../../../server/src/service/rules/fixes/fix-all';

const config = resolveConfig([]);

const LINK_LINES = [
  '- [Summary](#summary)',
  '- [Timeline](#timeline)',
  '* [Root Cause](#root-cause)',
  '1. [Action Items](#action-items)',
  '[Impact](#impact)',
  '**[Lessons Learned](#lessons-learned)**',
  '![Timeline](timeline.png)',
  '![Summary graph](https://example.invalid/graph.png "Summary")',
  '- ![Root cause](diagram.svg)',
  '[![Timeline](badge.svg)](https://example.invalid/timeline)',
  '- [Summary][summary-ref]',
];

function doc(): string {
  return [
    '# Postmortem: Cache stampede', '',
    'Contents:', '', ...LINK_LINES, '',
    '[summary-ref]: #summary', '',
    '## Summary', '', 'On 2024-03-04 from 10:00 to 11:00 UTC, 20% of users saw errors because the cache expired at once.', '',
    '## Timeline (UTC)', '', '- 10:00 Errors rise.', '- 11:00 Resolved by warming the cache.', '',
    '## Root Cause', '', 'Every key had the same expiry.', '',
  ].join('\n');
}

test('no safe fix (section-style or any other) edits a link, image or link-list line', () => {
  const text = doc();
  const a = analyze(text, { path: 'postmortems/p.md', config, forced: true });
  const linkLines = new Set(LINK_LINES.map((l) => text.split('\n').indexOf(l)));
  const onLinks = a.findings.filter((f) => f.fixes.some((x) => x.safe && x.edits.some((e) => linkLines.has(e.range.start.line) || linkLines.has(e.range.end.line))));
  assert.deepEqual(onLinks.map((f) => `${f.range.start.line + 1} ${f.rule}`), []);
  const fixed = applyEdits(text, fixAllEdits(a.findings), (p) => a.source.offsetAt(p));
  for (const l of LINK_LINES) assert.ok(fixed.split('\n').includes(l), `fix-all kept ${l}`);
});

test('a header label followed by a link keeps the link when made a heading, or is not fixed (found by the fuzz test)', () => {
  const text = ['# Postmortem: DNS failure', '', '- Impact:[Summary](#summary)', '- [Timeline](#timeline)', '', '## Summary', '', 'On 2024-01-09 internal DNS failed for 20 minutes.', ''].join('\n');
  const a = analyze(text, { path: 'postmortems/p.md', config, forced: true });
  const fixed = applyEdits(text, fixAllEdits(a.findings), (p) => a.source.offsetAt(p));
  assert.ok(fixed.includes('[Summary](#summary)'), fixed);
  assert.ok(fixed.includes('- [Timeline](#timeline)'), fixed);
});

test('a header whose next line is indented (its body) gets no safe fix: under a heading that line would be code (found by the fuzz test)', () => {
  const text = ['# Postmortem: Disk full', '', '## Summary', '', 'On 2024-01-09 the disk filled up.', '', '- Corrective and preventative measures', '\t![Disk graph](disk.png)', '', '- Add a disk alert @ops', ''].join('\n');
  const a = analyze(text, { path: 'postmortems/p.md', config, forced: true });
  const fixed = applyEdits(text, fixAllEdits(a.findings), (p) => a.source.offsetAt(p));
  assert.ok(fixed.includes('- Corrective and preventative measures\n\t![Disk graph](disk.png)'), fixed);
});

test('a link split over two lines is not cut by a heading fix (found by the long fuzz run)', () => {
  for (const eol of ['\n', '\r']) {
    const text = ['# Postmortem: Queue backlog', '', `- [Summary${eol}](#summary)`, '- [Timeline](#timeline)', '', '## Summary', '', 'On 2024-05-02 exports were late.', ''].join('\n');
    const a = analyze(text, { path: 'postmortems/p.md', config, forced: true });
    const fixed = applyEdits(text, fixAllEdits(a.findings), (p) => a.source.offsetAt(p));
    assert.ok(fixed.includes(`- [Summary${eol}](#summary)`), JSON.stringify(fixed));
  }
});

test('heading-syntax offers no fix that would turn the indented lines under it into code (found by the long fuzz run)', () => {
  const text = ['# Postmortem: Editor crash', '', '## Summary', '', 'On 2024-01-09 one user lost work.', '', '##Timeline', '\t- 11:00pm WAT: The crash was detected, see [Summary](#summary).', '\t- 11:20pm WAT: Resolved.', ''].join('\n');
  const a = analyze(text, { path: 'postmortems/p.md', config, forced: true });
  const fixed = applyEdits(text, fixAllEdits(a.findings), (p) => a.source.offsetAt(p));
  assert.ok(fixed.includes('##Timeline\n\t- 11:00pm'), fixed);
  assert.ok(a.findings.some((f) => f.rule === 'heading-syntax'), 'the finding stays');
});

test('a link split over two lines is one link: neither line is a header, and fix-all keeps it (found by the long fuzz run)', () => {
  // CommonMark allows a line ending before a link's destination, and inside its text.
  const text = ['# Postmortem: Queue backlog', '', '- [Summary](', '#summary)', '- [Root', '#cause](#root-cause)', '- `code', '#span`', '', '## Summary', '', 'On 2024-05-02 from 14:05 to 15:40 UTC the job queue backed up.', ''].join('\n');
  const a = analyze(text, { path: 'postmortems/p.md', config, forced: true });
  const onLinks = a.findings.filter((f) => f.range.start.line >= 2 && f.range.start.line <= 7 && ['heading-syntax', 'section-style', 'section-empty'].includes(f.rule));
  assert.deepEqual(onLinks.map((f) => `${f.range.start.line + 1} ${f.rule}`), []);
  const fixed = applyEdits(text, fixAllEdits(a.findings), (p) => a.source.offsetAt(p));
  assert.ok(fixed.includes('- [Summary](\n#summary)'), fixed);
  assert.ok(fixed.includes('- [Root\n#cause](#root-cause)'), fixed);
  assert.ok(fixed.includes('- `code\n#span`'), fixed);
});

test('a link whose text runs over three lines: its middle line is no header either', () => {
  const text = ['# Postmortem: Queue backlog', '', 'See the [', 'Timeline', '#notes](#timeline) for the hour by hour account.', '', '## Summary', '', 'On 2024-05-02 from 14:05 to 15:40 UTC the job queue backed up.', ''].join('\n');
  const a = analyze(text, { path: 'postmortems/p.md', config, forced: true });
  assert.ok(!a.model.sections.some((s) => s.line >= 2 && s.line <= 4), a.model.sections.map((s) => `${s.line + 1} ${s.name}`).join(', '));
  const fixed = applyEdits(text, fixAllEdits(a.findings), (p) => a.source.offsetAt(p));
  assert.ok(fixed.includes('See the [\nTimeline\n#notes](#timeline)'), fixed);
});

test('a numbered line behind an invisible character is no list item: making it a heading keeps its number (found by the long fuzz run)', () => {
  // U+FEFF (a byte-order mark pasted mid-document) is no blank to Markdown, so `1.` is text.
  const text = ['# Postmortem: Cache stampede', '', '## Impact', '', 'Half of the requests failed.', '', '\uFEFF1. **Summary:**', '', 'On 2024-03-04 from 10:00 to 11:00 UTC, 20% of users saw errors.', ''].join('\n');
  const a = analyze(text, { path: 'postmortems/p.md', config, forced: true });
  const fixed = applyEdits(text, fixAllEdits(a.findings), (p) => a.source.offsetAt(p));
  assert.ok(/\b1\b/.test(fixed.split('\n').find((l) => l.includes('Summary')) ?? ''), fixed);
});
