import type { Rule } from '../types';
import { sectionLevel } from './shared';

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
  },
  check(ctx) {
    const level = '#'.repeat(sectionLevel(ctx.model));
    const eol = ctx.source.eol;
    for (const s of ctx.model.sections) {
      const how = STYLE_WORDS[s.markup];
      if (!how) continue;
      const li = ctx.lines.at(s.line);
      if (!li || li.quoteDepth > 0) continue;
      const heading = `${level} ${s.name}${s.zone ? ` (${s.zone})` : ''}`;
      const prevBlank = s.line === 0 || ctx.lines.at(s.line - 1)?.block === 'blank';
      const nextBlank = ctx.lines.at(s.line + 1)?.block === 'blank';
      const newText = `${prevBlank ? '' : eol}${heading}${s.inlineText ? `${eol}${eol}${s.inlineText}` : ''}${nextBlank ? '' : eol}`;
      ctx.report({
        range: s.headerRange,
        message: `The section \`${s.name}\` is ${how}, not a heading, so outlines and links cannot find it. Write \`${heading}\`.`,
        fixes: [{ title: `Make it a heading: '${heading}'`, edits: [{ range: ctx.source.lineRange(s.line), newText }], safe: true }],
      });
    }
  },
};
