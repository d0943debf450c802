/**
 * The units the incremental parser re-parses ("atoms"): every top-level block, except that a
 * top-level list is split into its items and a table into its rows. A table whose header or
 * delimiter row is edited stays whole (the header decides the table). Atoms are addressed
 * as (top, sub): `sub` is the child index, or -1 for a whole top-level node.
 */
import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { lineEndAt, pointOffset } from './lines';

export interface Atom { top: number; sub: number }

export class AtomIndex {
  private readonly kids: readonly RootContent[];
  private readonly whole = new Set<number>();

  /**
   * `p0`..`p1`: the edited lines of the old text (line start .. line end); `starts`: its line
   * starts (lines.ts `lineStarts`), which place the tree's points (they carry no offset).
   */
  constructor(tree: Root, private readonly text: string, private readonly starts: readonly number[], private readonly p0: number, private readonly p1: number) {
    this.kids = tree.children;
    // Tables whose head lines (header + delimiter row) are edited are atoms as a whole.
    const lo = this.firstTopEndingAtOrAfter(p0);
    for (let t = lo; t < this.kids.length; t++) {
      const k = this.kids[t];
      if (!k || this.lineStart(k) > p1) break;
      if (k.type !== 'table') continue;
      const row1 = k.children[1];
      const headEnd = row1 ? this.lineStart(row1) - 1 : this.lineEnd(k);
      if (p0 <= headEnd) this.whole.add(t);
    }
  }

  /** Where the line `n` starts on starts (a node of the tree). */
  lineStart(n: Node): number { return this.starts[(n.position?.start.line ?? 1) - 1] ?? 0; }
  /** Where the line `n` ends on ends (its break, or the text's end). */
  lineEnd(n: Node): number { return lineEndAt(this.text, n.position ? pointOffset(this.starts, n.position.end) : 0); }

  top(t: number): RootContent | undefined { return this.kids[t]; }

  subs(t: number): readonly Node[] | undefined {
    const k = this.kids[t];
    if (!k || this.whole.has(t)) return undefined;
    if ((k.type === 'list' || k.type === 'table') && k.children.length > 0) return k.children;
    return undefined;
  }

  node(a: Atom): Node | undefined {
    return a.sub < 0 ? this.kids[a.top] : this.subs(a.top)?.[a.sub];
  }

  private firstTopEndingAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.kids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const k = this.kids[mid];
      if (k && this.lineEnd(k) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lastTopStartingAtOrBefore(pos: number): number {
    let lo = -1;
    let hi = this.kids.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const k = this.kids[mid];
      if (k && this.lineStart(k) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The first atom whose last line is at or after the edit's first line. */
  firstTouched(): Atom | undefined {
    const t = this.firstTopEndingAtOrAfter(this.p0);
    if (t >= this.kids.length) return undefined;
    const subs = this.subs(t);
    if (!subs) return { top: t, sub: -1 };
    let lo = 0;
    let hi = subs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = subs[mid];
      if (s && this.lineEnd(s) < this.p0) lo = mid + 1;
      else hi = mid;
    }
    return lo < subs.length ? { top: t, sub: lo } : this.next({ top: t, sub: subs.length - 1 });
  }

  /** The last atom whose first line is at or before the edit's last line. */
  lastTouched(): Atom | undefined {
    const t = this.lastTopStartingAtOrBefore(this.p1);
    if (t < 0) return undefined;
    const subs = this.subs(t);
    if (!subs) return { top: t, sub: -1 };
    let lo = -1;
    let hi = subs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const s = subs[mid];
      if (s && this.lineStart(s) <= this.p1) lo = mid;
      else hi = mid - 1;
    }
    return lo >= 0 ? { top: t, sub: lo } : this.prev({ top: t, sub: 0 });
  }

  first(): Atom | undefined { return this.kids.length ? { top: 0, sub: this.subs(0) ? 0 : -1 } : undefined; }

  last(): Atom | undefined {
    const t = this.kids.length - 1;
    if (t < 0) return undefined;
    const subs = this.subs(t);
    return { top: t, sub: subs ? subs.length - 1 : -1 };
  }

  prev(a: Atom): Atom | undefined {
    if (a.sub > 0) return { top: a.top, sub: a.sub - 1 };
    if (a.top === 0) return undefined;
    const subs = this.subs(a.top - 1);
    return { top: a.top - 1, sub: subs ? subs.length - 1 : -1 };
  }

  next(a: Atom): Atom | undefined {
    const subs = this.subs(a.top);
    if (subs && a.sub + 1 < subs.length) return { top: a.top, sub: a.sub + 1 };
    if (a.top + 1 >= this.kids.length) return undefined;
    return { top: a.top + 1, sub: this.subs(a.top + 1) ? 0 : -1 };
  }
}
