/** Helpers the timeline and summary rules share: anchors for document-level findings. */
import { lineRange, type Range } from '../../text';
import type { DocumentLines } from '../../model/lines';
import type { Postmortem, Section } from '../../model/schema';
import type { RuleContext } from '../types';
import { resolveTimeline } from '../../timeline/resolve';
import type { ResolvedTimeline } from '../../timeline/types';

export { quote } from '../quote';

function sectionAnchor(s: Section, lines: DocumentLines): Range {
  if (s.markup !== 'implicit') return s.headerRange;
  const li = lines.at(s.line);
  return lineRange(s.line, li?.contentStart ?? 0, (li?.contentStart ?? 0) + (li?.content.length ?? 0));
}

export function summarySection(model: Postmortem): Section | undefined {
  return model.sections.find((s) => s.kinds.includes('summary'));
}

export function timelineSection(model: Postmortem): Section | undefined {
  return model.sections.find((s) => s.kinds.includes('timeline'));
}

/** Where a finding about the summary points: its header, or its first line when implicit. */
export function summaryAnchor(model: Postmortem, lines: DocumentLines): Range | null {
  const s = summarySection(model);
  return s ? sectionAnchor(s, lines) : null;
}

export function timelineAnchor(model: Postmortem, lines: DocumentLines): Range | null {
  const s = timelineSection(model);
  return s ? sectionAnchor(s, lines) : null;
}

/** The resolved timeline of the analysed document (computed once per model). */
export function resolved(ctx: RuleContext): ResolvedTimeline {
  return resolveTimeline(ctx.model, ctx.config);
}

/** Timed entries (a valid clock time), the precondition of most timeline rules. */
export function timedCount(model: Postmortem): number {
  let n = 0;
  for (const e of model.timeline) if (e.minutes !== null) n++;
  return n;
}
