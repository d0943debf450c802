import { withoutStylingTags } from '../../text/styling-tags';
import type { Rule } from '../types';
import { headingFor, runInHeaders, sectionLevel } from './shared';
import { keepsLinks, keepsWords } from '../fixes/keeps-words';
import { nextLineTurnsCode } from '../fixes/heading-rewrite';

const STYLE_WORDS: Record<string, string> = {
  plain: 'a plain line',
  bold: 'a bold line',
  italic: 'an italic line',
  'list-item': 'a list item',
};

/** A section header written as a plain, bold, italic or list-item line instead of a heading. */
export const sectionStyle: Rule = {
  meta: {
    name: 'section-style',
    description: 'A section is introduced by a plain, bold or list-item line instead of a heading.',
    category: 'structure',
    defaultSeverity: 'hint',
    fixable: true,
    reads: ['document'],
  },
  check(ctx) {
    const level = sectionLevel(ctx.model);
    const eol = ctx.source.eol;
    // A plain header that runs into its paragraph is heading-syntax's finding (a warning).
    const runIn = runInHeaders(ctx.model, ctx.lines);
    for (const s of ctx.model.sections) {
      const how = STYLE_WORDS[s.markup];
      if (!how || runIn.has(s.line)) continue;
      const li = ctx.lines.at(s.line);
      if (!li || li.quoteDepth > 0) continue;
      const line = ctx.source.lineAt(s.line);
      const heading = headingFor(level, line, s);
      // The header's indented body (a list item's, a lazy line) would turn into a code block.
      const continued = nextLineTurnsCode(ctx.source, s.line);
      // (A link the next line closes, `- [Summary` + `](#summary)`, is no header: split-inlines.ts.)
      const safe = !continued && keepsWords(line, `${heading} ${s.inlineText}`) && keepsLinks(line, `${heading} ${s.inlineText}`);
      const prevBlank = s.line === 0 || ctx.lines.at(s.line - 1)?.block === 'blank';
      const nextBlank = ctx.lines.at(s.line + 1)?.block === 'blank';
      const newText = `${prevBlank ? '' : eol}${heading}${s.inlineText ? `${eol}${eol}${s.inlineText}` : ''}${nextBlank ? '' : eol}`;
      ctx.report({
        range: s.headerRange,
        message: `The section \`${s.name}\` is ${how}, not a heading, so outlines and links cannot find it. Write \`${heading}\`.`,
        // Offered, but not applied unasked, where it would drop the line's styling tags (`<span style=...>`).
        fixes: safe ? [{ title: `Make it a heading: '${heading}'`, edits: [{ range: ctx.source.lineRange(s.line), newText }], safe: withoutStylingTags(line) === line }] : [],
      });
    }
  },
};
