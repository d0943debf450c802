/**
 * Incremental Markdown parsing: the tree after an edit, equal (positions included, for every
 * node) to `parseMarkdown(newText)`, re-parsing only what the edit can have changed.
 *
 * Strategy
 * 1. Apply the LSP changes, tracking the untouched prefix and suffix; the edited lines of the
 *    old text are the lines spanned by what lies between.
 * 2. Atoms (see atoms.ts): top-level blocks, except that a top-level list is split into its
 *    items and a table into its rows (a table whose header or delimiter row is edited is
 *    one atom). Blockquotes, paragraphs, code blocks, headings... are atoms as a whole.
 * 3. Window: the atoms touching the edited lines plus n untouched neighbours on each side
 *    (n = 1, then 2, 4, 8), cut at line starts/ends, re-parsed as a standalone document (a
 *    row window gets the table's header and delimiter row in front). Block parsing is a
 *    line-by-line state machine: a first neighbour that comes back identical means the
 *    window began in the same state as in the document, and a last neighbour that comes
 *    back identical (deep equality, positions included, shifted by the edit) means the
 *    edit's effect stopped before it, so everything after is the old tree shifted. When a
 *    neighbour changed (an opened code fence, a list absorbing its neighbour, a paragraph
 *    turned setext heading, a blank line removed...) the window widens; past n = 8, or
 *    when the window reaches both ends of the document, the whole text is parsed.
 * 4. Splice: window nodes replace the atoms; a window that starts or ends inside a list or
 *    table is merged with the old items/rows around it; positions after the window are
 *    shifted in place; list `spread` is recomputed (ordered `start` and table `align`
 *    come from the window whenever the first item / the head is inside it).
 * 5. Full parse whenever the document has link reference or footnote definitions (they are
 *    document-global), or when the window contains one. A caller may leave the full parse
 *    of a long text to later (`deferFullAbove`: the store parses it in steps when read).
 * Front matter: YAML is only recognised at offset 0, but an unclosed `---` fence on the first
 * line turns every list and blockquote of the document into paragraphs (micromark quirk),
 * so a document starting with a fence is parsed in full unless its front matter is intact
 * and above the edit; and no window away from offset 0 may start with a fence line.
 * test/unit/parse/ checks all this against full parses on random edits.
 *
 * Ownership: the previous tree is reused, not copied. Nodes before the edit are shared with
 * the new tree and nodes after it are shifted in place, so `prev.tree` must not be used
 * after `applyChanges` (keep derived data, not old trees).
 */
import type { Root } from 'mdast';
import type { Range } from '../text/source-text';
import { AtomIndex, type Atom } from './atoms';
import { isDefinitionFree, markDefinitionFree } from './definitions';
import { applyTextChanges, countBreaks, diffSpan, lineEndAt, lineStartAt, lineStarts, pointOffset, type LineChange } from './lines';
import { parseMarkdown } from './markdown';
import { tryWindow } from './window';
import { startsWithFrontMatterFence } from './micromark';

export interface ContentChange { range: Range; text: string }
export interface ParseStats { mode: 'full' | 'partial'; reparsedChars: number }
export interface ParseResult {
  text: string;
  tree: Root;
  stats: ParseStats;
  /**
   * The lines re-parsed (partial parses): outside them the tree is the old one, moved, so
   * the line view of every other line is the old one's (DocumentLines.after).
   */
  lines?: LineChange;
}
export interface ParsedDocument {
  text: string;
  tree: Root;
  /** The text's line starts, when the caller has them (SourceText.lineStarts); else they are counted. */
  lineStarts?: readonly number[];
}

const WIDTHS = [1, 2, 4, 8];

/**
 * A change that needs a full parse of a long text, left to the caller (`deferFullAbove`):
 * the store parses it when it is read, in steps, instead of inside the change notification.
 */
export interface DeferredParse { text: string; tree: null; stats: { mode: 'deferred'; reparsedChars: number } }
export interface ReparseOptions {
  /** Texts longer than this are not parsed in full here (the result is a DeferredParse). */
  deferFullAbove?: number;
}

function full(text: string, parsedBefore: number): ParseResult {
  return { text, tree: parseMarkdown(text), stats: { mode: 'full', reparsedChars: parsedBefore + text.length } };
}

function fullOrDeferred(opts: ReparseOptions): (text: string, parsedBefore: number) => ParseResult | DeferredParse {
  const limit = opts.deferFullAbove;
  if (limit === undefined) return full;
  return (text, parsedBefore) => (text.length > limit ? { text, tree: null, stats: { mode: 'deferred', reparsedChars: parsedBefore } } : full(text, parsedBefore));
}

/** Are the two texts equal, given that they agree outside old[prefix, old.length - suffix) and new[prefix, new.length - suffix)? */
function unchanged(oldText: string, newText: string, prefix: number, suffix: number): boolean {
  if (oldText.length !== newText.length) return false;
  const end = oldText.length - suffix;
  for (let i = prefix; i < end; i++) if (oldText.charCodeAt(i) !== newText.charCodeAt(i)) return false;
  return true;
}

