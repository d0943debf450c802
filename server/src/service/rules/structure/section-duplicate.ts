import type { Rule } from '../types';

/** The same section twice (two timelines, two summaries): readers cannot tell which is right. */
export const sectionDuplicate: Rule = {
  meta: {
    name: 'section-duplicate',
    description: 'The same section appears twice.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    const first = new Map<string, { name: string; range: typeof ctx.model.sections[number]['headerRange'] }>();
    for (const s of ctx.model.sections) {
      if (s.markup === 'implicit') continue;
      const prev = first.get(s.kind);
      if (!prev) {
        first.set(s.kind, { name: s.name, range: s.headerRange });
        continue;
      }
      ctx.report({
        range: s.headerRange,
        message: `\`${s.name}\` repeats the section \`${prev.name}\` (line ${prev.range.start.line + 1}). Merge the two into one section.`,
        related: [{ range: prev.range, message: 'first occurrence' }],
      });
    }
  },
};
