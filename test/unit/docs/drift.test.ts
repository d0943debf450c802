// Rule metadata, the settings table (config/schema.ts) and the output formats
// (outputs/format/index.ts) are the single sources of truth. This test fails when the docs
// pages, the README table, docs/configuration.md, the .postmortemrc.json schema or the VS
// Code settings drift from them, and says exactly which file to write or which command to run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../../server/src/service/rules/index';
import {
  betweenMarkers, docProblems, DOC_SECTIONS, JSON_VALIDATION, replaceBetweenMarkers, ruleTable, SCHEMA_PATH, schemaText,
} from '../../../scripts/generate/rule-docs';
import { configurationProperties, RULES_SETTING, rulesSetting, SETTINGS_END, SETTINGS_START, settingsTable } from '../../../scripts/generate/settings';
import { formatList, FORMATS_END, FORMATS_START } from '../../../scripts/generate/formats';
import { CATALOGUE_PATH, catalogueText, CATEGORY_ORDER, type RuleFile } from '../../../scripts/generate/catalogue';

const root = join(import.meta.dirname, '..', '..', '..');
const metas = ALL_RULES.map((r) => r.meta);
const REGENERATE = 'run `npm run docs` and commit the result';

test('every rule has docs/rules/<name>.md with when it fires, a failing example, the fix and why', () => {
  const problems: string[] = [];
  for (const m of metas) {
    const file = join('docs', 'rules', `${m.name}.md`);
    if (!existsSync(join(root, file))) {
      problems.push(`write ${file} (sections: ${DOC_SECTIONS.map((s) => `"## ${s}"`).join(', ')}; see docs/rules/heading-empty.md)`);
      continue;
    }
    for (const p of docProblems(m.name, readFileSync(join(root, file), 'utf8'))) problems.push(`${file}: ${p}`);
  }
  assert.deepEqual(problems, [], `rule docs are missing or incomplete:\n  ${problems.join('\n  ')}`);
});

test('no docs page for a rule that does not exist (renamed or removed rules)', () => {
  const names = new Set(metas.map((m) => m.name));
  const orphans = readdirSync(join(root, 'docs', 'rules')).filter((f) => f.endsWith('.md') && !names.has(f.slice(0, -3)));
  assert.deepEqual(orphans, [], `docs/rules has pages for no rule: ${orphans.join(', ')} (delete or rename them)`);
});

test('the README rule table is the one generated from the metadata', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const table = betweenMarkers(readme);
  assert.notEqual(table, null, 'README.md lacks the <!-- rules:start --> / <!-- rules:end --> markers');
  assert.equal(table, ruleTable(metas), `README.md's rule table is stale: ${REGENERATE}`);
});

test('schemas/postmortemrc.schema.json is the one generated from the zod schema and the rules', () => {
  const file = join(root, SCHEMA_PATH);
  assert.ok(existsSync(file), `${SCHEMA_PATH} is missing: ${REGENERATE}`);
  assert.equal(readFileSync(file, 'utf8'), schemaText(metas), `${SCHEMA_PATH} is stale: ${REGENERATE}`);
});

interface Manifest {
  capabilities?: { untrustedWorkspaces?: { restrictedConfigurations?: string[] } };
  contributes: { jsonValidation?: unknown[]; configuration: { properties: Record<string, unknown> } };
}
const manifest = (): Manifest => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;

test('package.json contributes the schema for .postmortemrc.json and every postmortem.* setting from the settings table', () => {
  const pkg = manifest();
  assert.ok(pkg.contributes.jsonValidation?.some((v) => JSON.stringify(v) === JSON.stringify(JSON_VALIDATION)), `package.json lacks contributes.jsonValidation ${JSON.stringify(JSON_VALIDATION)}: ${REGENERATE}`);
  assert.deepEqual(pkg.contributes.configuration.properties, configurationProperties(metas), `package.json's contributes.configuration.properties is stale: ${REGENERATE}`);
  assert.deepEqual(pkg.contributes.configuration.properties[RULES_SETTING], rulesSetting(metas));
});

test('every setting the manifest restricts in untrusted workspaces, or a description names, is declared', () => {
  const pkg = manifest();
  const declared = new Set(Object.keys(pkg.contributes.configuration.properties));
  const restricted = pkg.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? [];
  assert.ok(restricted.length > 0);
  assert.deepEqual(restricted.filter((k) => !declared.has(k)), [], 'capabilities.untrustedWorkspaces.restrictedConfigurations names settings package.json does not declare');
  const named = new Set<string>();
  for (const p of Object.values(pkg.contributes.configuration.properties)) {
    const text = JSON.stringify(p);
    for (const m of text.matchAll(/`(postmortem\.[A-Za-z]+)`/g)) if (m[1]) named.add(m[1]);
  }
  assert.ok(named.has('postmortem.profiles'), 'the profile setting points at postmortem.profiles');
  assert.deepEqual([...named].filter((k) => !declared.has(k)), [], 'a setting description names a setting package.json does not declare');
});

