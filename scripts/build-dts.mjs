#!/usr/bin/env node
// Writes dist/api.d.ts, the types of the library API (server/src/api.ts), with the
// TypeScript compiler. The API declares its public types itself, so the declaration file
// must stand alone: an `import` in it (a type leaking from the core, or from zod) fails here.
import ts from 'typescript';
import { writeFileSync, mkdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const entry = `${root}server/src/api.ts`;
const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  declaration: true,
  emitDeclarationOnly: true,
  skipLibCheck: true,
  resolveJsonModule: true,
  esModuleInterop: true,
  types: [],
  lib: ['lib.es2022.d.ts'],
};
const program = ts.createProgram([entry], options);
let dts = null;
const result = program.emit(program.getSourceFile(entry), (name, text) => { if (name.endsWith('api.d.ts')) dts = text; }, undefined, true);
const diags = ts.getPreEmitDiagnostics(program).concat(result.diagnostics).filter((d) => d.file?.fileName === entry);
if (diags.length > 0 || dts === null) {
  console.error(ts.formatDiagnostics(diags, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }) || 'no declaration emitted for api.ts');
  process.exit(1);
}
const leaks = dts.split('\n').filter((l) => /^\s*import\b|\bimport\(/.test(l));
if (leaks.length > 0) {
  console.error(`dist/api.d.ts must stand alone; it imports:\n${leaks.join('\n')}`);
  process.exit(1);
}
mkdirSync(`${root}dist`, { recursive: true });
writeFileSync(`${root}dist/api.d.ts`, `// The types of require('postmortem-lint'): see README ("As a library").\n${dts}`);
console.log('wrote dist/api.d.ts');
