// The date reader leaves out chrono's refiners that glue a zone or a second date onto a
// date, told by what they do (service/time/dates.ts). Names would do in Node, but the
// browser bundle is minified and renames chrono's classes: the second test reads dates
// with such a bundle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { findDates, leftOutRefiners } from '../../../server/src/service/lex/time/dates';

test('the refiners left out are the zone and date-range ones', () => {
  assert.deepEqual(leftOutRefiners().map((r) => r.constructor.name).sort(), ['ENMergeDateRangeRefiner', 'ExtractTimezoneAbbrRefiner', 'ExtractTimezoneOffsetRefiner']);
});

test('minified as in the browser bundle, class names are gone and dates still keep their own spans', async () => {
  const out = await esbuild.build({
    stdin: { contents: "export { findDates, leftOutRefiners } from './server/src/service/lex/time/dates';", resolveDir: process.cwd(), loader: 'ts' },
    bundle: true, minify: true, write: false, format: 'cjs', platform: 'browser', target: 'es2022',
    conditions: ['worker', 'browser', 'import', 'default'], mainFields: ['browser', 'module', 'main'], logLevel: 'silent',
  });
  const mod: { exports: Record<string, unknown> } = { exports: {} };
  new Function('module', 'exports', out.outputFiles[0]?.text ?? '')(mod, mod.exports);
  const bundled = mod.exports as { findDates: typeof findDates; leftOutRefiners: typeof leftOutRefiners };
  const names = bundled.leftOutRefiners().map((r) => r.constructor.name);
  assert.equal(names.length, 3);
  assert.ok(!names.some((n) => /Timezone|DateRange/.test(n)), `the minifier renamed the classes (a name filter would keep them all): ${names.join(', ')}`);
  for (const text of ['May 10, 2023 - May 11, 2023', 'May 11, 2023, 04:00 PM (GMT+1)', 'the 5th of June 2023, at 12:30 PM EST']) {
    assert.deepEqual(bundled.findDates(text).map((d) => d.text), findDates(text).map((d) => d.text), text);
  }
  assert.deepEqual(bundled.findDates('May 10, 2023 - May 11, 2023').map((d) => d.text), ['May 10, 2023', 'May 11, 2023']);
});