/** `config.get<T>('key', default)` calls in the client files that read `getConfiguration('postmortem', ...)`. */
function clientReads(): { file: string; key: string; fallback: string | null }[] {
  const dir = join(root, 'client', 'src');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const out: { file: string; key: string; fallback: string | null }[] = [];
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    if (!text.includes("getConfiguration('postmortem'")) continue;
    for (const m of text.matchAll(/\bconfig\.get(?:<[^>]*>)?\('([A-Za-z]+)'(?:,\s*([^)]*))?\)/g)) out.push({ file: f, key: m[1] ?? '', fallback: m[2]?.trim() ?? null });
  }
  return out;
}

type Declared = Record<string, { default?: unknown }>;

/** What is wrong with the client's reads: an undeclared key, or a literal fallback that is not the declared default. */
function clientReadProblems(reads: readonly { file: string; key: string; fallback: string | null }[], props: Declared): string[] {
  const problems: string[] = [];
  for (const r of reads) {
    const p = props[`postmortem.${r.key}`];
    if (!p) problems.push(`client/src/${r.file} reads postmortem.${r.key}, which package.json does not declare: add it to the settings table (config/schema.ts)`);
    else if (r.fallback !== null && /^'[^']*'$/.test(r.fallback) && r.fallback.slice(1, -1) !== p.default) {
      problems.push(`client/src/${r.file}: the fallback ${r.fallback} of postmortem.${r.key} is not its default ${JSON.stringify(p.default)} (config/schema.ts)`);
    }
  }
  return problems;
}

test('the client reads only declared settings, and a fallback it writes is the declared default', () => {
  const props = manifest().contributes.configuration.properties as Declared;
  const reads = clientReads();
  assert.ok(reads.some((r) => r.key === 'newPostmortemFolder'), 'the client reads postmortem.newPostmortemFolder (new-postmortem.ts)');
  assert.deepEqual(clientReadProblems(reads, props), []);
  // The check can fail.
  assert.equal(clientReadProblems([{ file: 'x.ts', key: 'newPostmortemFolder', fallback: "'incidents'" }, { file: 'x.ts', key: 'nope', fallback: null }], props).length, 2);
});

test('docs/configuration.md has the settings table and the output formats generated from their sources', () => {
  const text = readFileSync(join(root, 'docs', 'configuration.md'), 'utf8');
  for (const [start, end, content, what] of [
    [SETTINGS_START, SETTINGS_END, settingsTable(), 'settings table'],
    [FORMATS_START, FORMATS_END, formatList(), 'output formats'],
  ] as const) {
    const found = betweenMarkers(text, { start, end });
    assert.notEqual(found, null, `docs/configuration.md lacks the ${start} / ${end} markers`);
    assert.equal(found, content, `docs/configuration.md's ${what} is stale: ${REGENERATE}`);
  }
});

function ruleFiles(): RuleFile[] {
  const dir = join(root, 'server', 'src', 'service', 'rules');
  return CATEGORY_ORDER.flatMap((category) => readdirSync(join(dir, category)).filter((f) => f.endsWith('.ts')).sort()
    .map((f) => ({ category, name: f.slice(0, -3), text: readFileSync(join(dir, category, f), 'utf8') })));
}

test('the rule catalogue (rules/index.ts) is the one generated from the rule files', () => {
  assert.equal(readFileSync(join(root, CATALOGUE_PATH), 'utf8'), catalogueText(ruleFiles()), `${CATALOGUE_PATH} is stale: run \`node scripts/gen-rules.mjs\` (or \`npm run docs\`)`);
});

test('each rule lives in the folder of its category, so the catalogue order is the category order', () => {
  const files = ruleFiles();
  const wrong = metas.filter((m) => !files.some((f) => f.category === m.category && f.text.includes(`'${m.name}'`)));
  assert.deepEqual(wrong.map((m) => m.name), [], 'a rule whose meta.category is not its folder under rules/');
  const order = metas.map((m) => CATEGORY_ORDER.indexOf(m.category));
  assert.deepEqual(order, [...order].sort((a, b) => a - b), 'ALL_RULES is grouped by category, in CATEGORY_ORDER');
});

test('the drift checks can fail: a stale table, a missing section, a changed default', () => {
  const stale = replaceBetweenMarkers('x\n<!-- rules:start -->\n<!-- rules:end -->\n', ruleTable(metas.slice(1)));
  assert.notEqual(betweenMarkers(stale ?? ''), ruleTable(metas));
  assert.deepEqual(docProblems('heading-empty', '# heading-empty\n\n## When it fires\n\n## Fix\n\n## Why\n'), [
    'it needs a "## Failing example" section',
    'it needs a failing example in a fenced code block',
  ]);
  const first = metas[0];
  assert.ok(first);
  const changed = [{ ...first, defaultSeverity: first.defaultSeverity === 'error' ? 'warning' as const : 'error' as const }, ...metas.slice(1)];
  assert.notDeepEqual(rulesSetting(changed), rulesSetting(metas));
  assert.notEqual(schemaText(changed), schemaText(metas));
  assert.notDeepEqual(configurationProperties(changed), configurationProperties(metas));
  const extra: RuleFile = { category: 'timeline', name: 'timeline-new', text: "export const timelineNew: Rule = {\n" };
  assert.match(catalogueText([...ruleFiles(), extra]), /import \{ timelineNew \} from '\.\/timeline\/timeline-new';[^]*  timelineNew,/);
  assert.notEqual(catalogueText([...ruleFiles(), extra]), catalogueText(ruleFiles()));
});
