import type { Rule } from '../types';

/** Sections out of the profile's order. */
export const sectionOrder: Rule = {
  meta: {
    name: 'section-order',
    description: "Sections are out of the profile's order.",
    category: 'structure',
    defaultSeverity: 'info',
    fixable: false,
  },
  check(ctx) {
    const order = ctx.config.profile.sections;
    let maxIdx = -1;
    let maxName = '';
    for (const s of ctx.model.sections) {
      if (s.kind === 'other') continue;
      const idx = order.indexOf(s.kind);
      if (idx < 0) continue;
      if (idx < maxIdx) {
        ctx.report({
          range: s.headerRange,
          message: `\`${s.name || s.kind}\` comes after \`${maxName}\`, but the \`${ctx.config.profileName}\` profile puts it before. Move it up.`,
        });
        continue;
      }
      maxIdx = idx;
      maxName = s.name || s.kind;
    }
  },
};
