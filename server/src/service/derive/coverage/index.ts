/**
 * Coverage of the measures by the tasks, and the tasks that repeat one another, as the
 * derived stage reads them from the model (see matching.ts for how items are matched).
 */
import type { Item, Postmortem } from '../../model/schema';
import type { SourceText } from '../../text/source-text';
import { coverage, duplicates, type Coverage, type Duplicates } from './matching';
import { coreText, fullText } from './texts';

export type { Coverage } from './matching';

/**
 * For each measure that is not also a task (under a combined "Measures and action items"
 * header the same lines are both): the tasks that cover it, compared on their whole texts.
 * `measureIndex` and `taskIndexes` index `model.measures` and `model.tasks`.
 */
export function measureCoverage(model: Postmortem, source: SourceText): Coverage[] {
  const { measures, tasks } = model;
  if (measures.length === 0 || tasks.length === 0) return [];
  const taskLines = new Set(tasks.map((t) => t.line));
  const own: { item: Item; index: number }[] = [];
  measures.forEach((item, index) => { if (!taskLines.has(item.line)) own.push({ item, index }); });
  const text = (item: Item): { text: string } => ({ text: fullText(source, item) });
  return coverage(own.map((m) => text(m.item)), tasks.map(text))
    .map((c) => ({ ...c, measureIndex: own[c.measureIndex]?.index ?? c.measureIndex }));
}

/** Tasks (indexes in `model.tasks`) that say the same thing, fields aside: groups, not pairs. */
export function taskDuplicates(model: Postmortem): Duplicates {
  return duplicates(model.tasks.map((t) => ({ text: coreText(t) })));
}
