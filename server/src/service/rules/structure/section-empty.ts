import type { Rule } from '../types';

/** A recognised section with nothing under it: a template left unfilled. */
export const sectionEmpty: Rule = {
  meta: {
    name: 'section-empty',
    description: 'A section has no content.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    for (const s of ctx.model.sections) {
      if (s.markup === 'implicit' || s.inlineText.trim() !== '') continue;
      let content = false;
      for (let i = s.contentStart; i < s.end && !content; i++) {
        const li = ctx.lines.at(i);
        if (li && li.block !== 'blank' && li.block !== 'thematic' && li.content.replace(/^[-*+]\s*$/, '').trim() !== '') content = true;
      }
      if (content) continue;
      ctx.report({
        range: s.headerRange,
        message: `The section \`${s.name}\` is empty. Write its content, or remove the heading if the profile does not need it.`,
      });
    }
  },
};
