#!/usr/bin/env node
// Writes snippets/postmortem.code-snippets from server/src/service/templates.ts, the single
// source of truth for the templates (test/unit/snippets checks that the file is current).
//   node scripts/gen-snippets.mjs
import { writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const root = new URL('..', import.meta.url);
const { buildSnippetFile } = await tsImport('../server/src/service/language/templates.ts', import.meta.url);
const out = new URL('snippets/postmortem.code-snippets', root);
writeFileSync(out, JSON.stringify(buildSnippetFile(), null, 2) + '\n');
console.log(`wrote ${out.pathname}`);
