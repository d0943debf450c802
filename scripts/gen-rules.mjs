#!/usr/bin/env node
// Writes the rule catalogue server/src/service/rules/index.ts from the rule files in
// server/src/service/rules/<category>/*.ts (scripts/generate/catalogue.ts says how).
// test/unit/docs/drift.test.ts fails when the file on disk differs.
//   node scripts/gen-rules.mjs      (the first step of npm run docs)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const root = new URL('..', import.meta.url);
const gen = await tsImport('./generate/catalogue.ts', import.meta.url);
const rulesDir = new URL('server/src/service/rules/', root);
const files = [];
for (const category of gen.CATEGORY_ORDER) {
  for (const f of readdirSync(new URL(`${category}/`, rulesDir)).filter((n) => n.endsWith('.ts')).sort()) {
    files.push({ category, name: f.slice(0, -3), text: readFileSync(new URL(`${category}/${f}`, rulesDir), 'utf8') });
  }
}
const out = new URL(gen.CATALOGUE_PATH, root);
writeFileSync(out, gen.catalogueText(files));
console.log(`wrote ${out.pathname} (${files.length} files read)`);
