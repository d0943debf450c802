/** Runs every fixture document under test/fixtures/ against its inline expectations (fixture-harness.ts). */
import { after, before, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../../server/src/service/analysis';
import { fixAllEdits, applyEdits } from '../../server/src/service/rules/fixes/fix-all';
import { loadFixture, type Fixture } from './fixture-harness';
import { readSnapshot, snapshotLines, UPDATE, writeSnapshot } from './fixture-snapshot';

const root = join(__dirname, '..', 'fixtures');

// The suggested due dates of a document with no incident date, and the year of a date written
// without one, come from the clock: the fixtures read it at a fixed instant, or a snapshot
// written one day fails the next (brief-bullets-template did, a day after it was written).
// For this file's tests only: the unit suite shares one process (run-all.ts).
before(() => mock.timers.enable({ apis: ['Date'], now: new Date(2026, 11, 2, 12, 0, 0) }));
after(() => mock.timers.reset());

function lint(f: Fixture, text: string) {
  return analyze(text, { path: f.spec.path ?? `postmortems/${f.name}`, config: f.spec.config, forced: f.spec.postmortem === null });
}

function fixUntilStable(f: Fixture): string {
  let text = f.text;
  for (let i = 0; i < 6; i++) {
    const a = lint(f, text);
    const edits = fixAllEdits(a.findings);
    if (edits.length === 0) return text;
    text = applyEdits(text, edits, (p) => a.source.offsetAt(p));
  }
  throw new Error('fix-all did not converge in 6 passes');
}

function check(f: Fixture): void {
  const a = lint(f, f.text);
  const { spec } = f;
  if (spec.postmortem !== null) assert.equal(a.detection.postmortem, spec.postmortem, a.detection.reason);
  if (spec.rules) {
    const wanted = new Set(spec.rules);
    const compared = a.findings.filter((x) => wanted.has(x.rule));
    const got = compared.map((x) => `${x.range.start.line + 1} ${x.rule}`).sort();
    const exp = f.expect.map((e) => `${e.line} ${e.rule}`).sort();
    assert.deepEqual(got, exp, 'findings (line rule) against the <!-- expect: --> markers');
    const lines = snapshotLines(compared);
    const where = relative(process.cwd(), f.snapshotFile);
    if (UPDATE) writeSnapshot(f.snapshotFile, lines);
    else assert.deepEqual(lines, readSnapshot(f.snapshotFile) ?? [], `messages against ${where} (UPDATE_SNAPSHOTS=1 rewrites it)`);
  } else if (UPDATE) {
    writeSnapshot(f.snapshotFile, []);
  } else {
    assert.equal(readSnapshot(f.snapshotFile), null, `${f.snapshotFile} snapshots nothing: the fixture compares no rules`);
  }
  const m = a.model;
  if (spec.sections) assert.deepEqual(m.sections.map((s) => s.kinds.join('+')), spec.sections);
  if (spec.fields) assert.deepEqual(m.fields.map((x) => `${x.line + 1}:${x.kinds.join('+')}`), spec.fields);
  if (spec.times) assert.deepEqual(m.timeline.map((e) => e.time), spec.times);
  if (spec.measures !== null) assert.equal(m.measures.length, spec.measures, JSON.stringify(m.measures.map((x) => x.text)));
  if (spec.tasks !== null) assert.equal(m.tasks.length, spec.tasks, JSON.stringify(m.tasks.map((x) => x.text)));
  if (spec.owners) assert.deepEqual(m.tasks.map((t) => t.owner?.text ?? null), spec.owners);
  if (spec.title !== null) assert.equal(m.title?.text, spec.title);
  if (f.fixed !== null) {
    const fixed = fixUntilStable(f);
    assert.equal(fixed, f.fixed);
    const again = lint(f, fixed);
    assert.deepEqual(fixAllEdits(again.findings), [], 're-linting the fixed text finds nothing fixable');
  }
}

for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  for (const name of readdirSync(join(root, dir)).filter((n) => n.endsWith('.md') && !n.endsWith('.fixed.md')).sort()) {
    // Loading is inside the test: a malformed fixture fails its own test, not the file.
    test(`fixture ${dir}/${name}`, () => check(loadFixture(join(root, dir, name), name)));
  }
}

test('a snapshot belongs to a fixture', () => {
  const orphans = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.snap'))
    .filter((p) => !readdirSync(join(root, p, '..')).includes(p.replace(/^.*\//, '').replace(/\.snap$/, '.md')));
  assert.deepEqual(orphans, [], 'snapshots without their fixture: delete them');
});
