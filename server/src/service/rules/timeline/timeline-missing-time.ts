import type { Rule } from '../types';
import type { DocumentLines } from '../../parse/document-lines';
import { quote, timedCount } from './shared';

const RELATIVE = /\b(?:after|afterwards|later|then|next|meanwhile|shortly|soon|subsequently|following|before|within|immediately|promptly|right away|minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i;

// A bullet that opens with the name of a phase (`*Actions taken:*`, `Misleading paths:`): the
// checklist of a postmortem assignment, summing up a phase rather than stating one event.
const PHASE_LABEL = /^\W*(?:actions?\s+taken|misleading\s+(?:\w+\s+){0,2}paths?|investigation(?:\s+\w+)?|escalat\w*(?:\s+\w+)?|issue\s+detected|detection|response|mitigation|resolution|root\s+cause|impact|assumptions?)\W{0,3}:/i;

/** The line above the bullet, within the timeline, is a short sub-label (`Misleading Paths:`). */
function underSubLabel(lines: DocumentLines, line: number, entryLines: ReadonlySet<number>, from: number): boolean {
  for (let i = line - 1; i > from; i--) {
    const li = lines.at(i);
    if (!li || li.block === 'blank') continue;
    if (entryLines.has(i)) continue;
    const text = li.content.replace(/[*_`#]+/g, '').trim();
    return /:\s*$/.test(text) && text.split(/\s+/).length <= 5;
  }
  return false;
}

/** An entry without a time in a timeline whose other entries have one. */
export const timelineMissingTime: Rule = {
  meta: {
    name: 'timeline-missing-time',
    description: 'A timeline entry has no time while the other entries have one.',
    category: 'timeline',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['timeline'],
  },
  check(ctx) {
    const timed = timedCount(ctx.model);
    const untimed = ctx.model.untimedEntries;
    // Only in a timeline that is mostly timed: a list of prose bullets is not a timeline of times.
    if (timed < 2 || untimed.length > timed) return;
    const lines = ctx.model.timeline.map((e) => e.line);
    const first = Math.min(...lines);
    const last = Math.max(...lines);
    const untimedLines = new Set(untimed.map((u) => u.line));
    for (const u of untimed) {
      // A bullet before the first or after the last timed entry often sums up a phase, and one
      // that says "about 10 minutes after" or "then" places itself: commentary as likely as an
      // event, so not a warning.
      // A bullet under a phase label, or opening with one, sums up the phase.
      const uncertain = u.line < first || u.line > last || RELATIVE.test(u.text) || PHASE_LABEL.test(u.text) || underSubLabel(ctx.lines, u.line, untimedLines, first);
      ctx.report({
        ...(uncertain ? { uncertain: true } : {}),
        range: u.range,
        message: `The timeline entry ${quote(u.text, 40)} has no time. Start it with the time it happened, e.g. ${quote('14:05 UTC: ...')}, or mark it unknown with ${quote('[??:??]')}.`,
      });
    }
  },
};
