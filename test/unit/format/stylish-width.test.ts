// Stylish output in a terminal: every line fits the width (100 columns unless the terminal
// says otherwise), a long message wraps under itself with every word kept, rule names line
// up, and the summary says what was checked even when nothing was found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatStylish, checkedLine } from '../../../server/src/service/outputs/format/stylish';
import { wrapText } from '../../../server/src/service/outputs/format/wrap';
import { range } from '../../../server/src/service/text/source-text';
import { finding } from './fixtures';
import type { FileReport } from '../../../server/src/service/outputs/format/types';

const LONG = 'The task `Validate the consumer pool size in the deploy pipeline before every…` has no owner. Name one person or team: `(owner: @handle)`, or a team that carries it out.';

function report(): FileReport[] {
  return [{
    file: 'postmortems/queue.md',
    postmortem: true,
    findings: [
      finding({ rule: 'task-owner', severity: 'warning', range: range(40, 2, 40, 9), message: LONG }),
      finding({ rule: 'checkbox-syntax', severity: 'warning', range: range(41, 2, 41, 4), message: '`[]` is not a checkbox. Write `[ ]`.' }),
      finding({ rule: 'timeline-summary-mismatch', severity: 'error', range: range(7, 0, 7, 5), message: `${LONG} ${LONG}` }),
    ],
  }, { file: 'README.md', postmortem: false, findings: [] }];
}

test('stylish: every line fits 100 columns; long messages wrap, whole words, none lost', () => {
  const out = formatStylish(report());
  const lines = out.split('\n');
  for (const l of lines) assert.ok(l.length <= 100, `${l.length} columns: ${l}`);
  // The message column: continuation lines start where the message starts.
  const first = lines.find((l) => l.includes('task-owner'))!;
  const col = first.indexOf('The task');
  const at = lines.indexOf(first);
  const continued = [];
  for (let i = at + 1; i < lines.length && /^ +\S/.test(lines[i]!) && lines[i]!.search(/\S/) === col; i++) continued.push(lines[i]!.trim());
  assert.ok(continued.length > 0, 'the long message wraps');
  const shown = [first.slice(col, first.lastIndexOf('task-owner')).trim(), ...continued].join(' ');
  assert.equal(shown, LONG, 'the words of the message, in order, none cut');
  // Rule names line up; the message is not padded beyond what the width allows.
  const ruleCols = lines.filter((l) => /(task-owner|checkbox-syntax|timeline-summary-mismatch)$/.test(l)).map((l) => l.search(/(task-owner|checkbox-syntax|timeline-summary-mismatch)$/));
  assert.equal(new Set(ruleCols).size, 1, lines.join('\n'));
});

test('stylish: a narrower terminal gets narrower lines; short messages are not padded out to the width', () => {
  for (const l of formatStylish(report(), { width: 72 }).split('\n')) assert.ok(l.length <= 72, `${l.length}: ${l}`);
  const short = formatStylish([{ file: 'a.md', postmortem: true, findings: [finding({ rule: 'checkbox-syntax', severity: 'warning', range: range(0, 0, 0, 1), message: '`[]` is not a checkbox.' })] }]);
  assert.match(short, /^ {2}1:1 {2}warning {2}`\[\]` is not a checkbox\. {2}checkbox-syntax$/m);
});

test('stylish: the summary says what was checked, also when there is nothing to report', () => {
  assert.equal(formatStylish([{ file: 'a.md', postmortem: true, findings: [] }]), '1 file, 1 postmortem, 0 problems\n');
  assert.equal(formatStylish([]), '0 files, 0 postmortems, 0 problems\n');
  assert.equal(checkedLine(report()), '2 files, 1 postmortem, 3 problems (1 error, 2 warnings, 0 infos, 0 hints)');
  assert.ok(formatStylish(report()).trimEnd().endsWith(checkedLine(report())));
});

test('stylish --quiet: errors only are listed, the summary still counts every finding', () => {
  const out = formatStylish(report(), { quiet: true });
  assert.ok(out.includes('timeline-summary-mismatch'));
  assert.ok(!out.includes('task-owner') && !out.includes('checkbox-syntax'));
  assert.match(out, /3 problems \(1 error, 2 warnings/);
});

test('wrapText: at spaces, a word longer than the line cut where the line ends', () => {
  assert.deepEqual(wrapText('aa bb cc', 5), ['aa bb', 'cc']);
  assert.deepEqual(wrapText('https://example.invalid/a/very/long/path', 10), ['https://ex', 'ample.inva', 'lid/a/very', '/long/path']);
  assert.deepEqual(wrapText('', 10), ['']);
});
