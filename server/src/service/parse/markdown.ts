/**
 * The one Markdown parser of the project: CommonMark (remark-parse) + GFM (tables, task
 * lists, strikethrough, autolinks, footnotes) + YAML front matter. The processor is built
 * once; `parseMarkdown` only parses (no transforms run), so the tree keeps every position.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
