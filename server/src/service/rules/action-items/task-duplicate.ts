import type { Item } from '../../model/schema';
import type { Rule } from '../types';
import { quote } from './shared';

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
 * Two tasks that say the same thing (compared without their owner, due date and other
 * fields): the later one is reported, with the earlier as related.
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
    for (const j of duplicates.later) {
      const dup = tasks[j];
      if (!dup) continue;
      // The earliest task it repeats that it is not a step of (most often the very first).
      let first: Item | undefined;
      for (const i of duplicates.earlier(j)) {
        if (!isStepOf(tasks, i, j)) { first = tasks[i]; break; }
      }
      if (!first) continue;
      const start = ctx.source.lineDeletionRange(dup.line).start;
      const end = ctx.source.lineDeletionRange(dup.endLine).end;
      ctx.report({
        range: dup.textRange,
        message: `The task ${quote(dup.text)} repeats the task on line ${first.line + 1}. Keep one of them.`,
        related: [{ range: first.textRange, message: 'The same task, first written here' }],
        fixes: [{ title: 'Remove this duplicate task', edits: [{ range: { start, end }, newText: '' }] }],
      });
    }
  },
};
