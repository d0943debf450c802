/** The fixture harness refuses every fixture that would compare nothing, and reads markers exactly. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFixture, readMarkers, readSpec } from './fixture-harness';
import { convert } from './fixture-convert';

function withFile<T>(text: string, f: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pm-fixture-'));
  try {
    const file = join(dir, 'doc.md');
    writeFileSync(file, text);
    return f(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('markers are removed with the blanks before them; lines keep their numbers; a rule named twice expects two', () => {
  const raw = '#Title <!-- expect: heading-syntax -->\n\n##\t<!-- expect: heading-empty heading-empty -->\r\nplain\n';
  const { text, expect } = readMarkers(raw);
  assert.equal(text, '#Title\n\n##\r\nplain\n');
  assert.deepEqual(expect, [{ line: 1, rule: 'heading-syntax' }, { line: 3, rule: 'heading-empty' }, { line: 3, rule: 'heading-empty' }]);
});

test('a marker that does not end its line is an error, not a silent no-op', () => {
  assert.throws(() => readMarkers('#Title <!-- expect: heading-syntax --> more\n'), /must end its line/);
  assert.throws(() => readMarkers('#Title <!--expect: heading-syntax-->\n'), /must end its line/);
});

test('the old absolute `expect: <line> <rule>` form is an error that says how to convert', () => {
  assert.throws(() => readSpec('#Title\n<!-- fixture\nrules: heading-syntax\nexpect: 1 heading-syntax\n-->\n'), /absolute line number.*fixture-convert/);
});

test('markers without `rules:` are an error: the fixture would compare nothing', () => {
  withFile('#Title <!-- expect: heading-syntax -->\n<!-- fixture\ntimes: 10:00\n-->\n', (file) => {
    assert.throws(() => loadFixture(file, 'doc.md'), /no `rules:` line/);
  });
  withFile('#Title <!-- expect: heading-syntax -->\n', (file) => {
    assert.throws(() => loadFixture(file, 'doc.md'), /no `rules:` line/);
  });
});

test('a marker for a rule that `rules:` does not compare, or an unknown rule, is an error', () => {
  withFile('#Title <!-- expect: heading-syntax -->\n<!-- fixture\nrules: heading-empty\n-->\n', (file) => {
    assert.throws(() => loadFixture(file, 'doc.md'), /does not compare: 1 heading-syntax/);
  });
  withFile('#Title <!-- expect: heading-sintax -->\n<!-- fixture\nrules: heading-sintax\n-->\n', (file) => {
    assert.throws(() => loadFixture(file, 'doc.md'), /no rule is named heading-sintax/);
  });
});

test('config: is a .postmortemrc.json layer, validated', () => {
  assert.equal(readSpec('<!-- fixture\nconfig: {"maxFileSize": 1, "rules": {"task-tracking": "warning"}}\n-->').config.maxFileSize, 1);
  assert.throws(() => readSpec('<!-- fixture\nconfig: {"maxFileSize": "big"}\n-->'), /config: maxFileSize/);
});

test('the converter moves each old expectation to the end of its line and keeps the other keys', () => {
  const old = '#Title\n\n- []  task\n<!-- fixture\nrules: heading-syntax checkbox-syntax\nexpect: 1 heading-syntax\nexpect: 3 checkbox-syntax\nexpect: 3 task-owner\ntasks: 1\n-->\n';
  const { text, moved } = convert(old);
  assert.equal(moved, 3);
  assert.equal(text, '#Title <!-- expect: heading-syntax -->\n\n- []  task <!-- expect: checkbox-syntax task-owner -->\n<!-- fixture\nrules: heading-syntax checkbox-syntax\ntasks: 1\n-->\n');
});
