import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, isWithin, joinPath, normalizePath, relativeTo } from '../../../server/src/service/config/paths';

test('normalizePath', () => {
  assert.equal(normalizePath('/a//b/./c/../d/'), '/a/b/d');
  assert.equal(normalizePath('/..'), '/');
  assert.equal(normalizePath('a/../..'), '..');
  assert.equal(normalizePath(''), '.');
  assert.equal(normalizePath('/c:/Users/x'), '/c:/Users/x');
});

test('dirname walks up to the root and stays there', () => {
  assert.equal(dirname('/a/b/doc.md'), '/a/b');
  assert.equal(dirname('/a'), '/');
  assert.equal(dirname('/'), '/');
  assert.equal(dirname('doc.md'), '.');
});

test('joinPath, isWithin and relativeTo', () => {
  assert.equal(joinPath('/ws', 'a', '.postmortemrc.json'), '/ws/a/.postmortemrc.json');
  assert.ok(isWithin('/ws/a/b.md', '/ws'));
  assert.ok(isWithin('/ws', '/ws/'));
  assert.ok(!isWithin('/wsx/a.md', '/ws'));
  assert.ok(isWithin('/x', '/'));
  assert.equal(relativeTo('/ws/a/b.md', '/ws'), 'a/b.md');
  assert.equal(relativeTo('/other/b.md', '/ws'), '/other/b.md');
  assert.equal(relativeTo('/b.md', '/'), 'b.md');
});
