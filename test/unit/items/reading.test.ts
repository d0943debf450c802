/**
 * Which lines are read as measures and which as tasks, line by line, for the fixture
 * documents under test/fixtures/actions that carry an `<!-- items ... -->` block:
 *
 *   <!-- items
 *   measures: 20 21        (1-based first lines; empty for none)
 *   tasks: 24 25 29
 *   -->
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../../server/src/service/analysis';
import { readFixtureDocument } from '../fixture-harness';

const dir = join(__dirname, '..', '..', 'fixtures', 'actions');

function expected(text: string): { measures: number[]; tasks: number[] } | null {
  const m = /<!--\s*items\b([\s\S]*?)-->/.exec(text);
  if (!m) return null;
  const list = (key: string): number[] => {
    const l = new RegExp(`^\\s*${key}:(.*)$`, 'm').exec(m[1] ?? '');
    if (!l) throw new Error(`items block without ${key}:`);
    return (l[1] ?? '').trim().split(/\s+/).filter(Boolean).map(Number);
  };
  return { measures: list('measures'), tasks: list('tasks') };
}

const files = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md')).sort();
let checked = 0;
for (const name of files) {
  const text = readFixtureDocument(join(dir, name));
  const want = expected(text);
  if (!want) continue;
  checked++;
  test(`items read in ${name}`, () => {
    const { model } = parseDocument(text);
    assert.deepEqual(model.measures.map((m) => m.line + 1), want.measures, 'measures');
    assert.deepEqual(model.tasks.map((t) => t.line + 1), want.tasks, 'tasks');
  });
}

test('the items fixtures are there', () => {
  assert.ok(checked >= 6, `only ${checked} fixtures carry an items block`);
});
