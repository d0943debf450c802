/**
 * Invariants over every rule in ALL_RULES as it is at run time (rules are added by several
 * people): names, metadata, `fixable` against what the rules do on the fixtures, no crash on
 * fixtures and adversarial documents, silence on documents that are not postmortems, and
 * findings and fixes that stay inside the document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze, type Analysis } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { ALL_RULES } from '../../../server/src/service/rules/index';
import { comparePositions, type Range, type SourceText, type TextEdit } from '../../../server/src/service/text/source-text';
import { fixAllEdits } from '../../../server/src/service/rules/fixes/fix-all';
import type { SeveritySetting } from '../../../server/src/service/rules/types';
import { ADVERSARIAL, NOT_POSTMORTEMS } from './invariant-docs';
import { readFixtureDocument } from '../fixture-harness';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const CATEGORIES = new Set(['structure', 'summary', 'timeline', 'action-items', 'language', 'metadata']);
const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Every rule on, rules that default to off included, so each one runs. */
const allOn = resolveConfig([{ rules: Object.fromEntries(ALL_RULES.map((r) => [r.meta.name, r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity] as [string, SeveritySetting])) }]);
const defaults = resolveConfig([]);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? markdownFiles(p) : n.endsWith('.md') ? [p] : [];
  });
}

interface Run { name: string; analysis: Analysis; errors: string[] }

function run(name: string, text: string): Run {
  const errors: string[] = [];
  const analysis = analyze(text, {
    path: `postmortems/${name}.md`,
    config: allOn,
    forced: true,
    onRuleError: (rule, e) => errors.push(`${rule}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`),
  });
  return { name, analysis, errors };
}

// Read on first use, inside the first test (not while the file loads): the report then shows
// the time of these runs under a test, the 5,000-line adversarial list included.
let cached: { fixtures: Run[]; all: Run[] } | null = null;
function runs(): { fixtures: Run[]; all: Run[] } {
  if (cached) return cached;
  const fixtures = markdownFiles(FIXTURES).map((f) => run(relative(FIXTURES, f), readFixtureDocument(f)));
  const adversarial = Object.entries(ADVERSARIAL).map(([name, text]) => run(name, text));
  cached = { fixtures, all: [...fixtures, ...adversarial] };
  return cached;
}
const fixtureRuns = (): Run[] => runs().fixtures;
const allRuns = (): Run[] => runs().all;

test('there are rules and fixtures to check (every fixture and adversarial document read with every rule on)', () => {
  assert.ok(ALL_RULES.length > 0);
  assert.ok(fixtureRuns().length > 0);
});

test('rule names are unique and kebab-case', () => {
  const names = ALL_RULES.map((r) => r.meta.name);
  for (const n of names) assert.match(n, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, `rule name ${JSON.stringify(n)}`);
  const dup = names.filter((n, i) => names.indexOf(n) !== i);
  assert.deepEqual(dup, [], `duplicate rule names: ${dup.join(', ')}`);
});

for (const rule of ALL_RULES) {
  const { meta } = rule;
  test(`${meta.name}: metadata is complete`, () => {
    assert.equal(typeof meta.description, 'string');
    assert.ok(meta.description.trim().length >= 10, 'description too short');
    assert.ok(CATEGORIES.has(meta.category), `category ${meta.category}`);
    assert.ok(SEVERITIES.has(meta.defaultSeverity), `defaultSeverity ${meta.defaultSeverity}`);
    assert.equal(typeof meta.fixable, 'boolean');
    assert.equal(typeof rule.check, 'function');
  });

  test(`${meta.name}: fixable is ${String(meta.fixable)}, and the fixtures agree`, () => {
    const withFix = fixtureRuns().filter((r) => r.analysis.findings.some((f) => f.rule === meta.name && f.fixes.length > 0)).map((r) => r.name);
    if (meta.fixable) {
      assert.ok(withFix.length > 0, `${meta.name} is marked fixable, but no fixture under test/fixtures/ exercises its fix: add one whose findings include a ${meta.name} fix`);
    } else {
      const any = allRuns().filter((r) => r.analysis.findings.some((f) => f.rule === meta.name && f.fixes.length > 0)).map((r) => r.name);
      assert.deepEqual(any, [], `${meta.name} is not marked fixable, but offers fixes on these documents`);
    }
  });
}

test('no rule throws on any fixture or adversarial document', () => {
  const failures = allRuns().flatMap((r) => r.errors.map((e) => `${r.name}: ${e}`));
  assert.deepEqual(failures, []);
});

for (const doc of NOT_POSTMORTEMS) {
  test(`no finding at all on ${doc.path}, which is not a postmortem`, () => {
    const a = analyze(doc.text, { path: doc.path, config: defaults });
    assert.equal(a.detection.postmortem, false, a.detection.reason);
    assert.deepEqual(a.findings.map((f) => `${f.range.start.line + 1} ${f.rule}`), []);
  });
}

/** A position lies inside the text: a real line, and a character within that line's text. */
function inside(source: SourceText, r: Range): string | null {
  for (const p of [r.start, r.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `bad position ${JSON.stringify(p)}`;
    if (p.line >= source.lineCount) return `line ${p.line} past the last line ${source.lineCount - 1}`;
    if (p.character > source.lineAt(p.line).length) return `character ${p.character} past the end of line ${p.line} (${source.lineAt(p.line).length})`;
  }
  if (comparePositions(r.start, r.end) > 0) return `range ends before it starts ${JSON.stringify(r)}`;
  return null;
}

function overlapping(source: SourceText, edits: readonly TextEdit[]): string | null {
  const spans = edits.map((e) => ({ s: source.offsetAt(e.range.start), e: source.offsetAt(e.range.end), empty: comparePositions(e.range.start, e.range.end) === 0 })).sort((a, b) => a.s - b.s || a.e - b.e);
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (b.s < a.e) return `edits overlap: [${a.s},${a.e}) and [${b.s},${b.e})`;
    // Two edits at one point: only inserts before at most one replacement are allowed (LSP).
    if (b.s === a.s && !a.empty) return `two edits start at ${a.s} and the first is not an insert`;
  }
  return null;
}

test('every finding and related range lies inside its document', () => {
  const bad: string[] = [];
  for (const r of allRuns()) {
    for (const f of r.analysis.findings) {
      for (const range of [f.range, ...(f.related ?? []).map((x) => x.range)]) {
        const why = inside(r.analysis.source, range);
        if (why) bad.push(`${r.name}: ${f.rule}: ${why}`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

test('every fix has edits, inside the document and not overlapping; so does fix-all', () => {
  const bad: string[] = [];
  for (const r of allRuns()) {
    const src = r.analysis.source;
    for (const f of r.analysis.findings) {
      for (const fix of f.fixes) {
        if (fix.edits.length === 0 || !fix.title) bad.push(`${r.name}: ${f.rule}: a fix without edits or title`);
        for (const e of fix.edits) {
          const why = inside(src, e.range);
          if (why) bad.push(`${r.name}: ${f.rule} fix "${fix.title}": ${why}`);
        }
        const o = overlapping(src, fix.edits);
        if (o) bad.push(`${r.name}: ${f.rule} fix "${fix.title}": ${o}`);
      }
    }
    const o = overlapping(src, fixAllEdits(r.analysis.findings));
    if (o) bad.push(`${r.name}: fix-all: ${o}`);
  }
  assert.deepEqual(bad, []);
});
