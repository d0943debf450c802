import type { Rule } from '../types';
import type { Section, SectionKind } from '../../model/schema';
import { headerRank, isOtherSection } from './shared';
import { isTemplate } from './template';

const CONTAINERS: readonly SectionKind[] = ['timeline', 'measures', 'action-items', 'lessons-learned'];

/**
 * A header followed at once by another one is empty only when that one is its peer: a
 * timeline or measures header whose content is its sub-labels ("Detection:", "Tasks:"), a
 * combined "Root Cause and Resolution" followed by "Root Cause:", or a heading followed by a
 * weaker or deeper one, holds that content.
 */
function holdsNext(sections: readonly Section[], index: number): boolean {
  const s = sections[index];
  const next = sections[index + 1];
  if (!s || !next || next.line !== s.end) return false;
  if (next.parent === index || headerRank(next) > headerRank(s)) return true;
  // "Root Cause and Resolution" right over "Root Cause:", however the two were ranked: its part.
  if (s.kinds.length > 1 && next.kinds.every((k) => s.kinds.includes(k))) return true;
  // A part of a section carries its parent's kind too ('Detection:' under the timeline is a
  // detection and a timeline section); what it is itself is what it adds.
  const inherited = s.parent !== null ? (sections[s.parent]?.kinds ?? []) : [];
  const own = (x: Section): Section['kinds'] => (x.parent === s.parent ? x.kinds.filter((k) => !inherited.includes(k)) : x.kinds);
  const mine = own(s).length > 0 ? own(s) : s.kinds;
  // A peer header of another kind right after it is the next section, not this one's content.
  if (next.parent === s.parent && headerRank(next) === headerRank(s) && !own(next).some((k) => mine.includes(k))) return false;
  return mine.length > 1 || mine.some((k) => (CONTAINERS as readonly string[]).includes(k));
}

/** A recognised section with nothing under it: a template left unfilled. */
export const sectionEmpty: Rule = {
  meta: {
    name: 'section-empty',
    description: 'A section has no content.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    const sections = ctx.model.sections;
    const empty: Section[] = [];
    for (const [i, s] of sections.entries()) {
      if (isOtherSection(s) || s.inlineText.trim() !== '') continue;
      let content = false;
      for (let l = s.contentStart; l < s.end && !content; l++) {
        const li = ctx.lines.at(l);
        if (li && li.block !== 'blank' && li.block !== 'thematic' && li.content.replace(/^[-*+]\s*$/, '').trim() !== '') content = true;
      }
      if (content || holdsNext(sections, i)) continue;
      empty.push(s);
    }
    // Half the known sections empty: a skeleton or a template, whose empty slots are expected
    // until it is filled in. Say so, below a warning.
    const known = sections.filter((s) => !isOtherSection(s) && s.markup !== 'implicit').length;
    const skeleton = (known > 0 && empty.length * 2 >= known) || (empty.length > 0 && isTemplate(ctx.model, ctx.lines, ctx.source));
    for (const s of empty) {
      ctx.report({
        range: s.headerRange,
        message: skeleton
          ? `The section \`${s.name}\` is empty: the document is still a template or a skeleton. Fill it in before publishing.`
          : `The section \`${s.name}\` is empty. Write its content, or remove the heading if the profile does not need it.`,
        ...(skeleton ? { uncertain: true } : {}),
      });
    }
  },
};
