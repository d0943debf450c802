import type { Rule } from '../types';
import { saysResolved } from '../../derive/figures/outcome';
import type { DocumentLines } from '../../parse/document-lines';
import type { TimelineEntry } from '../../model/schema';
import { timedCount, timelineAnchor } from './shared';

/**
 * What an entry says, as a reader reads it: its text and its continuation lines, and for an
 * entry whose time stands alone (`### 13:06`, `**09:00**` on its own line) the lines under it
 * up to the next entry.
 */
function entryWords(e: TimelineEntry, next: TimelineEntry | undefined, lines: DocumentLines): string {
  // The whole first line: a label before the time (`- **Resolution:** 04:30 AM ...`) says it too.
  const parts = [lines.at(e.line)?.content ?? e.text];
  const stop = e.text.trim() === '' ? Math.min(next ? next.line : lines.length, e.line + 6) : e.endLine + 1;
  for (let i = e.line + 1; i < stop; i++) parts.push(lines.at(i)?.content ?? '');
  return parts.join(' ');
}

/**
 * Some entry should say when the incident was resolved: in the usual words ("resolved",
 * "restored") or in others a reader takes the same way ("OUTAGE ENDS", "back to normal",
 * "users could log in again", "site back online").
 */
export const timelineResolution: Rule = {
  meta: {
    name: 'timeline-resolution',
    description: 'No timeline entry says when the incident was resolved.',
    category: 'timeline',
    defaultSeverity: 'warning',
    fixable: false,
  },
  check(ctx) {
    const { model, lines } = ctx;
    if (timedCount(model) < 2) return;
    if (model.timeline.some((e, i) => saysResolved(entryWords(e, model.timeline[i + 1], lines)))) return;
    // `- **Resolution:** the disk was swapped at 10:30 PM`: a line of the timeline without a leading time.
    if (model.untimedEntries.some((u) => saysResolved(u.text))) return;
    const at = timelineAnchor(model, ctx.lines);
    if (!at) return;
    ctx.report({
      range: at,
      message: 'No timeline entry says when the incident was resolved. Add one, e.g. `2:30 PM: Service restored; the incident was resolved.`',
    });
  },
};
