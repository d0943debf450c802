/**
 * Position arithmetic on mdast subtrees for the incremental parser: moving a window parse
 * into document coordinates, shifting the nodes after an edit, and comparing a re-parsed
 * neighbour with its old self (deep, positions included, up to a shift).
 */
import type { Point, Position } from 'unist';

/** How the points of a window parse map to the document: line and offset are shifted, columns kept (windows start at a line start). */
export interface PointMap { (p: Point): void }

export function shiftMap(dLine: number, dOffset: number): PointMap {
  return (p) => {
    p.line += dLine;
    if (p.offset !== undefined) p.offset += dOffset;
  };
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

/** Shifts every point of `node` and its descendants in place. */
export function shiftPositions(node: unknown, dLine: number, dOffset: number): void {
  if ((dLine === 0 && dOffset === 0) || typeof node !== 'object' || node === null) return;
  let points = pointCache.get(node);
  if (points === undefined) {
    points = [];
    collect(node as Shiftable, points);
    pointCache.set(node, points);
  }
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as Point;
    p.line += dLine;
    if (p.offset !== undefined) p.offset += dOffset;
  }
}

function samePoint(a: unknown, b: unknown, dLine: number, dOffset: number): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  const p = a as Partial<Point>;
  const q = b as Partial<Point>;
  return (
    p.line === (q.line ?? 0) + dLine &&
    p.column === q.column &&
    p.offset === (q.offset === undefined ? undefined : q.offset + dOffset) &&
    Object.keys(p).length === Object.keys(q).length
  );
}

/**
 * Deep equality of two mdast subtrees where every point of `old` is read shifted by
 * (dLine, dOffset): `fresh` is a node of the new parse, `old` its counterpart in the old tree.
 */
export function equalShifted(fresh: unknown, old: unknown, dLine: number, dOffset: number): boolean {
  if (fresh === old && dLine === 0 && dOffset === 0) return true;
  if (typeof fresh !== 'object' || fresh === null || typeof old !== 'object' || old === null) return fresh === old;
  if (Array.isArray(fresh) !== Array.isArray(old)) return false;
  if (Array.isArray(fresh) && Array.isArray(old)) {
    if (fresh.length !== old.length) return false;
    for (let i = 0; i < fresh.length; i++) if (!equalShifted(fresh[i], old[i], dLine, dOffset)) return false;
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
      if (!samePoint(pa.start, pb.start, dLine, dOffset) || !samePoint(pa.end, pb.end, dLine, dOffset)) return false;
      if (Object.keys(pa).length !== Object.keys(pb).length) return false;
    } else if (!equalShifted(a[k], b[k], dLine, dOffset)) return false;
  }
  return true;
}
