import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SourceText, type ChangedLines } from '../../../server/src/service/text/source-text';

/** The lines an edit of [start, end) by `insert` touches: from its first line to the line after its last, in both texts. */
function changedBy(before: SourceText, start: number, end: number, insert: string, after: SourceText): ChangedLines {
  const from = before.positionAt(start).line;
  const oldTo = before.positionAt(end).line + 1;
  const newTo = after.positionAt(start + insert.length).line + 1;
  return { from, oldTo: Math.min(oldTo, before.lineCount), newTo: Math.min(newTo, after.lineCount) };
}

const same = (a: SourceText, b: SourceText): void => {
  assert.deepEqual(a.lineStarts, b.lineStarts);
  assert.deepEqual(a.lines, b.lines);
  for (let i = 0; i < b.lineCount; i++) assert.equal(a.lineAt(i), b.lineAt(i));
};

test('an edit re-indexes only its lines and gives the index a fresh read gives', () => {
  const before = new SourceText('# Title\n\n## Timeline\n- 10:00 one\n- 10:05 two\n');
  void before.lines;
  const text = '# Title\n\n## Timeline\n- 10:00 one, more\n- 10:03 new\n- 10:05 two\n';
  const after = SourceText.after(before, text, { from: 3, oldTo: 4, newTo: 5 });
  same(after, new SourceText(text));
});

test('a change that does not fit the texts is indexed afresh, not trusted', () => {
  const before = new SourceText('a\nb\nc\n');
  const text = 'a\nb\nx\ny\nc\n';
  // Claims one line became one, where two lines came in: the moved starts would be wrong.
  same(SourceText.after(before, text, { from: 1, oldTo: 2, newTo: 2 }), new SourceText(text));
  // A CR typed before a LF joins two breaks into one.
  const crlf = new SourceText('a\nb\nc');
  same(SourceText.after(crlf, 'a\r\nb\nc', { from: 0, oldTo: 1, newTo: 1 }), new SourceText('a\r\nb\nc'));
});

test('after any edit (line breaks of every kind), the same as indexing the new text', () => {
  const chunk = fc.constantFrom('a', 'bc', ' ', '\n', '\r\n', '\r', 'long line of text here', '');
  fc.assert(
    fc.property(fc.array(chunk, { maxLength: 30 }), fc.array(chunk, { maxLength: 4 }), fc.nat(), fc.nat(), fc.boolean(), fc.nat(3), (parts, ins, a, b, readLines, widen) => {
      const old = parts.join('');
      const start = old.length ? a % (old.length + 1) : 0;
      const end = start + (old.length - start ? b % (old.length - start + 1) : 0);
      const insert = ins.join('');
      const text = old.slice(0, start) + insert + old.slice(end);
      const before = new SourceText(old);
      if (readLines) void before.lines;
      const fresh = new SourceText(text);
      const c = changedBy(before, start, end, insert, fresh);
      // Any wider change holds too (the parser re-reads whole blocks).
      const wide: ChangedLines = { from: Math.max(0, c.from - widen), oldTo: Math.min(before.lineCount, (c.oldTo ?? 0) + widen), newTo: Math.min(fresh.lineCount, (c.newTo ?? 0) + widen) };
      if ((wide.oldTo ?? 0) - (c.oldTo ?? 0) !== (wide.newTo ?? 0) - (c.newTo ?? 0)) return;
      same(SourceText.after(before, text, wide), fresh);
    }),
    { numRuns: 3000 },
  );
});

test('the lines taken over are the previous ones, the changed ones read from the new text', () => {
  const line = 'a line long enough to be a slice of its text';
  const before = new SourceText(`${line}\n${line} two\n${line} three\n`);
  const kept = before.lines;
  const text = `${line}\n${line} 2\n${line} three\n`;
  const after = SourceText.after(before, text, { from: 1, oldTo: 2, newTo: 2 });
  assert.equal(after.lines[0], kept[0]);
  assert.equal(after.lines[1], `${line} 2`);
  assert.equal(after.lines[2], kept[2]);
});
