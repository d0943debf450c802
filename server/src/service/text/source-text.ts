/**
 * Positions, ranges and edits in the LSP shape (0-based line and UTF-16 character), defined
 * here so the pure core depends on no protocol package. `SourceText` indexes a document's
 * lines once so every consumer converts between offsets and positions in O(log n).
 */
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

export class SourceText {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly lineStarts: readonly number[];
  private linesCache: string[] | undefined;

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
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
