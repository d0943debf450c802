/**
 * Chunked parsing for big documents: the tree of `parseWhole(text)` (positions included,
 * for every node), built from parses of pieces of about CHUNK_CHARS characters, so the
 * parser's working memory (micromark's events, several hundred bytes per character) is
 * bounded by the piece, not the document. The async variant yields between pieces.
 *
 * Where a document is cut
 * A piece ends before a line that starts, at column 0, an ATX heading (`#`..`######`) or a
 * list item (`-`, `*`, `+`, `1.`, `1)`). The cut is not guessed from the text (a fence, an
 * HTML block, front matter or a lazy line could hide such a line): it is proven by the
 * parse. Each piece is parsed together with the first line of the next one (the overlap
 * line); block parsing reads a document line by line, so this parse is exact for every line
 * up to the overlap line (no block construct looks back, and none before it waits for a line
 * after it: that line already started a new block). The cut is taken only when the overlap
 * line came back as the start of a top-level node:
 * - a heading: nothing is open after an ATX heading, so the next piece begins in the state a
 *   document begins in;
 * - a list item of a top-level list: all that is open is the list (one marker), and the next
 *   piece begins with a list of the same marker; the two lists are joined (items
 *   concatenated, `spread` is true when either part's is: each part's already counts the
 *   blank line before its overlap item).
 * Otherwise (the line was code, HTML, part of a paragraph, a thematic break...) the piece is
 * doubled and parsed again, so a document without a provable cut costs at most twice a
 * whole parse. The overlap line's node is dropped from the piece it ends (the next piece
 * parses it from its start).
 *
 * Like parse/incremental.ts: a document with link reference or footnote definitions is
 * parsed whole (references resolve document-wide); so is one whose front matter fence
 * (`---` on line 1) is not closed inside the first piece (micromark then reads the rest of
 * the document differently: see micromark.ts).
 * test/unit/parse/chunked.test.ts compares with whole parses on the corpus, fixtures and
 * fuzzed documents with tiny pieces.
 */
import type { List, Root, RootContent } from 'mdast';
import { parseWhole, startsWithFrontMatterFence } from './micromark';
import { countBreaks, lineEndAt } from './lines';
import { moveTree } from './positions';
import { hasDefinition, markDefinitionFree } from './definitions';

/**
 * Target size of a piece (characters): ~1 MB of parser memory. Measured on a 1 MB timeline
 * (peak RSS growth of the parse / CPU): 1 KB pieces 74 MB / 2.6 s, 4 KB 76 MB / 2.0 s,
 * 16 KB 121 MB / 3.2 s, 64 KB 158 MB / 3.5 s, whole 265 MB / 2.7-3.1 s.
 */
export const CHUNK_CHARS = 4 * 1024;

export interface ChunkOptions {
  /** Target piece size (characters); tests use tiny ones. */
  chunkChars?: number;
  /** Filled in as the parse goes (tests and benches read how the document was cut). */
  stats?: ChunkStats;
}

export interface ChunkStats {
  /** Pieces taken into the tree. */
  pieces: number;
  /** Parser runs (a piece retried longer counts once per try; the steps yield between runs). */
  runs?: number;
  /** Characters handed to the parser (retries and overlap lines included). */
  parsedChars: number;
  /** Why the document was parsed whole after all, if it was. */
  whole?: 'definitions' | 'unexpected start';
}

/** A line break followed by a line that may start a heading or a list item at column 0. */
const CANDIDATE = /(?:\r\n?|\n)(?=#{1,6}(?:[ \t\r\n]|$)|[-*+](?:[ \t\r\n]|$)|\d{1,9}[.)](?:[ \t\r\n]|$))/g;

/** The start of the first candidate line at or after `from` (not at 0), or -1. */
function candidateAt(text: string, from: number): number {
  CANDIDATE.lastIndex = Math.max(0, from - 2);
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const s = m.index + m[0].length;
    if (s >= from) return s;
  }
  return -1;
}

const startOffset = (n: { position?: { start: { offset?: number; column: number } } } | undefined): number | undefined =>
  n?.position?.start.column === 1 ? n.position.start.offset : undefined;

type Cut = 'none' | 'heading' | 'list' | 'item';

/** How the overlap line (at local offset `at`) came back: the start of which top-level node. */
function cutKind(tree: Root, text: string, at: number): Cut {
  const last = tree.children[tree.children.length - 1];
  if (!last) return 'none';
  if (last.type === 'heading') return startOffset(last) === at && last.depth > 0 ? 'heading' : 'none';
  if (last.type !== 'list') return 'none';
  const item = last.children[last.children.length - 1];
  if (startOffset(item) !== at) return 'none';
  if (last.children.length > 1) return 'item';
  return startOffset(last) === at && !interrupts(tree, text, at) ? 'list' : 'none';
}

/**
 * Whether a new top-level list at `at` may interrupt an open paragraph (or other open flow)
 * of the line before: micromark then parses the rest of that line with `interrupt` set (no
 * empty or non-1 nested list, no HTML of kind 7...), which a piece starting with the line
 * cannot know. Not when the line before ended a heading or belongs to a container (list,
 * blockquote) this line does not continue, or when it is blank after a paragraph.
 */
