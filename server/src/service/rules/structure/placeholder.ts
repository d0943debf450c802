import { lineRange } from '../../text/source-text';
import type { Rule } from '../types';
import { quote } from './shared';
import { placeholderMatches, placeholderTitle } from './template';

/**
 * TODO, TBD, XXX, `????` or a lone `?` for a value, `[Insert ...]`, `{{ ... }}`, `20xx-MM-DD`,
 * `By: (Names)`, left-in assignment text, and a title that is a template's slot (`# Title`).
 * One finding per slot: the `hh:mm` inside `{{ hh:mm }}` is the same placeholder.
 */
export const placeholder: Rule = {
  meta: {
    name: 'placeholder',
    description: 'Placeholder or template text was left in the document.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['lines'],
  },
  check(ctx) {
    const title = ctx.model.title;
    if (title && placeholderTitle(ctx.model)) {
      ctx.report({
        range: title.range,
        message: `The title ${quote(title.text)} is the template's placeholder. Say what happened and when, e.g. \`# Checkout errors on 2024-03-08\`.`,
      });
    }
    for (const m of placeholderMatches(ctx.model, ctx.lines, ctx.source)) {
      ctx.report({
        range: lineRange(m.line, m.start, m.end),
        message: `${quote(m.text)} is ${m.what}. Replace it with the real content before the review.`,
      });
    }
  },
};
