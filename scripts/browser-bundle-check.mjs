// What a web worker lacks, kept out of the browser bundles. Node built-ins already fail the
// build (platform browser). Node's globals and the DOM's are renamed by esbuild's `define`
// (which touches only free references, never a local or a property of the same name) to a
// marker; the check then fails the build on any marker left, except where the code tests
// for the global first (`typeof process == "object" && process.platform`, as minimatch
// does): in a worker such a test is false, as it was for the real global.
import fs from 'node:fs';

const GLOBALS = ['process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', '__dirname', '__filename', 'document', 'window'];
const marker = (g) => `__${g}_is_not_in_a_worker`;

/** esbuild `define` for the browser builds. */
export const browserDefines = Object.fromEntries(GLOBALS.map((g) => [g, marker(g)]));

/** Problems in the outputs of a build (its metafile): empty when the bundles are clean. */
export function checkBrowserBundle(metafile) {
  const problems = [];
  for (const out of Object.keys(metafile.outputs)) {
    if (!out.endsWith('.js')) continue;
    const code = fs.readFileSync(out, 'utf8');
    for (const g of GLOBALS) {
      const m = marker(g);
      for (let at = code.indexOf(m); at >= 0; at = code.indexOf(m, at + m.length)) {
        const before = code.slice(Math.max(0, at - 120), at);
        const guarded = before.endsWith('typeof ') || before.includes(`typeof ${m}`);
        if (!guarded) problems.push(`${out}: \`${g}\` at offset ${at}: …${code.slice(Math.max(0, at - 60), at + m.length + 30).replaceAll(m, g)}…`);
      }
    }
    if (code.includes('createElement(')) problems.push(`${out}: createElement( (a DOM build, e.g. decode-named-character-reference without the worker condition)`);
  }
  return problems;
}
