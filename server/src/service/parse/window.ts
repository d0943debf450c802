/**
 * One attempt of the incremental parser: re-parse the text between two unchanged neighbour
 * atoms A and B (inclusive) as a standalone document, check that A and B come back exactly
 * as they were (deep, positions included), and splice the result into the old tree.
 * Returns undefined when the neighbours changed (the caller widens or parses in full).
 */
import type { List, Root, RootContent, Table } from 'mdast';
import type { Point } from 'unist';
import type { Atom, AtomIndex } from './atoms';
import { parseWithOffsets } from './markdown';
import { startsWithFrontMatterFence } from './micromark';
import { countBreaks } from './lines';
import { equalShifted, mapPositions, shiftPositions } from './positions';
import { hasDefinition } from './definitions';

export interface WindowInput {
  oldText: string;
  tree: Root;
  newText: string;
  index: AtomIndex;
  /** First neighbour (undefined: the window starts at the document start). */
  a: Atom | undefined;
  /** Last neighbour (undefined: the window runs to the document end). */
  b: Atom | undefined;
}

export interface WindowResult { tree: Root | undefined; parsedChars: number }

type Split = List | Table;
const isSplit = (n: RootContent | undefined): n is Split => n?.type === 'list' || n?.type === 'table';
const copyPoint = (p: Point): Point => ({ ...p });

function sameKind(fresh: RootContent | undefined, old: Split): fresh is Split {
  if (!fresh || fresh.type !== old.type) return false;
  return fresh.type !== 'list' || (old.type === 'list' && fresh.ordered === old.ordered);
}

/**
 * `list.spread` as mdast-util-from-markdown derives it: a blank line between two items
 * (items `from - 1` and `from` up to `to - 2` and `to - 1`: all pairs by default).
 */
export function listSpread(list: List, from = 1, to = list.children.length): boolean {
  const items = list.children;
  for (let i = from; i < to; i++) {
    const prevEnd = items[i - 1]?.position?.end.line ?? 0;
    const start = items[i]?.position?.start.line ?? 0;
    if (start - prevEnd > 1) return true;
  }
  return false;
}

