/**
 * Every rule in ALL_RULES, as it is at run time, is proven to fire by a test that names it:
 * - at least one fixture expectation (`<!-- expect: <rule> -->` under test/fixtures/) that its
 *   finding meets, in a fixture that compares it;
 * - its page's failing example (docs/rules/<rule>.md, each `markdown` block under
 *   "## Failing example") produces its finding, and the fixed example (each `markdown` block
 *   under "## Fix") does not.
 * A rule made silent fails both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Heading, RootContent } from 'mdast';
import { analyze } from '../../../server/src/service/analysis';
import { resolveConfig } from '../../../server/src/service/config/index';
import { parseMarkdown } from '../../../server/src/service/parse/markdown';
import { ALL_RULES } from '../../../server/src/service/rules/index';
import type { SeveritySetting } from '../../../server/src/service/rules/types';
import { allFixtures } from '../fixture-harness';

const ROOT = join(__dirname, '..', '..', '..');

/** For each rule, the fixture expectations its findings meet, as `folder/name:line`. */
function metExpectations(): Map<string, string[]> {
  const met = new Map<string, string[]>(ALL_RULES.map((r) => [r.meta.name, []]));
  for (const { dir, fixture: f } of allFixtures(join(ROOT, 'test', 'fixtures'))) {
    if (f.expect.length === 0) continue;
    const a = analyze(f.text, { path: f.spec.path ?? `postmortems/${f.name}`, config: f.spec.config, forced: f.spec.postmortem === null });
    const found = a.findings.map((x) => `${x.range.start.line + 1} ${x.rule}`);
    for (const e of f.expect) {
      const i = found.indexOf(`${e.line} ${e.rule}`);
      if (i < 0) continue;
      found.splice(i, 1);
      met.get(e.rule)?.push(`${dir}/${f.name}:${e.line}`);
    }
  }
  return met;
}

const met = metExpectations();

/** Every rule on (rules that default to off included): a page's example names one rule. */
const allOn = resolveConfig([{ rules: Object.fromEntries(ALL_RULES.map((r) => [r.meta.name, r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity] as [string, SeveritySetting])) }]);

const headingText = (h: Heading): string => h.children.map((c) => ('value' in c ? c.value : '')).join('');

/** The `markdown` code blocks under a page's `## <title>` section. */
function examples(page: string, title: string): string[] {
  const out: string[] = [];
  let inside = false;
  for (const node of parseMarkdown(page).children as RootContent[]) {
    if (node.type === 'heading' && node.depth <= 2) inside = node.depth === 2 && headingText(node) === title;
    else if (inside && node.type === 'code' && (node as Code).lang === 'markdown') out.push((node as Code).value);
  }
  return out;
}

/**
 * Two pages show their failing example in short, with a note where the bulk goes; the test
 * writes the bulk in. The note must be there, so a page that changes it fails here.
 */
const BULK: Record<string, { note: string; bulk: () => string }> = {
  'line-too-long': { note: ' ... (5,000 more characters)', bulk: () => ' ERROR conn reset'.repeat(300) },
  'file-too-large': { note: '(followed by 2 MB of pasted logs)', bulk: () => '    2024-05-09T10:00:00Z api-1 ERROR upstream timeout\n'.repeat(40_000) },
};

function withBulk(rule: string, example: string): string {
  const b = BULK[rule];
  if (!b) return example;
  assert.ok(example.includes(b.note), `docs/rules/${rule}.md: the failing example lost its note ${JSON.stringify(b.note)}, which this test expands`);
  return example.replace(b.note, b.bulk());
}

function fires(rule: string, text: string): number[] {
  return analyze(text, { path: 'postmortems/example.md', config: allOn, forced: true }).findings.filter((f) => f.rule === rule).map((f) => f.range.start.line + 1);
}

test('the coverage checks see every fixture expectation and every page', () => {
  assert.ok(ALL_RULES.length > 30);
  assert.ok([...met.values()].flat().length > 80, 'the fixture expectations were read');
});

for (const { meta: { name } } of ALL_RULES) {
  test(`${name}: fires on at least one fixture expectation`, () => {
    assert.ok((met.get(name) ?? []).length > 0, `no fixture under test/fixtures/ expects ${name} where it fires: add a document with \`<!-- expect: ${name} -->\` at the end of the line of its finding, and \`rules: ${name}\` in its fixture block`);
  });

  const page = readFileSync(join(ROOT, 'docs', 'rules', `${name}.md`), 'utf8');
  test(`${name}: the failing example of docs/rules/${name}.md fires it`, () => {
    const failing = examples(page, 'Failing example');
    assert.ok(failing.length > 0, 'no ```markdown block under "## Failing example"');
    for (const ex of failing) assert.notDeepEqual(fires(name, withBulk(name, ex)), [], `no ${name} finding on:\n${ex}`);
  });

  const fixed = examples(page, 'Fix');
  if (fixed.length > 0) {
    test(`${name}: the fixed example of docs/rules/${name}.md does not fire it`, () => {
      for (const ex of fixed) assert.deepEqual(fires(name, ex), [], `${name} still fires on the fixed example:\n${ex}`);
    });
  }
}
