#!/usr/bin/env node
// Writes schemas/postmortemrc.schema.json (from the zod config schema and the rule metadata)
// and the generated parts of package.json: `contributes.jsonValidation` for .postmortemrc.json
// and the `postmortem.rules` setting. Other settings in package.json are left as they are.
// test/unit/docs/drift.test.ts fails when these differ from what this script would write.
//   node scripts/gen-schema.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const root = new URL('..', import.meta.url);
const { ALL_RULES } = await tsImport('../server/src/service/rules/index.ts', import.meta.url);
const gen = await tsImport('./generate/rule-docs.ts', import.meta.url);
const metas = ALL_RULES.map((r) => r.meta);

mkdirSync(new URL('schemas/', root), { recursive: true });
const schemaFile = new URL(gen.SCHEMA_PATH, root);
writeFileSync(schemaFile, gen.schemaText(metas));
console.log(`wrote ${schemaFile.pathname}`);

// package.json: read, change only the generated keys, write back (team rule for this file).
const pkgFile = new URL('package.json', root);
const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
const contributes = (pkg.contributes ??= {});
const others = (contributes.jsonValidation ?? []).filter((v) => v.fileMatch !== gen.JSON_VALIDATION.fileMatch);
contributes.jsonValidation = [...others, gen.JSON_VALIDATION];
const configuration = (contributes.configuration ??= { title: 'Postmortem', properties: {} });
configuration.properties ??= {};
configuration.properties[gen.RULES_SETTING] = gen.rulesSetting(metas);
writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
console.log(`updated ${pkgFile.pathname}: contributes.jsonValidation, ${gen.RULES_SETTING}`);
