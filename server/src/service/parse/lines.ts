/**
 * Line arithmetic on plain strings for the incremental parser (\n, \r\n and \r breaks, as
 * micromark and SourceText count them), and applying LSP content changes while tracking the
 * span they touched. Hand-written because it must run in O(edit + lines), not O(document),
 * per keystroke; SourceText would re-index the whole text.
 */
import type { ChangedLines, Position } from '../text/source-text';
import { lineStartsOf } from '../text/source-text';

const LF = 10;
const CR = 13;

/** Offset of the start of the line containing `offset`. */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === LF || c === CR) break;
    i--;
  }
  return i;
}

/** Offset of the line break (or text end) ending the line containing `offset`. */
export function lineEndAt(text: string, offset: number): number {
  let i = Math.max(0, offset);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) break;
    i++;
  }
  return i;
}

/**
 * The offset each line starts at (index 0: line 1), breaks as micromark and SourceText count
 * them (SourceText's own scan). The tree's points carry line and column only (positions.ts,
 * `dropOffsets`): a point's offset in this text is `starts[line - 1] + column - 1`
 * (`pointOffset`). The store passes its SourceText's starts instead when it has them.
 */
export function lineStarts(text: string): number[] {
  return lineStartsOf(text, 0, text.length, [0]);
}

/** The offset of a tree point (1-based line and column) in the text whose `lineStarts` are given. */
export function pointOffset(starts: readonly number[], p: { line: number; column: number }): number {
  return (starts[p.line - 1] ?? 0) + p.column - 1;
}

/** Number of line breaks in text[from, to). */
export function countBreaks(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR) {
      if (text.charCodeAt(i + 1) === LF && i + 1 < to) i++;
      n++;
    }
  }
  return n;
}

/** Offset of an LSP position (clamped like SourceText.offsetAt), scanning line breaks from the start. */
export function offsetOf(text: string, pos: Position): number {
  if (pos.line < 0) return 0;
  let start = 0;
  if (text.indexOf('\r') < 0) {
    // Fast path (no CR anywhere): jump from break to break with the native search.
    for (let line = 0; line < pos.line; line++) {
      const i = text.indexOf('\n', start);
      if (i < 0) return text.length;
      start = i + 1;
    }
    return Math.min(lineEndAt(text, start), start + Math.max(0, pos.character));
  }
  for (let line = 0; line < pos.line; line++) {
    let i = start;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) break;
      i++;
    }
    if (i >= text.length) return text.length;
    start = text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  }
  return Math.min(lineEndAt(text, start), start + Math.max(0, pos.character));
}

export interface TextChange { range: { start: Position; end: Position }; text: string }

/**
 * The text after applying `changes` in order, and the lengths of the prefix and suffix that
 * no change touched (equal in the old and the new text).
 */
export function applyTextChanges(text: string, changes: readonly TextChange[]): { text: string; prefix: number; suffix: number } {
  let cur = text;
  let prefix = text.length;
  let suffix = text.length;
  for (const ch of changes) {
    let s = offsetOf(cur, ch.range.start);
    let e = offsetOf(cur, ch.range.end);
    if (e < s) [s, e] = [e, s];
    prefix = Math.min(prefix, s);
    suffix = Math.min(suffix, cur.length - e);
    cur = cur.slice(0, s) + ch.text + cur.slice(e);
  }
  const room = Math.min(text.length, cur.length);
  prefix = Math.min(prefix, room);
  suffix = Math.min(suffix, room - prefix);
  return { text: cur, prefix, suffix };
}

/** Common prefix and suffix lengths of two texts (for callers that only have the new text). */
export function diffSpan(a: string, b: string): { prefix: number; suffix: number } {
  const room = Math.min(a.length, b.length);
  let p = 0;
  while (p < room && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < room - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { prefix: p, suffix: s };
}

/**
 * The lines whose line view an edit may have changed: lines [from, oldTo) of the text before
 * became lines [from, newTo) of the text after, and every line outside them is the same line
 * (text and block context) moved by `newTo - oldTo`. `oldTo`/`newTo` null: to the end.
 */
export type LineChange = ChangedLines;

const empty = (c: LineChange): boolean => c.oldTo === c.from && c.newTo === c.from;

/** One change after another (`second` in the lines `first` left) as one change. */
export function composeLineChanges(first: LineChange, second: LineChange): LineChange {
  if (empty(first)) return second;
  if (empty(second)) return first;
  const from = Math.min(first.from, second.from);
  if (first.newTo === null || first.oldTo === null || second.oldTo === null || second.newTo === null) return { from, oldTo: null, newTo: null };
  // The union of the two, in the lines between them, then carried back and forth.
  const mid = Math.max(first.newTo, second.oldTo);
  return { from, oldTo: mid - (first.newTo - first.oldTo), newTo: mid + (second.newTo - second.oldTo) };
}
