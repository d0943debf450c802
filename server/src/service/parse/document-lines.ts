/**
 * The line view of a document: for every line, the block it belongs to according to the
 * mdast (heading, paragraph, list item, quote, table row, code, HTML...) and its content with
 * container prefixes removed. Real postmortems put sections and timeline entries on plain
 * lines inside paragraphs, in list items and in blockquotes; reading them line by line, with
 * the parser's block context, understands every markup with one mechanism.
 */
import type { Root, Nodes, List } from 'mdast';
import type { SourceText } from '../text/source-text';
import type { LineChange } from './lines';
import { splitInlineLines } from './split-inlines';
import { flatString } from '../text/flat-string';

export type LineBlock =
  | 'blank'
  | 'paragraph'
  | 'heading'
  | 'setext-underline'
  | 'code'
  | 'indented-code'
  | 'html'
  | 'table'
  | 'thematic'
  | 'frontmatter'
  | 'definition';

export interface LineInfo {
  block: LineBlock;
  /** ATX or setext heading depth, else 0. */
  headingDepth: number;
  quoteDepth: number;
  /** Nesting depth of list items containing the line (0 = not in a list). */
  listDepth: number;
  /** The line starts a list item. */
  listItemStart: boolean;
  ordered: boolean;
  /** GFM task-list state of the item this line starts (null when not a task item). */
  checked: boolean | null;
  /** Table rows: 0 header, 1 delimiter, 2+ body; -1 outside tables. */
  tableRow: number;
  /** The line without quote markers, list marker and checkbox (leading blanks removed). */
  content: string;
  /** Character where `content` starts in the line. */
  contentStart: number;
}

const QUOTE_PREFIX = /^ {0,3}> ?/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const CHECKBOX = /^\[[ xX]\](?:[ \t]+|$)/;

/** `old` with [from, oldTo) replaced by `fresh`, in one new array. */
function spliced<T>(old: readonly T[], start: number, end: number, fresh: readonly T[]): T[] {
  // Clamped as slice clamps.
  const from = Math.min(Math.max(0, start), old.length);
  const oldTo = Math.min(Math.max(from, end), old.length);
  if (fresh.length === oldTo - from) {
    const out = old.slice();
    for (let i = 0; i < fresh.length; i++) out[from + i] = fresh[i] as T;
    return out;
  }
  const out = new Array<T>(old.length - (oldTo - from) + fresh.length);
  let n = 0;
  for (let i = 0; i < from; i++) out[n++] = old[i] as T;
  for (let i = 0; i < fresh.length; i++) out[n++] = fresh[i] as T;
  for (let i = oldTo; i < old.length; i++) out[n++] = old[i] as T;
  return out;
}

export class DocumentLines {
  readonly info: LineInfo[];
  /** The lines being read (inclusive; the whole document unless built after another view). */
  private lo = 0;
  private hi = Number.MAX_SAFE_INTEGER;
  /**
   * Built after the previous view: the lines read again ([from, oldTo) of the previous view
   * became [from, newTo)); every other line is the previous one's, moved. Null: read in full.
   */
  readonly changed: { from: number; oldTo: number; newTo: number } | null = null;
  /** The line `info[0]` is while a view is built after another (only the changed lines are held). */
  private offset = 0;
  /** The view this one was built after, for `lineCache` (dropped when a view is built after this one). */
  private before: DocumentLines | null = null;
  private readonly caches = new Map<object, unknown[]>();

  /**
   * `previous`: the view of the version before and the lines the incremental parser re-read
   * (ParseResult.lines); only those are read again, the others are the previous facts.
   */
  constructor(readonly source: SourceText, readonly tree: Root, previous?: { lines: DocumentLines; change: LineChange }) {
    const lines = source.lines;
    const fit = previous ? fitted(previous.lines, lines.length, previous.change) : null;
    const change = fit ? withTables(fit, tree) : null;
    if (previous && change) {
      // Only the changed lines are read; the others keep the previous view's facts (plain
      // values, never changed after construction), moved.
      const old = previous.lines.info;
      const fresh: LineInfo[] = [];
      for (let i = change.from; i < change.newTo; i++) fresh.push(blankInfo(lines[i] ?? ''));
      // While they are read, the fresh facts are held from line `from` on.
      this.info = fresh;
      this.offset = change.from;
      this.lo = change.from;
      this.hi = change.newTo - 1;
      this.visitChildren(tree.children, null);
      for (let i = change.from; i < change.newTo; i++) this.computeContent(i, lines[i] ?? '', true);
      this.offset = 0;
      this.lo = 0;
      this.hi = Number.MAX_SAFE_INTEGER;
      this.info = spliced(old, change.from, change.oldTo, fresh);
      this.changed = change;
      // One view back is all lineCache reads: no chain of earlier versions is kept.
      previous.lines.before = null;
      this.before = previous.lines;
      return;
    }
    this.info = [];
    for (const line of lines) this.info.push(blankInfo(line));
    for (const child of tree.children) this.visit(child, null);
    for (let i = 0; i < this.info.length; i++) this.computeContent(i, lines[i] ?? '', false);
  }


