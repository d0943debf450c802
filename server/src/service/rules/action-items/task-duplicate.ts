import type { Item } from '../../model/schema';
import { comparePositions, type Range, type TextEdit } from '../../text/source-text';
import type { Rule } from '../types';
import { quote } from './shared';
import { inSlotSection } from '../structure/template';

/**
 * Task j is a step of task i when it is written under it: every task from i's next up to j
 * is indented deeper than i ("Improve probe coverage" / "  - Add a probe dashboard").
 * A step names its parent's subject by design; that is no repetition.
 */
function isStepOf(tasks: readonly Item[], i: number, j: number): boolean {
  const parent = tasks[i];
  if (!parent || parent.markup === 'table-row' || parent.markup === 'plain') return false;
  for (let k = i + 1; k <= j; k++) {
    const t = tasks[k];
    if (!t || t.textRange.start.character <= parent.textRange.start.character) return false;
  }
  return j > i;
}

/**
 * Deletions of line spans in document order, touching or overlapping ones joined (the last
 * line of a document is deleted with the line break before it, which the span of the line
 * above also ends on): the edits of one fix never overlap.
 */
function mergedDeletions(spans: Range[]): TextEdit[] {
  const out: Range[] = [];
  for (const r of [...spans].sort((a, b) => comparePositions(a.start, b.start))) {
    const last = out[out.length - 1];
    if (last && comparePositions(last.end, r.start) >= 0) {
      if (comparePositions(last.end, r.end) < 0) last.end = r.end;
    } else out.push({ start: r.start, end: r.end });
  }
  return out.map((range) => ({ range, newText: '' }));
}

/** At most this many other members are listed as related information of one group's finding. */
const RELATED_CAP = 20;

/**
 * Tasks that say the same thing (compared without their owner, due date and other fields).
 * Repeats are grouped by the earliest task they repeat (that they are not a step of): one
 * finding per group, on its first repeat, with every other member as related information and
 * one fix removing every repeat. A pasted checklist repeated a hundred times is one finding,
 * not a hundred (issue 14: one diagnostic per group); two copies read exactly as before.
 */
export const taskDuplicate: Rule = {
  meta: {
    name: 'task-duplicate',
    description: 'Two tasks say the same thing.',
    category: 'action-items',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['items'],
  },
  check(ctx) {
    const tasks = ctx.model.tasks;
    const duplicates = ctx.derived.taskDuplicates;
    const slot = inSlotSection(ctx.model, ctx.lines, ctx.source);
    const groups = new Map<number, number[]>();
    for (const j of duplicates.later) {
      // The earliest task it repeats that it is not a step of (most often the very first).
      let first = -1;
      for (const i of duplicates.earlier(j)) {
        if (!isStepOf(tasks, i, j)) { first = i; break; }
      }
      if (first < 0 || !tasks[j]) continue;
      const repeats = groups.get(first);
      if (repeats) repeats.push(j);
      else groups.set(first, [j]);
    }
    for (const [i, repeats] of groups) {
      const first = tasks[i];
      const dup = tasks[repeats[0] ?? -1];
      if (!first || !dup) continue;
      const members = repeats.map((j) => tasks[j]).filter((t): t is Item => t !== undefined);
      const deletions = mergedDeletions(members.map((t) => ({ start: ctx.source.lineDeletionRange(t.line).start, end: ctx.source.lineDeletionRange(t.endLine).end })));
      const related = [
        { range: first.textRange, message: 'The same task, first written here' },
        ...members.slice(1, RELATED_CAP).map((t) => ({ range: t.textRange, message: 'The same task again' })),
      ];
      // Example text under template slots repeats by design.
      const example = slot(first.line) && members.every((t) => slot(t.line)) ? { uncertain: true } : {};
      const lines = [first, ...members].map((t) => t.line + 1);
      const listed = lines.length > 8 ? `${lines.slice(0, 8).join(', ')} and ${lines.length - 8} more` : lines.join(', ');
      const once = members.length === 1;
      ctx.report({
        ...example,
        range: dup.textRange,
        message: once
          ? `The task ${quote(dup.text)} repeats the task on line ${first.line + 1}. Keep one of them.`
          : `The task ${quote(dup.text)} is written ${lines.length} times (lines ${listed}). Keep one of them.`,
        related,
        fixes: [{ title: once ? 'Remove this duplicate task' : `Remove the ${members.length} repeats of this task`, edits: deletions }],
      });
    }
  },
};
