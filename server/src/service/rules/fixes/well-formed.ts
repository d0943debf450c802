/**
 * The shape every fix must have before any client sees it: each edit's range lies inside
 * the analysed text (a real line, a character within that line), starts no later than it
 * ends, and no two edits of one fix overlap. A client that "normalises" a backwards range
 * or applies overlapping edits in its own order deletes or duplicates text, so the runner
 * drops a fix that breaks this instead of emitting it.
 */
import { comparePositions, type Position, type Range, type SourceText, type TextEdit } from '../../text/source-text';
import type { Fix } from '../types';

function positionProblem(p: Position, source: SourceText): string | null {
  if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return 'a position is not a whole number';
  if (p.line < 0 || p.line >= source.lineCount) return `line ${p.line} is outside the document (${source.lineCount} lines)`;
  if (p.character < 0 || p.character > source.lineAt(p.line).length) return `character ${p.character} is outside line ${p.line}`;
  return null;
}

function where(e: TextEdit): string {
  const { start, end } = e.range;
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Why a range is not a range of this text (outside it, or ending before it starts), or null. */
export function rangeProblem(r: Range, source: SourceText): string | null {
  const p = positionProblem(r.start, source) ?? positionProblem(r.end, source);
  if (p) return p;
  return comparePositions(r.start, r.end) > 0 ? 'it ends before it starts' : null;
}

/** Why the fix is malformed against this text, or null when it is well formed. */
export function fixProblem(fix: Fix, source: SourceText): string | null {
  if (fix.edits.length === 0) return 'it has no edit';
  for (const e of fix.edits) {
    if (typeof e.newText !== 'string') return `edit ${where(e)} has no text`;
    const p = rangeProblem(e.range, source);
    if (p) return `edit ${where(e)}: ${p}`;
  }
  const sorted = [...fix.edits].sort((a, b) => comparePositions(a.range.start, b.range.start) || comparePositions(a.range.end, b.range.end));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev && cur && comparePositions(prev.range.end, cur.range.start) > 0) return `edits ${where(prev)} and ${where(cur)} overlap`;
  }
  if (fix.edits.every((e) => source.text.slice(source.offsetAt(e.range.start), source.offsetAt(e.range.end)) === e.newText)) return 'it changes nothing';
  return null;
}
