/**
 * The Markdown parser itself (parse/markdown.ts is its door): CommonMark (remark-parse) +
 * GFM (tables, task lists, strikethrough, autolinks, footnotes) + YAML front matter. The
 * processor is built once; `parseWhole` only parses (no transforms run), so the tree keeps
 * every position.
 *
 * Long lines: micromark's inline resolution is quadratic on some single lines (`a*a*a*...`,
 * `[ ][ ][ ]...`: seconds at 100 KB). Each line is parsed up to PARSE_LINE_LIMIT characters;
 * the rest of that line is handed to the parser as spaces, so every offset, line and column
 * of the tree stays the document's own (the tree of the line simply ends early). The
 * `line-too-long` rule tells the user which lines were cut. The cut is per line, so the
 * incremental parser's windows and the chunked parser's pieces see the same text as a full
 * parse.
 *
 * Speed: remark-gfm's autolink literals and tables are tried only where their necessary
 * conditions hold on the text (autolinks.ts, tables.ts: the same trees, compared with
 * remark-gfm's own parse by test/unit/parse/guards.test.ts).
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { lineEndAt } from './lines';
import { guardAutolinkConstructs, guardAutolinkTransform } from './autolinks';
import { guardTable } from './tables';
import { withText } from './guard-text';

/** remark-gfm's autolink literals and tables tried only where they can be (autolinks.ts, tables.ts); the same trees. */
function guardedGfm(this: Processor): void {
  const data = this.data();
  guardAutolinkConstructs(data.micromarkExtensions ?? []);
  guardAutolinkTransform(data.fromMarkdownExtensions ?? []);
  guardTable(data.micromarkExtensions ?? []);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(guardedGfm).use(remarkFrontmatter, ['yaml']).freeze();
/** For a text whose first-line fence is never closed: no front matter to find, and no failed attempt (below). */
const withoutFrontMatter = unified().use(remarkParse).use(remarkGfm).use(guardedGfm).freeze();

/** Characters of one line the parser reads; longer lines are cut (see above). */
export const PARSE_LINE_LIMIT = 4096;

/** One micromark parse of the whole text (the reference the chunked parse is checked against). */
export function parseWhole(text: string): Root {
  const cut = cutLongLines(text, PARSE_LINE_LIMIT);
  const parser = readsFrontMatter(cut) ? processor : withoutFrontMatter;
  const tree = withText(cut, () => parser.parse(cut));
  compactChildren(tree);
  return tree;
}

/**
 * Gives every `children` array of the tree its exact length. mdast-util-from-markdown builds
 * them by `push`, and V8 grows an empty array to 17 slots on the first push: a list item's
 * one paragraph, or a paragraph's one text, then costs ~190 bytes instead of ~56. Measured on
 * the 13,500-line timeline of test/protocol/measure-big.ts: 5.1 MB of its 13.5 MB tree were
 * children arrays. A copy (`slice`) is allocated at its length; the tree is the same.
 */
function compactChildren(node: { children?: unknown[] }): void {
  const kids = node.children;
  if (kids === undefined) return;
  for (let i = 0; i < kids.length; i++) compactChildren(kids[i] as { children?: unknown[] });
  node.children = kids.slice();
}

/** Start offsets of the lines longer than `limit` (line breaks \n, \r\n, \r). */
export function longLineStarts(text: string, limit: number): number[] {
  const out: number[] = [];
  if (text.length <= limit) return out;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i - start > limit) out.push(start);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  return out;
}

/** The text with every line's characters past `limit` replaced by spaces (same length). */
export function cutLongLines(text: string, limit: number): string {
  const starts = longLineStarts(text, limit);
  if (starts.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of starts) {
    let cut = s + limit;
    // Never split a surrogate pair: the half left would be a lone surrogate.
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    let end = cut;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    parts.push(text.slice(at, cut), ' '.repeat(end - cut));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * A first line micromark-extension-frontmatter tries as a YAML fence. When the fence is not
 * closed, the failed attempt leaves every list and blockquote of the document parsed as a
 * paragraph (micromark-extension-frontmatter 2.0.0), so the fence has document-wide effects.
 */
const FENCE_LINE = /^---[ \t]*$/;

/**
 * Whether a fence line after the first closes the front matter. Without one, the text is parsed
 * without the front-matter extension: CommonMark reads the first `---` as a thematic break, and so
 * does GitHub, and the lists keep their structure.
 */
const CLOSING_FENCE = /\r?\n---[ \t]*(?:\r?\n|$)/;
function closesFrontMatter(text: string): boolean {
  return CLOSING_FENCE.test(text.slice(lineEndAt(text, 0)));
}

// What only Markdown writes at a line's start: a heading, bold text, a bullet of prose.
const MARKDOWN_LINE = /^[ \t]*(?:#{1,6}[ \t]+\S|\*\*\S|[-*+][ \t]+\S+[ \t]+\S+[ \t]+\S+)/m;

/**
 * The text between the first two `---` lines is the document itself, set between two rules,
 * not YAML: it is not a mapping YAML reads, and it holds Markdown (a heading, bold labels,
 * bullets of prose). GitHub shows such a document, not a metadata table; read as front
 * matter, the whole report would be one YAML error. (A mapping with a typo in it, with no
 * Markdown, is still front matter: its error is the front-matter rule's to report.)
 */
function markdownBetweenFences(text: string): boolean {
  const first = lineEndAt(text, 0);
  const close = CLOSING_FENCE.exec(text.slice(first));
  if (!close) return false;
  const block = text.slice(first, first + close.index);
  if (!MARKDOWN_LINE.test(block)) return false;
  try {
    const data: unknown = parseYaml(block);
    return data === null || typeof data !== 'object' || Array.isArray(data);
  } catch {
    return true;
  }
}

/**
 * Whether the parse reads a front matter at all: not when the first-line fence is never closed,
 * nor when what it fences is the document itself (both: a thematic break, as CommonMark and
 * GitHub read it). A text without a first-line fence parses the same either way.
 */
export function readsFrontMatter(text: string): boolean {
  return !startsWithFrontMatterFence(text) || (closesFrontMatter(text) && !markdownBetweenFences(text));
}

export function startsWithFrontMatterFence(text: string): boolean {
  // Only the first line is handed to the regex: a regex over the whole text costs O(text).
  return text.startsWith('---') && FENCE_LINE.test(text.slice(0, lineEndAt(text, 0)));
}
