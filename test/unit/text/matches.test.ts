import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allMatches } from '../../../server/src/service/text/matches';

/** What a match says: where, what, and its groups. */
const shape = (ms: Iterable<RegExpMatchArray>): unknown[] => [...ms].map((m) => ({ index: m.index, groups: [...m] }));

const EXPRESSIONS = [/\d+/g, /(\w)(\d)?/g, /x*/g, /(?:)/g, /\b/g, /a|/gi, /\p{L}*/gu, /(?<y>\d{4})-(\d\d)/g, /$/gm, /^/gm];

test('allMatches finds what matchAll finds, empty matches included', () => {
  fc.assert(fc.property(fc.constantFrom(...EXPRESSIONS), fc.string({ unit: fc.constantFrom('a', 'x', '1', '2', ' ', '-', '\n', 'é', '😀') }), (re, text) => {
    assert.deepEqual(shape(allMatches(text, re)), shape(text.matchAll(re)));
    assert.equal(re.lastIndex, 0);
  }));
});

test('allMatches steps over an empty match by a whole code point under the u flag', () => {
  assert.deepEqual(allMatches('😀a', /(?:)/gu).map((m) => m.index), [0, 2, 3]);
  assert.deepEqual(allMatches('😀a', /(?:)/g).map((m) => m.index), [0, 1, 2, 3]);
});

test('allMatches leaves the expression at lastIndex 0, wherever it was, so a later exec starts at the beginning', () => {
  const re = /o/g;
  re.lastIndex = 3;
  assert.deepEqual(allMatches('foo', re).map((m) => m.index), [1, 2]);
  assert.equal(re.lastIndex, 0);
  assert.equal(re.exec('foo')?.index, 1);
});

test('the same expression used inside a walk over its own matches does not disturb the walk', () => {
  const re = /\d/g;
  const seen: number[] = [];
  for (const m of allMatches('1a2b3', re)) {
    seen.push(m.index);
    allMatches('99', re);
  }
  assert.deepEqual(seen, [0, 2, 4]);
});

test('a non-global expression is refused, as matchAll refuses it', () => {
  assert.throws(() => allMatches('a', /a/), TypeError);
  assert.throws(() => 'a'.matchAll(/a/), TypeError);
});

test('the server calls allMatches, never String.prototype.matchAll (whose copies lose their compiled code)', async () => {
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const { join } = await import('node:path');
  const root = join(import.meta.dirname, '../../../server/src');
  const offenders: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.ts')) readFileSync(p, 'utf8').split('\n').forEach((l, i) => { if (/\.matchAll\(/.test(l)) offenders.push(`${p}:${i + 1}`); });
    }
  };
  walk(root);
  assert.deepEqual(offenders, []);
});