function interrupts(tree: Root, text: string, at: number): boolean {
  const before = tree.children[tree.children.length - 2];
  if (before?.type === 'heading' || before?.type === 'list' || before?.type === 'blockquote') return false;
  // Indented code stays open over blank lines; HTML, tables, front matter: not worth a case.
  if (before !== undefined && before.type !== 'paragraph') return true;
  let i = at - 1;
  if (text.charCodeAt(i) === 10 && text.charCodeAt(i - 1) === 13) i--;
  i--;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const c = i < 0 ? 10 : text.charCodeAt(i);
  return c !== 10 && c !== 13;
}

/** A piece after the first must begin with the node its overlap line was proven to start. */
function beginsWith(tree: Root, cut: Cut, joinTo: List | undefined): boolean {
  const first = tree.children[0];
  if (startOffset(first) !== 0) return false;
  if (cut === 'heading') return first?.type === 'heading';
  if (first?.type !== 'list' || startOffset(first.children[0]) !== 0) return false;
  return cut === 'list' || (joinTo !== undefined && first.ordered === joinTo.ordered);
}

/**
 * The parse in steps: a generator that yields between parser runs and returns the tree. The one
 * implementation behind `parseChunked` and `parseChunkedInSteps`.
 */
export function* chunkedSteps(text: string, opts: ChunkOptions = {}): Generator<void, Root, undefined> {
  const size = Math.max(1, opts.chunkChars ?? CHUNK_CHARS);
  const stats = opts.stats ?? { pieces: 0, parsedChars: 0 };
  const whole = (why: ChunkStats['whole']): Root => {
    stats.whole = why;
    stats.parsedChars += text.length;
    return parseWhole(text);
  };
  if (text.length <= size) {
    stats.pieces++;
    stats.parsedChars += text.length;
    return parseWhole(text);
  }
  const fenced = startsWithFrontMatterFence(text);
  const out: RootContent[] = [];
  let start = 0;
  let startLine = 0;
  let target = size;
  /** How the previous piece was cut (what this piece begins with). */
  let cut: Cut = 'none';
  /** The list the previous piece ended in, when it was cut between two of its items. */
  let joinTo: List | undefined;
  let rootStart: Root['position'] | undefined;
  for (;;) {
    const boundary = start + target < text.length ? candidateAt(text, start + target) : -1;
    const end = boundary < 0 ? text.length : lineEndAt(text, boundary);
    const piece = text.slice(start, end);
    const tree = parseWhole(piece);
    stats.parsedChars += end - start;
    stats.runs = (stats.runs ?? 0) + 1;
    if (hasDefinition(tree.children)) return whole('definitions');
    if (start > 0 && !beginsWith(tree, cut, joinTo)) return whole('unexpected start');
    const next: Cut = boundary < 0 ? 'none' : cutKind(tree, piece, boundary - start);
    const frontMatterOpen = start === 0 && fenced && tree.children[0]?.type !== 'yaml';
    if (boundary >= 0 && (next === 'none' || frontMatterOpen)) {
      // No provable cut there: try a piece at least twice as long, from the same start.
      target = Math.max(2 * target, boundary - start + 1);
      yield;
      continue;
    }
    stats.pieces++;
    if (start === 0) rootStart = tree.position;
    const dLine = startLine;
    const dOffset = start;
    const kids = tree.children;
    if (dLine !== 0 || dOffset !== 0) for (const k of kids) moveTree(k, dLine, dOffset);
    // Drop the overlap line's node (the next piece parses it from its start).
    const last = kids[kids.length - 1];
    if (next === 'heading' || next === 'list') kids.pop();
    else if (next === 'item' && last?.type === 'list') last.children.pop();
    // Join this piece's first list to the previous piece's last one.
    let from = 0;
    let open: List | undefined = next === 'item' && last?.type === 'list' ? last : undefined;
    const first = kids[0];
    if (cut === 'item' && joinTo && first?.type === 'list') {
      joinTo.children.push(...first.children);
      joinTo.spread = joinTo.spread || first.spread;
      if (joinTo.position && first.position) joinTo.position.end = first.position.end;
      if (open === first) open = joinTo;
      from = 1;
    }
    for (let i = from; i < kids.length; i++) out.push(kids[i] as RootContent);
    if (boundary < 0) {
      const root: Root = { type: 'root', children: out };
      // Every piece was checked for definitions (a piece with one ends in a whole parse).
      markDefinitionFree(root);
      const endPoint = tree.position?.end;
      if (rootStart && endPoint) {
        endPoint.line += dLine;
        if (endPoint.offset !== undefined) endPoint.offset += dOffset;
        root.position = { start: rootStart.start, end: endPoint };
      }
      return root;
    }
    startLine += countBreaks(text, start, boundary);
    start = boundary;
    target = size;
    cut = next;
    joinTo = open;
    yield;
  }
}

/** The tree of `parseWhole(text)`, parsed piece by piece (bounded parser memory). */
export function parseChunked(text: string, opts: ChunkOptions = {}): Root {
  const steps = chunkedSteps(text, opts);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * The same in steps, for a server with other documents to answer: `pause` runs between
 * parser runs (it yields to the event loop) and returns false when the tree is no longer wanted
 * (the document changed), which abandons the parse (undefined).
 */
export async function parseChunkedInSteps(text: string, pause: () => Promise<boolean>, opts: ChunkOptions = {}): Promise<Root | undefined> {
  const steps = chunkedSteps(text, opts);
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return r.value;
    if (!(await pause())) return undefined;
  }
}
