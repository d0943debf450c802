// Rule metadata is the single source of truth. This test fails when the docs pages, the
// README table, the .postmortemrc.json schema or the VS Code settings drift from it, and
// says exactly which file to write or which command to run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from '../../../server/src/service/rules/index';
import {
  betweenMarkers, docProblems, DOC_SECTIONS, JSON_VALIDATION, replaceBetweenMarkers, ruleTable, rulesSetting, RULES_SETTING, SCHEMA_PATH, schemaText,
} from '../../../scripts/generate/rule-docs';

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

test('package.json contributes the schema for .postmortemrc.json and the postmortem.rules setting from the metadata', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    contributes: { jsonValidation?: unknown[]; configuration: { properties: Record<string, unknown> } };
  };
  assert.ok(pkg.contributes.jsonValidation?.some((v) => JSON.stringify(v) === JSON.stringify(JSON_VALIDATION)), `package.json lacks contributes.jsonValidation ${JSON.stringify(JSON_VALIDATION)}: ${REGENERATE}`);
  assert.deepEqual(pkg.contributes.configuration.properties[RULES_SETTING], rulesSetting(metas), `package.json's ${RULES_SETTING} setting is stale: ${REGENERATE}`);
  for (const key of ['postmortem.enable', 'postmortem.globs', 'postmortem.profile', 'postmortem.timeZone']) {
    assert.ok(key in pkg.contributes.configuration.properties, `package.json lost the ${key} setting`);
  }
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
});
