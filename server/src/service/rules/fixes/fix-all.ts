/**
 * Fix-all: the first safe fix of every finding, skipping any whose edits overlap an edit
 * already taken, so the result is one consistent set of edits against the analysed text.
 * Applying it and fixing again converges (tested: a second pass changes nothing).
 */
import { comparePositions, type TextEdit } from '../../text/source-text';
import type { Finding } from '../types';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Two insertions at the same point conflict too (their order would be arbitrary).
  return comparePositions(a.range.start, b.range.end) <= 0 && comparePositions(b.range.start, a.range.end) <= 0
    && !(comparePositions(a.range.end, b.range.start) === 0 && comparePositions(a.range.start, a.range.end) !== 0 && comparePositions(b.range.start, b.range.end) !== 0);
}

export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.safe && !x.snippet);
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

/** Applies non-overlapping edits to a text (for the CLI's --fix and for tests). */
export function applyEdits(text: string, edits: readonly TextEdit[], offsetAt: (p: TextEdit['range']['start']) => number): string {
  const sorted = [...edits].sort((a, b) => offsetAt(b.range.start) - offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetAt(e.range.start)) + e.newText + out.slice(offsetAt(e.range.end));
  return out;
}
