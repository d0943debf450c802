/**
 * Positions, ranges and edits in the LSP shape (0-based line and UTF-16 character), defined
 * here so the pure core depends on no protocol package. `SourceText` indexes a document's
 * lines once so every consumer converts between offsets and positions in O(log n).
 */
import { flatString } from './flat-string';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
export interface TextEdit { range: Range; newText: string }

export function range(line: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line, character: startChar }, end: { line: endLine, character: endChar } };
}

export function lineRange(line: number, startChar: number, endChar: number): Range {
  return range(line, startChar, line, endChar);
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Lines [from, oldTo) of a text became lines [from, newTo) of the next one; every other line is the same (null: to the end). */
export interface ChangedLines { from: number; oldTo: number | null; newTo: number | null }

export class SourceText {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: readonly number[];
  private linesCache: string[] | undefined;

  /** `starts`: the line starts when already known (`after`); else the text is scanned. */
  constructor(text: string, starts?: number[]) {
    this.text = text;
    this.lineStarts = starts ?? lineStartsOf(text, 0, text.length, [0]);
  }

  /**
   * The text of the version after `previous`, where only the `changed` lines differ: their
   * starts are found again, the others' are the previous ones moved (an edit in a 10,000-line
   * document no longer scans its 800 KB for line breaks). The lines' text is taken over too,
   * the changed ones copied (so a later version keeps no earlier version's whole text alive
   * through them). Indexed afresh when the change does not fit the two texts.
   */
  static after(previous: SourceText, text: string, changed: ChangedLines): SourceText {
    const old = previous.lineStarts;
    const { from } = changed;
    const oldTo = changed.oldTo ?? old.length;
    if (changed.newTo === null || from < 0 || from >= old.length || oldTo < from || oldTo > old.length) return new SourceText(text);
    const delta = text.length - previous.text.length;
    const begin = old[from] ?? 0;
    // The changed lines' text ends where the first unchanged line after them starts (moved).
    const end = oldTo < old.length ? (old[oldTo] ?? 0) + delta : text.length;
    if (end < begin || end > text.length) return new SourceText(text);
    const starts = old.slice(0, from + 1);
    lineStartsOf(text, begin, end, starts);
    // lineStartsOf adds the start after the segment's last break: that is line oldTo's.
    if (oldTo < old.length) {
      if (starts[starts.length - 1] !== end) return new SourceText(text);
      starts.pop();
    }
    const newTo = starts.length;
    if (newTo !== changed.newTo) return new SourceText(text);
    for (let k = oldTo; k < old.length; k++) starts.push((old[k] ?? 0) + delta);
    const next = new SourceText(text, starts);
    const lines = previous.linesCache;
    if (lines) {
      const fresh: string[] = [];
      for (let i = from; i < newTo; i++) fresh.push(flatString(next.lineAt(i)));
      next.linesCache = lines.slice(0, from).concat(fresh, lines.slice(oldTo));
    }
    return next;
  }

  get lineCount(): number { return this.lineStarts.length; }

  /** The text of every line, without its line break. */
  get lines(): readonly string[] {
    if (!this.linesCache) {
      const out: string[] = [];
      for (let i = 0; i < this.lineStarts.length; i++) out.push(this.lineAt(i));
      this.linesCache = out;
    }
    return this.linesCache;
  }

  /** The text of one line, without its line break ('' past the end). */
  lineAt(line: number): string {
    if (this.linesCache) return this.linesCache[line] ?? '';
    const start = this.lineStarts[line];
    if (start === undefined) return '';
    const next = this.lineStarts[line + 1];
    let end = next === undefined ? this.text.length : next;
    if (next !== undefined) {
      if (this.text.charCodeAt(end - 1) === 10) end--;
      if (this.text.charCodeAt(end - 1) === 13) end--;
    }
    return this.text.slice(start, end);
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[pos.line] ?? 0;
    const len = this.lineAt(pos.line).length;
    return start + Math.max(0, Math.min(pos.character, len));
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - (this.lineStarts[lo] ?? 0) };
  }

  /** The range covering a whole line's text (not its break). */
  lineRange(line: number): Range {
    return lineRange(line, 0, this.lineAt(line).length);
  }

  /** The range that removes a whole line, break included. */
  lineDeletionRange(line: number): Range {
    if (line + 1 < this.lineCount) return range(line, 0, line + 1, 0);
    if (line > 0) return range(line - 1, this.lineAt(line - 1).length, line, this.lineAt(line).length);
    return this.lineRange(line);
  }

  /** The document's own line break, for edits that insert lines. */
  get eol(): string {
    const i = this.text.indexOf('\n');
    return i > 0 && this.text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
  }

  getText(r: Range): string {
    return this.text.slice(this.offsetAt(r.start), this.offsetAt(r.end));
  }
}

/**
 * Adds to `starts` the start of every line that begins after a line break in
 * `text[from, to)` (breaks: \n, \r\n, \r), and returns it.
 */
/** Appends to `starts` the start of every line after a break in text[from, to) (\n, \r\n, \r). */
export function lineStartsOf(text: string, from: number, to: number, starts: number[]): number[] {
  // A long span without CR: one native search per line (a whole 10,000-line text in ~0.15 ms,
  // against ~3 ms for the loop below). Short spans (an edit's lines) take the loop.
  if (to - from >= 4096) {
    const cr = text.indexOf('\r', from);
    if (cr < 0 || cr >= to) {
      for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      return starts;
    }
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
