/**
 * Position arithmetic on mdast subtrees for the incremental parser: moving a window parse
 * into document coordinates, shifting the nodes after an edit, and comparing a re-parsed
 * neighbour with its old self (deep, positions included, up to a shift).
 *
 * The trees the parser hands out (markdown.ts) have points of line and column only: unist
 * makes `offset` optional, and nothing outside the parser read it. The parser reads a
 * point's offset from the text's line starts (lines.ts, `pointOffset`). So an edit within a
 * line moves no node after it: only a change in the number of lines does. Shifting the
 * offsets of every node after the edit was ~4.5 ms of a 7 ms re-parse per keystroke at
 * 10,000 lines (in process, 200 edits), growing with the document.
 */
import type { Point, Position } from 'unist';

/** How the points of a window parse map to the document (lines shifted, columns kept: windows start at a line start). */
export interface PointMap { (p: Point): void }

/** Removes the offset of every point of `node` and its descendants, in place (see above). */
export function dropOffsets(node: Shiftable): void {
  const pos = node.position;
  if (pos !== undefined) {
    delete pos.start.offset;
    delete pos.end.offset;
  }
  const kids = node.children;
  if (kids !== undefined) for (let i = 0; i < kids.length; i++) dropOffsets(kids[i] as Shiftable);
}

/** Applies `map` to every point of `node` and its descendants, in place. */
export function mapPositions(node: unknown, map: PointMap): void {
  if (typeof node !== 'object' || node === null) return;
  const n = node as { position?: Position; children?: unknown[] };
  if (n.position) {
    map(n.position.start);
    map(n.position.end);
  }
  const kids = n.children;
  if (kids) for (let i = 0; i < kids.length; i++) mapPositions(kids[i], map);
}

/**
 * Moves `node` and its descendants by (dLine, dOffset), in place: the chunked parser's move of a
 * piece into document coordinates. A plain walk: `mapPositions` with a closure per piece cost
 * ~130 ms of a 10,000-line document's parse (profiled).
 */
export function moveTree(node: Shiftable, dLine: number, dOffset: number): void {
  const pos = node.position;
  if (pos !== undefined) {
    pos.start.line += dLine;
    pos.end.line += dLine;
    if (pos.start.offset !== undefined) pos.start.offset += dOffset;
    if (pos.end.offset !== undefined) pos.end.offset += dOffset;
  }
  const kids = node.children;
  if (kids !== undefined) for (let i = 0; i < kids.length; i++) moveTree(kids[i] as Shiftable, dLine, dOffset);
}

export interface Shiftable { position?: Position; children?: Shiftable[] }

/**
 * Every point of a subtree, collected on its first shift. Shifting the nodes after an edit
 * is the O(document) part of an incremental parse; a flat array of same-shaped points is
 * several times faster to walk than the tree. Valid because the incremental parser never
 * changes a subtree in place once built: edited atoms are replaced by new nodes, and only
 * new (not yet cached) nodes get their children reassigned.
 */
const pointCache = new WeakMap<object, Point[]>();

function collect(n: Shiftable, out: Point[]): void {
  const pos = n.position;
  if (pos !== undefined) out.push(pos.start, pos.end);
  const kids = n.children;
  if (kids !== undefined) for (let i = 0; i < kids.length; i++) collect(kids[i] as Shiftable, out);
}

/** Moves every point of `node` and its descendants `dLine` lines, in place. */
export function shiftPositions(node: unknown, dLine: number): void {
  if (dLine === 0 || typeof node !== 'object' || node === null) return;
  let points = pointCache.get(node);
  if (points === undefined) {
    points = [];
    collect(node as Shiftable, points);
    pointCache.set(node, points);
  }
  for (let i = 0; i < points.length; i++) {
    (points[i] as Point).line += dLine;
  }
}

function samePoint(a: unknown, b: unknown, dLine: number): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  const p = a as Partial<Point>;
  const q = b as Partial<Point>;
  return p.line === (q.line ?? 0) + dLine && p.column === q.column && p.offset === q.offset && Object.keys(p).length === Object.keys(q).length;
}

/**
 * Deep equality of two mdast subtrees where every point of `old` is read shifted by `dLine`
 * lines: `fresh` is a node of the new parse, `old` its counterpart in the old tree.
 */
export function equalShifted(fresh: unknown, old: unknown, dLine: number): boolean {
  if (fresh === old && dLine === 0) return true;
  if (typeof fresh !== 'object' || fresh === null || typeof old !== 'object' || old === null) return fresh === old;
  if (Array.isArray(fresh) !== Array.isArray(old)) return false;
  if (Array.isArray(fresh) && Array.isArray(old)) {
    if (fresh.length !== old.length) return false;
    for (let i = 0; i < fresh.length; i++) if (!equalShifted(fresh[i], old[i], dLine)) return false;
    return true;
  }
  const a = fresh as Record<string, unknown>;
  const b = old as Record<string, unknown>;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const k of keys) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (k === 'position') {
      const pa = a[k] as Position | undefined;
      const pb = b[k] as Position | undefined;
      if (!pa || !pb) { if (pa !== pb) return false; continue; }
      if (!samePoint(pa.start, pb.start, dLine) || !samePoint(pa.end, pb.end, dLine)) return false;
      if (Object.keys(pa).length !== Object.keys(pb).length) return false;
    } else if (!equalShifted(a[k], b[k], dLine)) return false;
  }
  return true;
}