function step(index: AtomIndex, from: Atom | undefined, n: number, dir: 'prev' | 'next'): Atom | undefined {
  let a = from;
  for (let i = 0; i < n && a; i++) a = dir === 'prev' ? index.prev(a) : index.next(a);
  return a;
}

/**
 * The tree of `newText`, given the previous text and tree and the span of the old text that
 * changed: old[prefix, old.length - suffix) became new[prefix, new.length - suffix).
 */
export function reparse(prev: ParsedDocument, newText: string, prefix: number, suffix: number): ParseResult;
export function reparse(prev: ParsedDocument, newText: string, prefix: number, suffix: number, opts: ReparseOptions): ParseResult | DeferredParse;
export function reparse(prev: ParsedDocument, newText: string, prefix: number, suffix: number, opts: ReparseOptions = {}): ParseResult | DeferredParse {
  const full = fullOrDeferred(opts);
  const oldText = prev.text;
  // Outside the changed span the texts agree (the contract above): comparing the spans says
  // whether they are equal without comparing (and first flattening) two whole documents,
  // which cost ~10 ms a keystroke at 10,000 lines (server CPU profile).
  if (unchanged(oldText, newText, prefix, suffix)) return { text: newText, tree: prev.tree, stats: { mode: 'partial', reparsedChars: 0 }, lines: { from: 0, oldTo: 0, newTo: 0 } };
  if (!isDefinitionFree(prev.tree)) return full(newText, 0);
  const p0 = lineStartAt(oldText, prefix);
  const p1 = lineEndAt(oldText, oldText.length - suffix);
  // Where the old tree's points are in the old text (they carry line and column only).
  const starts = prev.lineStarts ?? lineStarts(oldText);
  if (startsWithFrontMatterFence(oldText) || startsWithFrontMatterFence(newText)) {
    // Only an intact front matter before the edit keeps the rest of the document local.
    const fm = prev.tree.children[0];
    const intact = fm?.type === 'yaml' && fm.position !== undefined && startsWithFrontMatterFence(newText) && p0 > lineEndAt(oldText, pointOffset(starts, fm.position.end));
    if (!intact) return full(newText, 0);
  }
  const index = new AtomIndex(prev.tree, oldText, starts, p0, p1);
  const first = index.firstTouched();
  const last = index.lastTouched();
  // Neighbours adjacent to the edit: the atom before the first touched one, after the last.
  const a0 = first ? index.prev(first) : index.last();
  const b0 = last ? index.next(last) : index.first();
  let parsed = 0;
  for (const n of WIDTHS) {
    const a = step(index, a0, n - 1, 'prev');
    const b = step(index, b0, n - 1, 'next');
    if (!a && !b) break;
    // The window's lines, read before tryWindow moves the old nodes after it in place.
    const from = a ? (index.node(a)?.position?.start.line ?? 1) - 1 : 0;
    const oldTo = b ? index.node(b)?.position?.end.line ?? null : null;
    const r = tryWindow({ oldText, tree: prev.tree, newText, index, a, b });
    parsed += r.parsedChars;
    if (r.tree) {
      markDefinitionFree(r.tree);
      const dLine = countBreaks(newText, prefix, newText.length - suffix) - countBreaks(oldText, prefix, oldText.length - suffix);
      const lines: LineChange = { from, oldTo, newTo: oldTo === null ? null : oldTo + dLine };
      return { text: newText, tree: r.tree, stats: { mode: 'partial', reparsedChars: parsed }, lines };
    }
    if (!a && !b) break;
  }
  return full(newText, parsed);
}

/**
 * Applies LSP incremental changes (ranges in the text before each change, in order). With
 * `deferFullAbove`, a long text that would need a full parse comes back without a tree.
 */
export function applyChanges(prev: ParsedDocument, changes: readonly ContentChange[]): ParseResult;
export function applyChanges(prev: ParsedDocument, changes: readonly ContentChange[], opts: ReparseOptions): ParseResult | DeferredParse;
export function applyChanges(prev: ParsedDocument, changes: readonly ContentChange[], opts: ReparseOptions = {}): ParseResult | DeferredParse {
  const r = applyTextChanges(prev.text, changes);
  return reparse(prev, r.text, r.prefix, r.suffix, opts);
}

/**
 * The same when the caller already has the new text (e.g. from its TextDocument): the
 * changed span comes from `changes` when given, else from comparing the two texts.
 */
export function applyChangesWithText(prev: ParsedDocument, newText: string, changes?: readonly ContentChange[]): ParseResult {
  if (changes && changes.length > 0) {
    const r = applyTextChanges(prev.text, changes);
    if (r.text === newText) return reparse(prev, newText, r.prefix, r.suffix);
  }
  const d = diffSpan(prev.text, newText);
  return reparse(prev, newText, d.prefix, d.suffix);
}
