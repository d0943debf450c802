import type { Rule } from '../types';
import type { Postmortem, Section } from '../../model/schema';
import { coreName, headerRank, isFirmHeader, isOtherSection, parentOf } from './shared';
import { isTemplate } from './template';

export interface Twin { section: Section; prev: Section }

/** Each section that repeats an earlier twin (same kind, name, rank and parent), with the first one. */
export function sectionTwins(model: Postmortem): Twin[] {
    const sections = model.sections;
    const seen: { section: Section; parent: Section | null }[] = [];
    const twins: Twin[] = [];
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
      twins.push({ section: s, prev: prev.section });
    }
    return twins;
}

/** Three or more twins repeating the earlier order: a second version of the document. */
function isCopy(twins: readonly Twin[]): boolean {
  return twins.length >= 3 && twins.every((t, k) => k === 0 || t.prev.line > (twins[k - 1]?.prev.line ?? 0));
}

/** Where the document's second version of itself begins (see section-duplicate), or null. */
export function secondVersionLine(model: Postmortem): number | null {
  const twins = sectionTwins(model);
  return isCopy(twins) ? (twins[0]?.section.line ?? null) : null;
}

/**
 * The same section twice (two timelines, two summaries): readers cannot tell which is right.
 * Only a twin counts: a section written as firmly as the first (both headings of one level,
 * or both bold lines), under the same parent, under the same name. Sub-labels are not twins:
 * `**Root Cause:**` in the summary is a field, `Root Cause:` under a combined "Root Cause
 * and Resolution" is its child, and "Contributing factors" beside "Root cause" is a section
 * of its own. A plain line is too uncertain a header to call a duplicate.
 *
 * Three or more sections repeating earlier ones in the same order are a second version of the
 * document (a retelling, a pasted copy), not two sections to merge: one finding says so. A
 * repeated template slot (`{{ action topic }}`) is the template's, said below a warning.
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
    const twins = sectionTwins(ctx.model);
    const template = twins.length > 0 && isTemplate(ctx.model, ctx.lines, ctx.source);
    // A run of twins in the earlier order: the document holds its own story twice.
    const copy = isCopy(twins);
    if (copy) {
      const first = twins[0];
      if (!first) return;
      ctx.report({
        range: first.section.headerRange,
        message: `From line ${first.section.headerRange.start.line + 1} the document repeats its sections (${twins.map((t) => `\`${t.section.name}\``).join(', ')}): it holds a second version of the postmortem. Keep one version, or make the second an appendix with its own heading.`,
        related: twins.map((t) => ({ range: t.prev.headerRange, message: 'first version' })),
      });
      return;
    }
    for (const { section: s, prev } of twins) {
      ctx.report({
        range: s.headerRange,
        message: `\`${s.name}\` repeats the section \`${prev.name}\` (line ${prev.headerRange.start.line + 1}). Merge the two into one section.`,
        related: [{ range: prev.headerRange, message: 'first occurrence' }],
        ...(template ? { uncertain: true } : {}),
      });
    }
  },
};
