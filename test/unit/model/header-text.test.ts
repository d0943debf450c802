/** How a line reads as a header: its name, parenthesised aside and inline text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';
import { matchHeader, readHeaderText } from '../../../server/src/service/model/headers';

function header(text: string, line = 0): { name: string; inline: string; suffix: string | null } | null {
  const p = parseDocument(text);
  const h = readHeaderText(p.lines, line);
  return h ? { name: h.name, inline: h.inlineText, suffix: h.suffix } : null;
}

test('a colon between digits is a clock time inside the name, not the label separator', () => {
  assert.deepEqual(header('# 3 May: from 9 PM to 11:45 PM, checkout refused cards\n\nText.'), {
    name: '3 May', inline: 'from 9 PM to 11:45 PM, checkout refused cards', suffix: null,
  });
  assert.deepEqual(header('## Checkout down from 21:10 to 23:45 for most shoppers\n\nText.'), {
    name: 'Checkout down from 21:10 to 23:45 for most shoppers', inline: '', suffix: null,
  });
  assert.deepEqual(header('## Outage 21:10 to 23:45 (CET)\n\nText.'), { name: 'Outage 21:10 to 23:45', inline: '', suffix: 'CET' });
});

test('a label colon right after a time still ends the label', () => {
  assert.deepEqual(header('**Timeline (UTC):** 12:05 first alert\n'), { name: 'Timeline', inline: '12:05 first alert', suffix: 'UTC' });
  assert.deepEqual(header('## Window 21:10 to 23:45: card payments refused\n\nText.'), {
    name: 'Window 21:10 to 23:45', inline: 'card payments refused', suffix: null,
  });
});

test('a question heading is read as the section it asks about; the same question as a bullet is a point', () => {
  const kinds = (text: string, line: number): string[] | null => matchHeader(parseDocument(text).lines, line)?.kinds ?? null;
  assert.deepEqual(kinds('## Why the nightly check missed it\n\nText.', 0), ['detection']);
  assert.deepEqual(kinds('## What shows the outage is over\n\nText.', 0), ['resolution']);
  assert.equal(kinds('Notes:\n\n- Why the nightly check missed it\n- Another point\n', 2), null);
});

test('an HTML heading with a rule or break after it on its line is that heading', () => {
  const p = parseDocument('<h3>Root Cause and Resolution</h3><hr>\n<p>A relay filled its disk.</p>\n');
  const h = readHeaderText(p.lines, 0);
  assert.deepEqual(h && { name: h.name, markup: h.markup, level: h.level }, { name: 'Root Cause and Resolution', markup: 'html', level: 3 });
});

test('styling tags around a label are not its name, and its columns are the line\'s own', () => {
  const line = '**<span style="color: red;">Tasks:</span>**';
  const p = parseDocument(`${line}\n\n- Add an alert\n`);
  const h = readHeaderText(p.lines, 0);
  assert.equal(h?.name, 'Tasks');
  assert.equal(line.slice(h?.nameStart, h?.nameEnd), 'Tasks');
});

test('stray emphasis markers after a label are no inline text', () => {
  assert.deepEqual(header('*Timeline:***\n\n- 10:00 Alert.\n'), { name: 'Timeline', inline: '', suffix: null });
});
