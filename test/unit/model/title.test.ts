/** The title when no heading gives one: a lone first line before the first section. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';

const body = ['', 'Issue Summary', 'The shop returned errors for fifty minutes.', 'Timeline', '20:10 - The payment page failed.'];

function title(first: string): string | null {
  return parseDocument([first, ...body].join('\n')).model.title?.text ?? null;
}

test('a one-line paragraph before the first section is the title', () => {
  assert.equal(title('Report on the ticket shop outage of 4 April 2025, 20:10 to 21:00'), 'Report on the ticket shop outage of 4 April 2025, 20:10 to 21:00');
});

test('a sentence, a link or a short word as the first line is no title', () => {
  assert.equal(title('This write-up covers the outage of our ticket shop on 4 April 2025.'), null);
  assert.equal(title('[The full report](https://example.com/report)'), null);
  assert.equal(title('DevOps'), null);
});

test('the first line of a paragraph that goes on is no title', () => {
  const doc = ['Ticket shop outage on 4 April 2025', 'and what we changed after it', ...body].join('\n');
  assert.equal(parseDocument(doc).model.title, null);
});