  /**
   * Visits the children that overlap the lines being read, the first found by binary search
   * (siblings are in document order): an edit in a 5,000-item timeline visits its few items,
   * not every item's position (which cost the first keystrokes after an open ~14 ms, cold).
   */
  private visitChildren(children: readonly Nodes[], list: List | null): void {
    let lo = 0;
    let hi = children.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = children[mid]?.position;
      // A node without a position (none from the parser): read every child in order.
      if (!p) { lo = 0; break; }
      if (p.end.line - 1 < this.lo) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < children.length; i++) {
      const c = children[i] as Nodes;
      const p = c.position;
      if (p && p.start.line - 1 > this.hi) break;
      if (this.overlaps(c)) this.visit(c, list);
    }
  }

  private overlaps(node: Nodes): boolean {
    const p = node.position;
    return !!p && p.end.line - 1 >= this.lo && p.start.line - 1 <= this.hi;
  }

  get length(): number { return this.info.length; }

  /**
   * A per-line cache of a reading (`owner` names it) that depends only on a line and its
   * neighbours, one on each side (their text and facts). Built after another view, it starts
   * with that view's values, moved, for every line outside the changed ones and their two
   * neighbours: an edit reads again only the lines it can have changed. Unset slots are
   * undefined.
   */
  lineCache<T>(owner: object): (T | undefined)[] {
    let cache = this.caches.get(owner) as (T | undefined)[] | undefined;
    if (!cache) {
      cache = this.carried<T>(owner) ?? new Array<T | undefined>(this.info.length);
      this.caches.set(owner, cache);
    }
    return cache;
  }

  private carried<T>(owner: object): (T | undefined)[] | null {
    const old = this.before?.caches.get(owner) as (T | undefined)[] | undefined;
    const c = this.changed;
    if (!old || !c) return null;
    const left = Math.max(0, c.from - 1);
    const right = Math.min(old.length, c.oldTo + 1);
    const tail = old.length - right;
    const middle = this.info.length - left - tail;
    if (middle < 0) return null;
    // One array per cache and version (slices and a concat made three, ~240 KB a keystroke
    // at 10,000 lines over the caches, sampled heap profile).
    if (middle === right - left) return old.slice().fill(undefined, left, right);
    const out = new Array<T | undefined>(this.info.length);
    for (let i = 0; i < left; i++) out[i] = old[i];
    for (let i = 0; i < tail; i++) out[left + middle + i] = old[right + i];
    return out;
  }

  at(line: number): LineInfo | undefined { return this.info[line]; }

  /**
   * The lines present, [from, to): every line, or in a view of a few lines (the edited ones a
   * `lines` rule reads again after an edit: rules/runner.ts) those; `at` gives undefined
   * outside them. A reading that visits every line visits these, so a keystroke's re-run
   * follows the edit, not the document (5 line rules over 10,000 lines cost ~5 ms).
   */
  present(): { from: number; to: number } { return { from: 0, to: this.info.length }; }

  private split: Uint8Array | null = null;

  /**
   * The line holds part of a link, image or code span that goes on over a line break
   * (split-inlines.ts): it is inside that construct, never a heading or header of its own.
   * Read from the tree on the first ask.
   */
  splitsInline(line: number): boolean {
    this.split ??= splitInlineLines(this.tree, this.source.lineCount);
    return this.split[line] === 1;
  }

  /** Lines inside fenced code (suppression comments and entries there do not count). */
  isCode(line: number): boolean {
    return this.info[line]?.block === 'code';
  }

  private span(node: Nodes): [number, number] | null {
    const p = node.position;
    if (!p) return null;
    return [p.start.line - 1, p.end.line - 1];
  }

  private mark(from: number, to: number, f: (li: LineInfo, line: number) => void): void {
    const end = Math.min(to, this.hi);
    for (let l = Math.max(from, this.lo); l <= end; l++) {
      const li = this.info[l - this.offset];
      if (li) f(li, l);
    }
  }

  private visit(node: Nodes, list: List | null): void {
    const sp = this.span(node);
    if (!sp) return;
    const [a, b] = sp;
    switch (node.type) {
      case 'heading': {
        const setext = b > a || !/^\s{0,3}#/.test(this.source.lineAt(a).replace(/^(\s{0,3}>\s?)*/, ''));
        this.mark(a, b, (li, l) => {
          li.block = setext && l === b && b > a ? 'setext-underline' : 'heading';
          li.headingDepth = node.depth;
        });
        return;
      }
      case 'code': {
        const first = this.source.lineAt(a).replace(/^(\s{0,3}>\s?)*/, '').replace(LIST_MARKER, '');
        const fenced = /^\s{0,3}(`{3,}|~{3,})/.test(first);
        this.mark(a, b, (li) => { li.block = fenced ? 'code' : 'indented-code'; });
        return;
      }
      case 'html':
        this.mark(a, b, (li) => { if (li.block !== 'blank') li.block = 'html'; });
        return;
      case 'thematicBreak':
        this.mark(a, b, (li) => { li.block = 'thematic'; });
        return;
      case 'yaml':
        this.mark(a, b, (li) => { li.block = 'frontmatter'; });
        return;
      case 'definition':
        this.mark(a, b, (li) => { li.block = 'definition'; });
        return;
      case 'table': {
        node.children.forEach((row, i) => {
          const rs = this.span(row);
          if (!rs || rs[1] + 1 < this.lo || rs[0] > this.hi) return;
          this.mark(rs[0], rs[1], (li) => { li.block = 'table'; li.tableRow = i === 0 ? 0 : i + 1; });
          if (i === 0) this.mark(rs[0] + 1, rs[0] + 1, (li) => { li.block = 'table'; li.tableRow = 1; });
        });
        return;
      }
      case 'blockquote':
        this.mark(a, b, (li) => { li.quoteDepth++; });
        this.visitChildren(node.children, null);
        return;
      case 'list':
        this.visitChildren(node.children, node);
        return;
      case 'listItem':
        this.mark(a, b, (li) => { li.listDepth++; });
        this.mark(a, a, (li) => {
          li.listItemStart = true;
          li.ordered = list?.ordered === true;
          li.checked = typeof node.checked === 'boolean' ? node.checked : null;
        });
        this.visitChildren(node.children, null);
        return;
      case 'paragraph':
        this.mark(a, b, (li) => { if (li.block === 'blank') li.block = 'paragraph'; });
        return;
      default:
        return;
    }
  }

  private computeContent(i: number, raw: string, detach: boolean): void {
    const li = this.info[i - this.offset];
    if (!li) return;
    let start = 0;
    let rest = raw;
    for (let q = 0; q < li.quoteDepth; q++) {
      // Lazy continuation lines of a quote have no marker: nothing to strip then.
      const m = QUOTE_PREFIX.exec(rest) ?? /^\s*>\s?/.exec(rest);
      const cut = m ? m[0].length : 0;
      if (cut === 0) break;
      start += cut;
      rest = rest.slice(cut);
    }
    if (li.listItemStart) {
      const m = LIST_MARKER.exec(rest);
      if (m) {
        start += m[0].length;
        rest = rest.slice(m[0].length);
        const c = CHECKBOX.exec(rest);
        if (c && li.checked !== null) {
          start += c[0].length;
          rest = rest.slice(c[0].length);
        }
      }
    }
    const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
    li.contentStart = start + lead;
    // trimEnd, not /\s+$/: the regex retries at every blank of a long inner run (quadratic); the
    // two strip the same characters (ECMAScript WhiteSpace and LineTerminator).
    const content = rest.slice(lead).trimEnd();
    li.content = detach ? flatString(content) : content;
  }
}

function blankInfo(line: string): LineInfo {
  return {
    block: line.trim() === '' ? 'blank' : 'paragraph',
    headingDepth: 0,
    quoteDepth: 0,
    listDepth: 0,
    listItemStart: false,
    ordered: false,
    checked: null,
    tableRow: -1,
    content: '',
    contentStart: 0,
  };
}

/**
 * The change with its open ends closed on this text, or null when it does not fit the two
 * views (then the view is read in full): the lines outside it must be as many as before.
 */
function fitted(prev: DocumentLines, length: number, c: LineChange): { from: number; oldTo: number; newTo: number } | null {
  const oldTo = c.oldTo ?? prev.length;
  const newTo = c.newTo ?? length;
  if (c.from < 0 || oldTo < c.from || newTo < c.from || oldTo > prev.length || newTo > length) return null;
  return prev.length - oldTo === length - newTo ? { from: c.from, oldTo, newTo } : null;
}

/**
 * The change widened to the end of every table it reaches: a row's fact is its index in the
 * table (`tableRow`), so a row added or removed changes the rows after it, outside the lines
 * re-parsed (a table is re-parsed row by row). Lines after the change are moved alike in the
 * two versions, so the old end moves with the new one.
 */
function withTables(c: { from: number; oldTo: number; newTo: number }, tree: Root): { from: number; oldTo: number; newTo: number } {
  let newTo = c.newTo;
  for (const k of tree.children) {
    const p = k.position;
    if (!p || p.start.line - 1 >= newTo) break;
    if (k.type === 'table' && p.end.line - 1 >= c.from) newTo = Math.max(newTo, p.end.line);
  }
  return newTo === c.newTo ? c : { from: c.from, oldTo: c.oldTo + (newTo - c.newTo), newTo };
}
