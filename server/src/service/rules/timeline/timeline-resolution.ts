import type { Rule } from '../types';
import { saysEndingAction } from '../../derive/timeline/outcome';
import { lineRange } from '../../text/source-text';
import { quote, timedCount, timelineAnchor } from './shared';

/**
 * Some entry should say when the incident was resolved: in the usual words ("resolved",
 * "restored") or in others a reader takes the same way ("OUTAGE ENDS", "back to normal",
 * "users could log in again", "site back online").
 *
 * When the last entry is an action that contains the incident or fixes its cause ("all
 * runners were stopped", "a commit to fix the version"), the writer may mean it as the end
 * (a security incident ends at containment; an incident that never hurt ends at the fix), or
 * may have stopped before the recovery: a reader cannot tell, so the finding is info.
 */
export const timelineResolution: Rule = {
  meta: {
    name: 'timeline-resolution',
    description: 'No timeline entry says when the incident was resolved.',
    category: 'timeline',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    const { model } = ctx;
    const says = ctx.derived.outcomes;
    if (timedCount(model) < 2) return;
    // An entry as a reader reads it: with its whole first line and the lines under it.
    if (model.timeline.some((_, i) => says.resolvedAsRead(i))) return;
    // `- **Resolution:** the disk was swapped at 10:30 PM`: a line of the timeline without a leading time.
    if (model.untimedEntries.some((_, i) => says.untimedResolved(i))) return;
    const at = timelineAnchor(model, ctx.lines);
    if (!at) return;
    const last = model.timeline[model.timeline.length - 1];
    if (last && saysEndingAction(last.text)) {
      const li = ctx.lines.at(last.line);
      ctx.report({
        range: at,
        message: `No timeline entry says when the incident was resolved; the last one, ${quote(last.text)}, is a fix or containment action. Say whether it ended the incident, e.g. \`11:40 AM: The fix held; the incident was resolved.\``,
        related: [{ range: lineRange(last.line, li?.contentStart ?? 0, (li?.contentStart ?? 0) + (li?.content.length ?? 0)), message: 'the last entry: an action, not a stated end' }],
        uncertain: true,
      });
      return;
    }
    ctx.report({
      range: at,
      message: 'No timeline entry says when the incident was resolved. Add one, e.g. `2:30 PM: Service restored; the incident was resolved.`',
    });
  },
};
