/**
 * The one Markdown parser of the project (its door): CommonMark (remark-parse) + GFM
 * (tables, task lists, strikethrough, autolinks, footnotes) + YAML front matter, without
 * transforms, so the tree keeps every position. The parser itself, and how it reads long
 * lines (each line is read up to PARSE_LINE_LIMIT characters), are in micromark.ts.
 *
 * Big documents: one micromark parse holds several hundred bytes per character of the
 * text at once (its events), ~250 MB for 1 MB. Above CHUNKED_MIN characters the text is
 * parsed piece by piece (chunked.ts), which gives the same tree with the parser's memory
 * bounded by a piece.
 */
import type { Root } from 'mdast';
import { parseWhole } from './micromark';
import { parseChunked, parseChunkedInSteps } from './chunked';
import { dropOffsets } from './positions';

export { PARSE_LINE_LIMIT, cutLongLines, longLineStarts, parseWhole, readsFrontMatter } from './micromark';

/** Texts longer than this are parsed in pieces; shorter ones in one go (they cost a few MB). */
export const CHUNKED_MIN = 64 * 1024;

/**
 * The tree of `text`. Its points have line and column, no offset (positions.ts says why;
 * `pointOffset` in lines.ts gives it from the text's line starts).
 */
export function parseMarkdown(text: string): Root {
  const tree = parseWithOffsets(text);
  dropOffsets(tree);
  return tree;
}

/** The same tree with micromark's offsets kept: for the incremental parser's windows, which place their points by them. */
export function parseWithOffsets(text: string): Root {
  return text.length > CHUNKED_MIN ? parseChunked(text) : parseWhole(text);
}

/**
 * `parseMarkdown` in steps, for a server with other documents to answer: `pause` runs between
 * parser runs and returns false when the tree is no longer wanted (undefined then).
 */
export async function parseMarkdownInSteps(text: string, pause: () => Promise<boolean>): Promise<Root | undefined> {
  const tree = await parseChunkedInSteps(text, pause);
  if (tree) dropOffsets(tree);
  return tree;
}
