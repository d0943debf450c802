import type { Rule } from '../types';
import type { Section } from '../../model/schema';
import { coreName, headerRank, isFirmHeader, isOtherSection, parentOf } from './shared';

/**
 * The same section twice (two timelines, two summaries): readers cannot tell which is right.
 * Only a twin counts: a section written as firmly as the first (both headings of one level,
 * or both bold lines), under the same parent, under the same name. Sub-labels are not twins:
 * `**Root Cause:**` in the summary is a field, `Root Cause:` under a combined "Root Cause
 * and Resolution" is its child, and "Contributing factors" beside "Root cause" is a section
 * of its own. A plain line is too uncertain a header to call a duplicate.
 */
export const sectionDuplicate: Rule = {
  meta: {
    name: 'section-duplicate',
    description: 'The same section appears twice.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    const sections = ctx.model.sections;
    const seen: { section: Section; parent: Section | null }[] = [];
    for (const [i, s] of sections.entries()) {
      if (isOtherSection(s) || !isFirmHeader(s)) continue;
      const parent = parentOf(sections, i);
      if (parent && parent.kinds.length > 1 && parent.kinds.includes(s.kind)) continue;
      const prev = seen.find(
        (p) => p.section.kind === s.kind && p.parent === parent && headerRank(p.section) === headerRank(s) && coreName(p.section.name) === coreName(s.name),
      );
      if (!prev) {
        seen.push({ section: s, parent });
        continue;
      }
      ctx.report({
        range: s.headerRange,
        message: `\`${s.name}\` repeats the section \`${prev.section.name}\` (line ${prev.section.headerRange.start.line + 1}). Merge the two into one section.`,
        related: [{ range: prev.section.headerRange, message: 'first occurrence' }],
      });
    }
  },
};
