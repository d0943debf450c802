import { test } from 'node:test';
import assert from 'node:assert/strict';
import picomatch from 'picomatch/posix';
import { compileGlob, globListMatcher } from '../../../server/src/service/config/glob';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/resolve';
import { parseRcText } from '../../../server/src/service/config/rcfile';

const GLOBS = [
  '**/*postmortem*.md', '**/*post-mortem*.md', '**/postmortems/**/*.md', '**/incidents/**/*.md', '**/incident-reports/**/*.md',
  'docs/*.md', 'docs/**', '**', '*.md', 'a/**/b/*.md', 'docs/{a,b}/*.md', 'docs/{a,{b,c}x}/*.md', '[abc]?.md',
  '!docs/**', './docs/*.md', '**/**', 'IR-*.MD', 'a/**/**/b.md', 'docs/\\*.md',
];
const PATHS = [
  'postmortem.md', 'docs/2024-postmortem.md', 'team/post-mortem-db.md', 'postmortems/a.md', 'x/postmortems/y/z.md', 'incidents/q.md',
  'docs/a.md', 'docs/sub/a.md', 'docs', 'a.md', 'a/b/c.md', 'a/x/y/b/c.md', 'a/b/c/d.md', 'docs/a/x.md', 'docs/bx/x.md', 'docs/d/x.md',
  'ab.md', 'b.md', 'xdy.md', 'xay.md', 'x/y.md', 'ir-7.md', 'IR-8.md', 'a/b.md', '.hidden/postmortem.md', 'docs/*.md', 'docs/x.md',
  'README.md', 'notes/Postmortem-Q3.MD',
];

test('the bounded matcher agrees with picomatch (dot, nocase) on ordinary globs', () => {
  for (const g of GLOBS) {
    const mine = compileGlob(g);
    assert.ok(mine.ok, `${g} compiles`);
    const theirs = picomatch(g, { dot: true, nocase: true });
    for (const p of PATHS) assert.equal(mine.match(p), theirs(p), `${g} against ${p}`);
  }
});

test('pathological globs run in bounded time (picomatch took seconds, then minutes)', () => {
  const cases: [string, string][] = [
    ['**/*a*a*a*a*a*a*a*a*a*a*a*a*b', `docs/${'a'.repeat(255)}.md`],
    ['**/a*/**/a*/**/a*/**/b', `${'aa/'.repeat(300)}${'a'.repeat(200)}`],
    [`**/${'*a'.repeat(60)}*b`, 'a'.repeat(4000)],
  ];
  for (const [g, p] of cases) {
    const m = compileGlob(g);
    assert.ok(m.ok);
    const t0 = performance.now();
    assert.equal(m.match(p), false);
    const ms = performance.now() - t0;
    assert.ok(ms < 500, `${g}: ${ms.toFixed(0)} ms`);
  }
});

// On picomatch this name took about 4 s (one more `a`, twice that).
test('a document whose path meets a hostile glob is answered promptly', () => {
  const config = resolveConfig([{ globs: ['**/*a*a*a*a*a*a*a*a*a*a*a*a*b'] }]);
  const t0 = performance.now();
  const a = analyze('# Notes\n\nSome text.\n', { path: `docs/${'a'.repeat(33)}.md`, config });
  assert.equal(a.detection.postmortem, false);
  assert.ok(performance.now() - t0 < 2000);
});

test('extglobs and over-long globs are rejected with a reason on the rc file, and skipped', () => {
  assert.equal(compileGlob('**/*(a*)b').ok, false);
  assert.equal(compileGlob(`${'a'.repeat(300)}`).ok, false);
  assert.equal(compileGlob(`{${'a,'.repeat(100)}b}`).ok, false);
  const text = '{ "globs": ["**/*.md", "**/+(a|aa)b.md"] }';
  const r = parseRcText(text, '/ws/.postmortemrc.json');
  assert.deepEqual(r.config.globs, ['**/*.md']);
  const p = r.problems.find((x) => x.path === 'globs[1]');
  assert.ok(p, JSON.stringify(r.problems));
  assert.match(p.message, /extglob/);
  assert.equal(p.offset, text.indexOf('"**/+(a|aa)b.md"'));
  assert.equal(globListMatcher(['**/+(a|aa)b.md', 'x.md'])('x.md'), true);
});
