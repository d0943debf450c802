import type { Rule } from '../types';
import { PARSE_LINE_LIMIT } from '../../parse/markdown';

/**
 * A line longer than the parser reads (parse/markdown.ts cuts it at PARSE_LINE_LIMIT
 * characters, because some single lines cost the Markdown parser quadratic time). The rest
 * of the line is not read as Markdown: the user is told, not left guessing.
 */
export const lineTooLong: Rule = {
  meta: {
    name: 'line-too-long',
    description: `A line longer than ${PARSE_LINE_LIMIT} characters: only its start is read as Markdown.`,
    category: 'structure',
    defaultSeverity: 'info',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    const { source } = ctx;
    if (source.text.length <= PARSE_LINE_LIMIT) return;
    for (let i = 0; i < source.lineCount; i++) {
      const start = source.lineStarts[i] ?? 0;
      const next = source.lineStarts[i + 1];
      // A quick bound before slicing: the line with its break is at most next - start.
      if ((next ?? source.text.length) - start <= PARSE_LINE_LIMIT) continue;
      const length = source.lineAt(i).length;
      if (length <= PARSE_LINE_LIMIT) continue;
      ctx.report({
        range: { start: { line: i, character: PARSE_LINE_LIMIT }, end: { line: i, character: length } },
        message: `This line is ${length} characters long; only its first ${PARSE_LINE_LIMIT} are read as Markdown (headings, lists, links and emphasis after that are not seen). Break it into shorter lines or paragraphs.`,
      });
    }
  },
};
