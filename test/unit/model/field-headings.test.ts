/** Facts written as headings (`# Date:` over one line) are fields only in a run of them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';
import { isFieldHeading } from '../../../server/src/service/model/field-headings';

function fieldHeadings(text: string): number[] {
  const p = parseDocument(text);
  const out: number[] = [];
  for (let i = 0; i < p.lines.length; i++) if (isFieldHeading(p.lines, i)) out.push(i + 1);
  return out;
}

test('a run of headings with a short value under each is a run of fields', () => {
  const text = ['# Team:', 'Payments', '', '# Date:', '2 May 2025', '', '# Severity:', 'High', '', '## Summary', 'Card payments failed for an hour.'].join('\n');
  assert.deepEqual(fieldHeadings(text), [1, 4, 7]);
});

test('two such headings are not a run, and a section name under one line stays a section', () => {
  assert.deepEqual(fieldHeadings(['# Date:', '2 May 2025', '', '# Team:', 'Payments', '', '## Summary', 'Text.'].join('\n')), []);
  const sections = ['## Summary:', 'Card payments failed.', '', '## Impact:', 'One in ten payments.', '', '## Root Cause:', 'An expired key.', '', '## Timeline'].join('\n');
  assert.deepEqual(fieldHeadings(sections), []);
});

test('a heading with a paragraph or more under it is no field', () => {
  const text = ['# Team:', 'Payments', '', '# Date:', '2 May 2025', '', '# Owner:', 'Ana', 'and Bo, who wrote the fix', '', '## Summary'].join('\n');
  assert.deepEqual(fieldHeadings(text), []);
});
