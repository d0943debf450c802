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

/** Each section's extent: its own lines and those of the sections nested in it (a parent's own `end` can stop before its sub-sections, as under a plain `Measures:` line). */
export function sectionEnds(model: Postmortem): number[] {
  const ends = model.sections.map((s) => s.end);
  for (let i = model.sections.length - 1; i >= 0; i--) {
    const p = model.sections[i]?.parent;
    if (p !== null && p !== undefined && p < i) ends[p] = Math.max(ends[p] ?? 0, ends[i] ?? 0);
  }
  return ends;
}