export function tryWindow(input: WindowInput): WindowResult {
  const { oldText, tree, newText, index, a, b } = input;
  const delta = newText.length - oldText.length;
  const aNode = a ? index.node(a) : undefined;
  const bNode = b ? index.node(b) : undefined;
  if ((a && !aNode) || (b && !bNode)) return { tree: undefined, parsedChars: 0 };
  const oldStart = aNode ? index.lineStart(aNode) : 0;
  const oldEnd = bNode ? index.lineEnd(bNode) : oldText.length;
  const body = newText.slice(oldStart, oldEnd + delta);
  const dLine = countBreaks(body) - countBreaks(oldText, oldStart, oldEnd);

  // A table row as first neighbour needs the table's head (header + delimiter row) in front.
  const aTop = a ? index.top(a.top) : undefined;
  let prefix = '';
  let prefixStart = 0;
  let prefixLine = 1;
  if (a && a.sub > 0 && aTop?.type === 'table') {
    const row1 = aTop.children[1];
    prefixStart = index.lineStart(aTop);
    prefix = oldText.slice(prefixStart, row1 ? index.lineStart(row1) : 0);
    prefixLine = aTop.position?.start.line ?? 1;
  }
  const windowText = prefix + body;
  // Away from the document start, a window must not begin with what micromark would try as
  // a front matter fence (a failed attempt changes how the rest of the window parses).
  if (oldStart > 0 && startsWithFrontMatterFence(windowText)) return { tree: undefined, parsedChars: 0 };
  const parsed = parseWithOffsets(windowText);
  const fail: WindowResult = { tree: undefined, parsedChars: windowText.length };
  if (hasDefinition(parsed.children)) return fail;

  // Into document lines; the window's offsets tell its head's points from its body's, and
  // go (the document's points have none).
  const bodyLine = (aNode?.position?.start.line ?? 1) - (countBreaks(prefix) + 1);
  const preLen = prefix.length;
  mapPositions(parsed, (p) => {
    const pre = p.offset !== undefined && p.offset < preLen;
    p.line += pre ? prefixLine - 1 : bodyLine;
    delete p.offset;
  });

  const w = parsed.children;
  const kids = tree.children;
  const sameTop = !!a && !!b && a.top === b.top && a.sub >= 0 && b.sub >= 0;
  if (w.length < (sameTop ? 1 : (a ? 1 : 0) + (b ? 1 : 0))) return fail;

  // Check the first neighbour.
  let head: { node: Split; keep: readonly RootContent[] | readonly unknown[]; skip: number } | undefined;
  if (a && aTop) {
    if (a.sub < 0) {
      if (!equalShifted(w[0], aTop, 0)) return fail;
    } else {
      const w0 = w[0];
      if (!isSplit(aTop) || !sameKind(w0, aTop)) return fail;
      const skip = prefix ? 1 : 0;
      if (prefix && !equalShifted(w0.children[0], aTop.children[0], 0)) return fail;
      if (!equalShifted(w0.children[skip], aTop.children[a.sub], 0)) return fail;
      head = { node: w0, keep: aTop.children.slice(0, a.sub), skip };
    }
  }
  // Check the last neighbour.
  const bTop = b ? index.top(b.top) : undefined;
  let tail: { node: Split; keep: readonly unknown[] } | undefined;
  if (b && bTop) {
    const wl = w[w.length - 1];
    if (b.sub < 0) {
      if (!equalShifted(wl, bTop, dLine)) return fail;
    } else {
      if (!isSplit(bTop) || !sameKind(wl, bTop)) return fail;
      const last = wl.children[wl.children.length - 1];
      if (!equalShifted(last, bTop.children[b.sub], dLine)) return fail;
      if (head && head.node === wl && wl.children.length < head.skip + 2) return fail;
      if (bTop.type === 'table' && wl.type === 'table' && !equalShifted(wl.align, bTop.align, 0)) return fail;
      tail = { node: wl, keep: bTop.children.slice(b.sub + 1) };
    }
  }

  // Splice (everything checked: from here on the old tree is modified in place).
  // The window's own items in a spliced node: [first, last] (indices after the splice).
  let headFirst = 0;
  let tailLast = -1;
  if (head && aTop) {
    const n = head.node;
    const rest = n.children.slice(head.skip);
    (n.children as unknown[]) = [...head.keep, ...rest];
    headFirst = head.keep.length;
    if (n.position && aTop.position) n.position.start = copyPoint(aTop.position.start);
    if (n.type === 'list' && aTop.type === 'list' && a && a.sub > 0) n.start = aTop.start;
  }
  if (tail && bTop) {
    const n = tail.node;
    tailLast = n.children.length - 1;
    for (const k of tail.keep) shiftPositions(k, dLine);
    (n.children as unknown[]) = [...n.children, ...tail.keep];
    if (n.position && bTop.position) {
      const end = copyPoint(bTop.position.end);
      shiftPositions({ position: { start: { line: 0, column: 0 }, end } }, dLine);
      n.position.end = end;
    }
  }
  // The kept items and the neighbour next to them are the old list's, spaced as they were
  // (the neighbour was checked equal, the tail shifted as one): when that old list is tight
  // (its spread is listSpread of it), only the pairs the window brings in are read, not all
  // the items of a long list on every keystroke.
  for (const n of new Set([head?.node, tail?.node])) {
    if (n?.type !== 'list') continue;
    const isHead = n === head?.node;
    const isTail = n === tail?.node;
    const tight = (!isHead || (aTop?.type === 'list' && aTop.spread === false)) && (!isTail || (bTop?.type === 'list' && bTop.spread === false));
    n.spread = tight ? listSpread(n, (isHead ? headFirst : 0) + 1, isTail ? tailLast + 1 : n.children.length) : listSpread(n);
  }

  const lo = a ? a.top : 0;
  const hi = b ? b.top : kids.length - 1;
  const after = kids.slice(hi + 1);
  for (const k of after) shiftPositions(k, dLine);
  const start = a || !parsed.position ? tree.position?.start : parsed.position.start;
  const oldRootEnd = tree.position?.end;
  let end = parsed.position?.end;
  if (b && oldRootEnd) {
    end = copyPoint(oldRootEnd);
    shiftPositions({ position: { start: { line: 0, column: 0 }, end } }, dLine);
  }
  const root: Root = { type: 'root', children: [...kids.slice(0, lo), ...w, ...after] };
  if (start && end) root.position = { start: copyPoint(start), end };
  return { tree: root, parsedChars: windowText.length };
}
