import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cellStarts, timeColumn } from '../../../server/src/service/lex/table-cells';

test('cells of a row: with or without the outer pipes, escaped pipes inside a cell', () => {
  const row = '| a | b \\| c | d |';
  assert.deepEqual(cellStarts(row).map((i) => row.slice(i, i + 2)), [' a', ' b', ' d', '']);
  assert.deepEqual(cellStarts('a | b'), [0, 3]);
});

test('the time column: the first that names a time, unless the first column does', () => {
  assert.equal(timeColumn('| Moment | Time (UTC) | Source |'), 1);
  assert.equal(timeColumn('| Time | Event |'), 0);
  assert.equal(timeColumn('| Step | Owner |'), 0);
  assert.equal(timeColumn('| What | When | Notes |'), 1);
});
