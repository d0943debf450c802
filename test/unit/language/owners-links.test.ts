import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../server/src/service/analysis';
import { ownerAt, ownerOccurrences } from '../../../server/src/service/language/owners';
import { documentLinks } from '../../../server/src/service/language/links';

const DOC = [
  '---', //  0
  'authors: [alice, bob]', //  1
  'date: 2025-03-04', //  2
  '---', //  3
  '# Queue backlog on 4 March 2025', //  4
  '', //  5
  '## Summary', //  6
  'Orders waited 20 minutes; @alice paged the team. Mail alice@example.com bounced. See OPS-41 and #17, not UTF-8.', //  7
  '', //  8
  '## Action items', //  9
  '- [ ] Add a queue-depth alert (owner: alice) OPS-52', // 10
  '- [ ] Write the runbook @bob', // 11
  '', // 12
  '```', // 13
  '@alice in code is not a mention', // 14
  '```', // 15
].join('\n');

const at = (r: { start: { line: number; character: number } }): string => `${r.start.line}:${r.start.character}`;

test('an owner is found in the front matter, in prose mentions and in owner fields, not in e-mail addresses or code', () => {
  const p = parseDocument(DOC);
  const occ = ownerOccurrences(p.lines, p.model, '@alice');
  assert.deepEqual(occ.map((o) => `${o.where}@${at(o.range)}=${o.handle}`), ['front-matter@1:10=alice', 'mention@7:27=alice', 'owner@10:38=alice']);
});

test('the owner at a position: on a mention (the @ included), on an owner field, on a front-matter author', () => {
  const p = parseDocument(DOC);
  assert.equal(ownerAt(p.lines, p.model, { line: 7, character: 26 })?.handle, 'alice');
  assert.equal(ownerAt(p.lines, p.model, { line: 11, character: 26 })?.handle, 'bob');
  assert.equal(ownerAt(p.lines, p.model, { line: 1, character: 18 })?.handle, 'bob');
  assert.equal(ownerAt(p.lines, p.model, { line: 7, character: 3 }), null);
});

test('ticket and owner links follow their URL templates; without a template there is no link', () => {
  const p = parseDocument(DOC);
  assert.deepEqual(documentLinks(p.lines, { trackerUrl: null, peopleUrl: null }), []);
  const links = documentLinks(p.lines, { trackerUrl: 'https://tracker.example/browse/{id}', peopleUrl: 'https://people.example/u/{handle}' });
  assert.deepEqual(links.map((l) => `${at(l.range)} ${l.target}`), [
    '7:26 https://people.example/u/alice',
    '7:85 https://tracker.example/browse/OPS-41',
    '7:96 https://tracker.example/browse/17',
    '10:45 https://tracker.example/browse/OPS-52',
    '11:24 https://people.example/u/bob',
  ]);
  assert.deepEqual(documentLinks(p.lines, { trackerUrl: 'javascript:alert({id})', peopleUrl: null }), [], 'only http(s) targets');
});

test('an incident is found by every word of the query: title, date, service, owner', async () => {
  const { incidentSummary, matchIncident } = await import('../../../server/src/service/language/incidents');
  const p = parseDocument(DOC.replace('date: 2025-03-04', 'date: 2025-03-04\nservice: payments'));
  const inc = incidentSummary(p.model, 'queue.md');
  assert.equal(inc.title, 'Queue backlog on 4 March 2025');
  assert.equal(inc.date, '2025-03-04');
  assert.deepEqual(inc.services, ['payments']);
  assert.ok((matchIncident(inc, 'docs/queue.md', 'payments 2025') ?? 0) > 0);
  assert.ok((matchIncident(inc, 'docs/queue.md', 'backlog @alice') ?? 0) > 0);
  assert.equal(matchIncident(inc, 'docs/queue.md', 'payments 2023'), null);
  assert.ok((matchIncident(inc, 'docs/queue.md', 'backlog')! > matchIncident(inc, 'docs/queue.md', 'payments')!), 'a title word ranks above a service');
});

test('an incident is found by the month of its date, and a new owner name is a handle or refused', async () => {
  const { incidentSummary, matchIncident } = await import('../../../server/src/service/language/incidents');
  const { handleFrom } = await import('../../../server/src/service/facade/structure');
  const p = parseDocument(DOC);
  const inc = incidentSummary(p.model, 'queue.md');
  assert.ok((matchIncident({ ...inc, title: 'Queue backlog' }, 'queue.md', 'march') ?? 0) > 0);
  assert.equal(matchIncident({ ...inc, title: 'Queue backlog' }, 'queue.md', 'april'), null);
  assert.equal(handleFrom('@alice-sre'), 'alice-sre');
  assert.equal(handleFrom(' bob.k '), 'bob.k');
  assert.equal(handleFrom('alice sre'), null);
  assert.equal(handleFrom('alice-'), null);
  assert.equal(handleFrom(''), null);
});

test('inline code is literal: a `@handle` or `OPS-1` in backticks is neither an owner occurrence nor a link', () => {
  const doc = DOC.replace('Write the runbook @bob', 'Write the runbook @bob; the bot is `@alice` and its queue `OPS-99`');
  const p = parseDocument(doc);
  const line = doc.split('\n').findIndex((l) => l.includes('`@alice`'));
  assert.deepEqual(ownerOccurrences(p.lines, p.model, 'alice').map((o) => o.range.start.line), [1, 7, 10]);
  assert.equal(ownerAt(p.lines, p.model, { line, character: doc.split('\n')[line]!.indexOf('`@alice`') + 2 }), null);
  const links = documentLinks(p.lines, { trackerUrl: 'https://t.example/{id}', peopleUrl: 'https://p.example/{handle}' });
  assert.deepEqual(links.filter((l) => l.range.start.line === line).map((l) => l.target), ['https://p.example/bob']);
});
