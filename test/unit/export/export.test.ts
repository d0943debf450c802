import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportItems, COLUMNS, type ExportDoc } from '../../../server/src/service/outputs/export/index';
import type { Item, ItemField } from '../../../server/src/service/model/schema';
import { parseCsv } from '../../support/csv';

const r = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 1 } });
const field = (text: string, line: number): ItemField => ({ text, range: r(line) });

function task(line: number, text: string, extra: Partial<Item> = {}): Item {
  return {
    line, endLine: line, text, textRange: r(line), markup: 'list-item', owner: null, due: null, priority: null,
    status: null, checkbox: null, tracking: null, type: null, ...extra,
  };
}


const docs: ExportDoc[] = [
  {
    file: 'incidents/2024-03-db.md',
    title: 'Database outage',
    measures: [task(20, 'Monitor replication lag')],
    tasks: [
      task(30, 'Add an alert on replication lag, "lag > 30s"', { owner: field('@alice', 30), due: field('2024-05-01', 30), priority: field('P1', 30), status: 'open', type: 'prevent' }),
      task(31, 'Write the failover runbook\nand link it from the dashboard', { endLine: 32, tracking: field('[OPS-7](https://jira.example.com/OPS-7)', 31), status: 'done' }),
      task(33, '=HYPERLINK("http://evil.example","click") | pipes'),
    ],
  },
  { file: 'b, with comma.md', title: null, measures: [], tasks: [task(4, 'Rotate keys', { owner: field('-', 4) })] },
];

test('CSV round-trips: one row per task with its 1-based line', () => {
  const csv = exportItems(docs, 'csv');
  assert.ok(csv.endsWith('\r\n'));
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0], [...COLUMNS]);
  assert.equal(rows.length, 1 + 4);
  const body = rows.slice(1).map((cells) => Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i]])));
  assert.deepEqual(body.map((b) => [b.file, b.line]), [['incidents/2024-03-db.md', '31'], ['incidents/2024-03-db.md', '32'], ['incidents/2024-03-db.md', '34'], ['b, with comma.md', '5']]);
  assert.equal(body[0]?.task, 'Add an alert on replication lag, "lag > 30s"');
  assert.deepEqual([body[0]?.owner, body[0]?.due, body[0]?.priority, body[0]?.status, body[0]?.type], ['@alice', '2024-05-01', 'P1', 'open', 'prevent']);
  assert.equal(body[1]?.task, 'Write the failover runbook\nand link it from the dashboard');
  assert.equal(body[1]?.status, 'done');
  assert.equal(body[1]?.tracking, '[OPS-7](https://jira.example.com/OPS-7)');
  assert.equal(body[3]?.owner, '-');
  for (const b of body) assert.equal(Object.keys(b).length, COLUMNS.length);
});

test('CSV defuses spreadsheet formulas but keeps @handles', () => {
  const rows = parseCsv(exportItems(docs, 'csv'));
  assert.ok(rows[3]?.[3]?.startsWith("'=HYPERLINK("));
  assert.equal(rows[1]?.[4], '@alice');
});

test('Markdown table: pipes and newlines escaped, one row per task', () => {
  const md = exportItems(docs, 'md');
  const lines = md.trimEnd().split('\n');
  assert.equal(lines.length, 2 + 4);
  assert.match(lines[0] ?? '', /^\| file \| line \| status \| task \|/);
  assert.ok(lines[3]?.includes('Write the failover runbook<br>and link it from the dashboard'));
  assert.ok(lines[4]?.includes('\\| pipes'));
  // Every row has the same number of unescaped cell separators as the header.
  const seps = (l: string) => (l.match(/(?<!\\)\|/g) ?? []).length;
  for (const l of lines) assert.equal(seps(l), COLUMNS.length + 1, l);
});

test('JSON keeps tasks and measures per document', () => {
  const data = JSON.parse(exportItems(docs, 'json')) as { file: string; title: string | null; tasks: { line: number; owner: string | null }[]; measures: unknown[] }[];
  assert.equal(data.length, 2);
  assert.equal(data[0]?.title, 'Database outage');
  assert.deepEqual(data[0]?.tasks.map((t) => t.line), [31, 32, 34]);
  assert.equal(data[0]?.tasks[0]?.owner, '@alice');
  assert.equal(data[0]?.measures.length, 1);
  assert.equal(data[1]?.title, null);
});

test('no documents: a header only', () => {
  assert.equal(exportItems([], 'csv'), `${COLUMNS.join(',')}\r\n`);
  assert.equal(exportItems([], 'json'), '[]\n');
});

test('CSV defuses arithmetic and calls without parentheses (-2*3, --1, @cmd), in any column but an owner handle', async () => {
  const { csvField } = await import('../../../server/src/service/outputs/export/csv');
  for (const v of ['-2*3', '--1', '@cmd', '=1+1', '+1', '-1+2', '@SUM(A1)']) assert.equal(csvField(v), `'${v}`, v);
  assert.equal(csvField('@cmd', 'task'), "'@cmd");
  assert.equal(csvField('@alice', 'owner'), '@alice');
  assert.equal(csvField('@x|cmd', 'owner'), "'@x|cmd");
  assert.equal(csvField('-', 'owner'), '-');
  assert.equal(csvField('Pay -5 later'), 'Pay -5 later');
});
