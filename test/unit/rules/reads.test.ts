/**
 * Every rule of the catalogue declares what its findings rest on (`meta.reads`, issue 14):
 * the runner keeps findings across an edit by it, so a rule without it would silently be
 * run on every version, and a malformed declaration could keep findings it must not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ALL_RULES } from '../../../server/src/service/rules/index';

const KNOWN = new Set(['lines', 'timeline', 'times', 'items', 'document']);

test('every rule declares what it reads, well-formed', () => {
  for (const rule of ALL_RULES) {
    const reads = rule.meta.reads;
    assert.ok(reads && reads.length > 0, `${rule.meta.name}: meta.reads is missing`);
    for (const r of reads) assert.ok(KNOWN.has(r), `${rule.meta.name}: unknown reads '${r}'`);
    assert.equal(new Set(reads).size, reads.length, `${rule.meta.name}: reads repeats itself`);
    // `lines` and `document` stand alone: a line rule reads nothing beyond its lines.
    if (reads.includes('lines') || reads.includes('document')) assert.equal(reads.length, 1, `${rule.meta.name}: '${reads.join(', ')}'`);
  }
});
