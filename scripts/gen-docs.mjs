#!/usr/bin/env node
// Writes the README's rule table (between <!-- rules:start --> and <!-- rules:end -->) from
// the rule metadata, and checks that every rule has its hand-written page docs/rules/<name>.md
// (when it fires, a failing example, the fix, why). Exits 1 naming each page to write.
//   node scripts/gen-docs.mjs      (npm run docs runs gen-schema.mjs first)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const root = new URL('..', import.meta.url);
const { ALL_RULES } = await tsImport('../server/src/service/rules/index.ts', import.meta.url);
const gen = await tsImport('./generate/rule-docs.ts', import.meta.url);
const metas = ALL_RULES.map((r) => r.meta);

const readmeFile = new URL('README.md', root);
let readme = existsSync(readmeFile) ? readFileSync(readmeFile, 'utf8') : '';
if (!readme.includes(gen.TABLE_START)) {
  // The lead owns the README; only the Rules section with its markers is added here.
  readme = `${readme}${readme === '' || readme.endsWith('\n\n') ? '' : readme.endsWith('\n') ? '\n' : '\n\n'}## Rules\n\n${gen.TABLE_START}\n${gen.TABLE_END}\n`;
}
writeFileSync(readmeFile, gen.replaceBetweenMarkers(readme, gen.ruleTable(metas)));
console.log(`wrote the rule table in ${readmeFile.pathname}`);

let bad = 0;
for (const m of metas) {
  const page = new URL(`docs/rules/${m.name}.md`, root);
  if (!existsSync(page)) {
    console.error(`missing docs/rules/${m.name}.md: write it with the sections ${gen.DOC_SECTIONS.map((s) => `"## ${s}"`).join(', ')}`);
    bad++;
    continue;
  }
  for (const p of gen.docProblems(m.name, readFileSync(page, 'utf8'))) {
    console.error(`docs/rules/${m.name}.md: ${p}`);
    bad++;
  }
}
process.exit(bad > 0 ? 1 : 0);
