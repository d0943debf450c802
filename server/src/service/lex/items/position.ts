/**
 * Offsets inside an item's text -> LSP ranges in the document. `text` starts at
 * (baseLine, baseChar); when it spans several lines (continuation lines joined with '\n'),
 * characters on the later lines count from the start of their own line.
 */
import type { Range, Position } from '../../text/source-text';

export interface Locator {
  at(offset: number): Position;
  range(start: number, end: number): Range;
}

export function locator(text: string, baseLine: number, baseChar: number): Locator {
  const breaks: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) breaks.push(i);
  const at = (offset: number): Position => {
    let line = 0;
    while (line < breaks.length && (breaks[line] ?? Infinity) < offset) line++;
    if (line === 0) return { line: baseLine, character: baseChar + offset };
    return { line: baseLine + line, character: offset - (breaks[line - 1] ?? 0) - 1 };
  };
  return { at, range: (start, end) => ({ start: at(start), end: at(end) }) };
}

/** A found piece of text, as an offset span. */
export interface Hit { start: number; end: number; text: string }

/** Trim whitespace (and the given extra characters) from both ends of a span. */
export function trimHit(text: string, start: number, end: number, extra = ''): Hit | null {
  const strip = (c: string | undefined): boolean => c !== undefined && (/\s/.test(c) || extra.includes(c));
  while (start < end && strip(text[start])) start++;
  while (end > start && strip(text[end - 1])) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : null;
}
