/**
 * Where two versions of a document differ, line by line, and how lines after the difference
 * moved: the common ground of the incremental model and the incremental rule runner.
 *
 * The difference is found by comparing the two line views (text and block facts of every
 * line), not from the editor's change events: a change can alter lines it does not touch
 * (typing a code fence turns every line after it into code), and several changes may land
 * between two analyses. Comparing is a scan of equal strings, far cheaper than reading them.
 */
import type { DocumentLines, LineInfo } from '../parse/document-lines';
import { flatString } from '../text/flat-string';

/** Lines [from, oldEnd) of the previous version became lines [from, newEnd) of this one. */
export interface LineEdit {
  from: number;
  oldEnd: number;
  newEnd: number;
}

/** The facts of a line view compared field by field (direct reads: a keyed loop costs 10x). */
const KNOWN: readonly (keyof LineInfo)[] = ['block', 'headingDepth', 'quoteDepth', 'listDepth', 'listItemStart', 'ordered', 'checked', 'tableRow', 'content', 'contentStart'];

function sameInfo(x: LineInfo, y: LineInfo): boolean {
  return x.content === y.content && x.contentStart === y.contentStart && x.block === y.block && x.listDepth === y.listDepth
    && x.listItemStart === y.listItemStart && x.quoteDepth === y.quoteDepth && x.headingDepth === y.headingDepth
    && x.tableRow === y.tableRow && x.checked === y.checked && x.ordered === y.ordered;
}

/** Compares lines of two versions: their text and every fact of their line view. */
function lineComparer(a: DocumentLines, b: DocumentLines): (i: number, j: number) => boolean {
  const ta = a.source.lines;
  const tb = b.source.lines;
  // A fact the direct comparison does not know (the line view grew one): compare them all by name.
  const first = a.at(0) ?? b.at(0);
  const keys = first ? (Object.keys(first) as (keyof LineInfo)[]) : [];
  const known = keys.length === KNOWN.length && keys.every((k) => KNOWN.includes(k));
  return (i, j) => {
    if (ta[i] !== tb[j]) return false;
    const x = a.at(i);
    const y = b.at(j);
    if (!x || !y) return x === y;
    if (known) return sameInfo(x, y);
    for (const k of keys) if (x[k] !== y[k]) return false;
    return true;
  };
}

/**
 * The smallest run of lines whose replacement turns `prev` into `next`. `known`: the lines
 * outside which the two are known to be equal (`next.changed`, when `next` was built after
 * `prev`): only those are compared, a few lines instead of all of them.
 */
export function lineEdit(prev: DocumentLines, next: DocumentLines, known?: { from: number; oldTo: number; newTo: number } | null): LineEdit {
  const same = lineComparer(prev, next);
  const n = prev.length;
  const m = next.length;
  if (known && n - known.oldTo !== m - known.newTo) known = null;
  let from = known ? known.from : 0;
  while (from < n && from < m && same(from, from)) from++;
  let tail = known ? Math.min(n - known.oldTo, n - from, m - from) : 0;
  while (tail < n - from && tail < m - from && same(n - 1 - tail, m - 1 - tail)) tail++;
  return { from, oldEnd: n - tail, newEnd: m - tail };
}

/**
 * Where a line of the previous version is now: unchanged before the edit, moved by the
 * edit's growth after it, and -1 inside it (it has no counterpart). Also right for
 * exclusive ends (a section's `end`): an end at the edit's start stays, one past it moves.
 */
export function lineMap(edit: LineEdit): (line: number) => number {
  const delta = edit.newEnd - edit.oldEnd;
  return (l) => (l < edit.from ? l : l >= edit.oldEnd ? l + delta : -1);
}

/** The numeric keys of model objects and findings that hold a line (ranges hold `line` in positions). */
const LINE_KEYS: ReadonlySet<string> = new Set(['line', 'endLine', 'contentStart', 'end']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** A deep copy with every line moved by `map` (model objects and findings are plain data). */
export function shiftLines<T>(value: T, map: (line: number) => number): T {
  return shiftValue(value, map) as T;
}

function shiftValue(v: unknown, map: (line: number) => number): unknown {
  if (Array.isArray(v)) return v.map((x) => shiftValue(x, map));
  if (!isRecord(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = typeof x === 'number' && LINE_KEYS.has(k) ? map(x) : shiftValue(x, map);
  return out;
}

/** `next` equals `prev` with its lines moved by `map` (plain data, key order ignored). */
export function equalShifted(next: unknown, prev: unknown, map: (line: number) => number): boolean {
  if (next === prev) return true;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev) || prev.length !== next.length) return false;
    for (let i = 0; i < next.length; i++) if (!equalShifted(next[i], prev[i], map)) return false;
    return true;
  }
  if (!isRecord(next) || !isRecord(prev) || Array.isArray(prev)) return false;
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(prev).length) return false;
  for (const k of keys) {
    const a = next[k];
    const b = prev[k];
    if (typeof a === 'number' && typeof b === 'number' && LINE_KEYS.has(k)) {
      if (a !== map(b)) return false;
    } else if (!equalShifted(a, b, map)) {
      return false;
    }
  }
  return true;
}

/** Plain deep equality (no line moved). */
export function deepEqual(a: unknown, b: unknown): boolean {
  return equalShifted(a, b, (l) => l);
}

/**
 * The objects of a list kept from the previous version: the same list when no line moved
 * under it, else those after the edit moved (the others are kept as they are). Only for
 * lists none of whose objects lies on an edited line.
 */
export function carryOver<T extends { line: number }>(list: T[], edit: LineEdit): T[] {
  if (edit.newEnd === edit.oldEnd || !list.some((x) => x.line >= edit.oldEnd)) return list;
  const map = lineMap(edit);
  return list.map((x) => (x.line >= edit.oldEnd ? shiftLines(x, map) : x));
}

/** Replaces, in place, every string of freshly made plain data by a flat copy (see flatString). */
export function detachStrings(value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const x: unknown = value[i];
      if (typeof x === 'string') value[i] = flatString(x);
      else detachStrings(x);
    }
    return;
  }
  if (!isRecord(value)) return;
  for (const k of Object.keys(value)) {
    const x = value[k];
    if (typeof x === 'string') value[k] = flatString(x);
    else detachStrings(x);
  }
}
