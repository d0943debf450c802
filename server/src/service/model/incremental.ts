/**
 * The model of a new version built from the previous one: the document-wide reading
 * (front matter, title, sections, fields, summary, zones) is made afresh, it is cheap; the
 * parts read section by section (the timeline's entries, the measures and tasks) are taken
 * over from the previous version when the edit touches none of the sections they are read
 * from, moved when lines moved. When the sections themselves changed (a heading typed,
 * removed or renamed), everything is read afresh.
 *
 * The result is the model `buildModel` makes of the same text: the incremental property
 * test (test/unit/service/incremental.test.ts) checks it after random edit sequences.
 */
import type { Root } from 'mdast';
import type { SourceText } from '../text/source-text';
import { DocumentLines } from '../parse/document-lines';
import type { LineChange } from '../parse/lines';
import { assemble, extractItemParts, extractTimelinePart, structureOf, type Analysed, type Parts } from './build';
import { carryOver, equalShifted, lineEdit, lineMap, type LineEdit } from './incremental-lines';
import { moveTimeline, timelineAfter } from './incremental-timeline';
import type { Postmortem, Section } from './schema';

/** What the new model took over from the previous version. */
export interface ModelReuse {
  edit: LineEdit;
  /** The previous version's model (the runner compares parts by identity). */
  previous: Postmortem;
  /** The timeline's entries (and untimed lines) are the previous ones, moved. */
  timeline: boolean;
  /** The measures and tasks are the previous ones, moved. */
  items: boolean;
}

export interface IncrementalModel extends Analysed {
  /** Null when the sections changed and everything was read afresh. */
  reuse: ModelReuse | null;
}

/** Lines an edit may change the reading of: the edited lines and one on each side. */
export function dirtyWindow(edit: LineEdit): { from: number; to: number } {
  return { from: Math.max(0, edit.from - 1), to: edit.newEnd + 1 };
}

const TIMELINE_ONLY: ReadonlySet<string> = new Set(['timeline', 'detection', 'response', 'resolution', 'leadup']);

/**
 * The sections items may be read from: any whose kinds are not only the timeline's (a
 * group heading, `other`, takes its parent's kind; a parent's list flag includes its
 * children's), and every section under one of them.
 */
function itemFootprint(sections: readonly Section[]): boolean[] {
  const out: boolean[] = [];
  sections.forEach((s, k) => {
    const own = !s.kinds.every((x) => TIMELINE_ONLY.has(x));
    out.push(own || (s.parent !== null && s.parent < k && out[s.parent] === true));
  });
  // A child's lines decide whether its parent is a list: carry the footprint up as well.
  for (let k = sections.length - 1; k >= 0; k--) {
    const p = sections[k]?.parent;
    if (out[k] && p !== null && p !== undefined && p < k) out[p] = true;
  }
  return out;
}

function touches(s: Section, w: { from: number; to: number }): boolean {
  return s.line < w.to && s.end > w.from;
}

/**
 * `change`: the lines the incremental parser read again since `previous` (ParseResult.lines,
 * composed over several edits), when known; only those lines' view is read again.
 */
export function buildModelAfter(previous: Analysed, source: SourceText, tree: Root, change?: LineChange): IncrementalModel {
  const lines = new DocumentLines(source, tree, change ? { lines: previous.lines, change } : undefined);
  const structure = structureOf(lines, tree);
  const edit = lineEdit(previous.lines, lines, lines.changed);
  const map = lineMap(edit);
  const prev = previous.model;
  if (!equalShifted(structure.sections, prev.sections, map) || !equalShifted(structure.fields, prev.fields, map)) {
    const { sections } = structure;
    const timeline = extractTimelinePart(lines, sections);
    return { lines, model: assemble(lines, structure, { timeline, ...extractItemParts(lines, sections) }), reuse: null };
  }
  if (edit.newEnd === edit.oldEnd) {
    // Nothing moved: the sections and fields are the previous objects (equal, checked above),
    // in lists of this version (caches keyed by the list die with it, not with the document).
    structure.sections = [...prev.sections];
    structure.fields = [...prev.fields];
  }
  const { sections } = structure;
  const w = dirtyWindow(edit);
  const timelineClean = !sections.some((s) => s.kinds.includes('timeline') && touches(s, w));
  const footprint = itemFootprint(sections);
  const itemsClean = !sections.some((s, k) => footprint[k] === true && touches(s, w));
  const parts: Parts = {
    timeline: timelineClean
      ? moveTimeline({ entries: prev.timeline, untimed: prev.untimedEntries }, edit)
      : timelineAfter({ entries: prev.timeline, untimed: prev.untimedEntries }, lines, sections, edit, w),
    ...(itemsClean
      ? { measures: carryOver(prev.measures, edit), tasks: carryOver(prev.tasks, edit) }
      : extractItemParts(lines, sections)),
  };
  return { lines, model: assemble(lines, structure, parts), reuse: { edit, previous: prev, timeline: timelineClean, items: itemsClean } };
}
