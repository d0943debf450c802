/** Helpers the structure rules share: canonical section names and the document's heading level. */
import type { Postmortem, SectionKind } from '../../model/schema';

export const CANONICAL_NAMES: Record<SectionKind, string> = {
  summary: 'Issue Summary',
  impact: 'Impact',
  timeline: 'Timeline',
  'root-cause': 'Root Cause',
  resolution: 'Resolution',
  measures: 'Corrective and Preventative Measures',
  'action-items': 'Action Items',
  detection: 'Detection',
  response: 'Response',
  leadup: 'Leadup',
  'lessons-learned': 'Lessons Learned',
  'supporting-information': 'Supporting Information',
};

/** The heading level the document uses for its sections (the most common), default 2. */
export function sectionLevel(model: Postmortem): number {
  const counts = new Map<number, number>();
  for (const s of model.sections) {
    if (s.level !== null && (s.markup === 'atx' || s.markup === 'setext' || s.markup === 'html')) counts.set(s.level, (counts.get(s.level) ?? 0) + 1);
  }
  let best = 2;
  let n = 0;
  for (const [level, c] of counts) if (c > n) { best = level; n = c; }
  return best;
}

export { quote } from '../quote';
