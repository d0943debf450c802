/** Runs every fixture document under test/fixtures/ against its inline expectations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/service/analysis';
import { resolveConfig } from '../../server/src/service/config/index';
import { fixAllEdits, applyEdits } from '../../server/src/service/rules/fixes/fix-all';
import { loadFixtures, type Fixture } from './fixture-harness';

const root = join(__dirname, '..', 'fixtures');
const config = resolveConfig([]);

function lint(f: Fixture, text: string) {
  return analyze(text, { path: f.spec.path ?? `postmortems/${f.name}`, config, forced: f.spec.postmortem === null });
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

for (const dir of readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory()).sort()) {
  for (const f of loadFixtures(join(root, dir))) {
    test(`fixture ${dir}/${f.name}`, () => {
      const a = lint(f, f.text);
      const { spec } = f;
      if (spec.postmortem !== null) assert.equal(a.detection.postmortem, spec.postmortem, a.detection.reason);
      if (spec.rules) {
        const wanted = new Set(spec.rules);
        const got = a.findings.filter((x) => wanted.has(x.rule)).map((x) => `${x.range.start.line + 1} ${x.rule}`).sort();
        const exp = spec.expect.map((e) => `${e.line} ${e.rule}`).sort();
        assert.deepEqual(got, exp);
      }
      const m = a.model;
      if (spec.sections) {
        const kinds = m.sections.map((s) => s.kinds.join('+'));
        assert.deepEqual(kinds, spec.sections);
      }
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
    });
  }
}
