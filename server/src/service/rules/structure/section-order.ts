import type { Rule } from '../types';

/** Sections out of the profile's order. */
export const sectionOrder: Rule = {
  meta: {
    name: 'section-order',
    description: "Sections are out of the profile's order.",
    category: 'structure',
    defaultSeverity: 'info',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    const order = ctx.config.profile.sections;
    let maxIdx = -1;
    let maxName = '';
    for (const s of ctx.model.sections) {
      // Sub-sections follow their parent, whatever their kind; `other` sections are free.
      if (s.kind === 'other' || s.parent !== null) continue;
      // A combined section ("Root Cause and Resolution") is in place when one of its kinds is.
      const idxs = s.kinds.map((k) => order.indexOf(k as (typeof order)[number])).filter((k) => k >= 0);
      if (idxs.length === 0) continue;
      const idx = Math.max(...idxs);
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
