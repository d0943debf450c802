import type { Postmortem } from './schema';

/**
 * For every line, the innermost section whose own lines hold it (index into
 * `model.sections`), or -1: one walk of the sections (a later section, nested in the one
 * before it, overwrites its lines), so asking for each entry's or item's section is linear,
 * not entries x sections.
 */
export function sectionOwners(model: Postmortem, lineCount: number): Int32Array {
  const owner = new Int32Array(lineCount).fill(-1);
  model.sections.forEach((s, i) => {
    owner.fill(i, Math.max(0, s.line), Math.min(lineCount, s.end));
  });
  return owner;
}
