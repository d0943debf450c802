/**
 * Where the measures and the tasks are: the line ranges of the document read as
 * corrective/preventative measures, as tasks, or as both, as a person reads them.
 *
 * - A measures section holds measures and an action-items section tasks. A sub-label inside
 *   one ("Improvements/Fixes:", "Tasks:", `### TODO`, `- **Tasks to Address the Issue:**`)
 *   switches what the lines after it are, whether or not the sections stage made it a
 *   section of its own: the ALX template puts both lists under one header.
 * - A label that names another kind of section ("What went well", "Impact on users:")
 *   ends the items: what follows is not a measure.
 * - A document whose only list of actions is under a measures header (no task is read
 *   anywhere else) has one list that is both its measures and its tasks, as a combined
 *   "Measures and action items" header is: no task is missing for those measures, and the
 *   tasks are those lines.
 * - "Lessons learned" (and "What went well / wrong", "Where we got lucky") lists are
 *   observations, not measures, except in a document with no measures or action-items
 *   section at all whose lessons list is written as actions ("Use ...", "We will ...").
 */
import type { DocumentLines } from '../parse/document-lines';
import { classifySectionName, isOtherSectionName } from '../lex/section-names';
import type { Section } from './schema';
import { isPseudoListItem } from '../lex/items/plain';
import { isPlaceholder } from '../lex/items/cells';
import { readsAsAction } from '../lex/items/phrasing';

export type ItemKind = 'measures' | 'action-items';

export interface Region {
  section: Section;
  /** First and past-the-last line of the range. */
  from: number;
  to: number;
  kinds: ItemKind[];
  /** Plain lines (not list items) may be items: the section's own kind is this one. */
  plainAllowed: boolean;
  /** The section, or a part of it, has a list or a table: its plain lines are prose. */
  listed: boolean;
  /** The section's heading is itself the item (`### Add an alert on lag` under the tasks), its body the description. */
  headerItem: boolean;
  /** Read only the items written as actions (a lessons list standing in for the measures). */
  actionsOnly: boolean;
}

const TASK_LABEL = /\b(?:tasks?|to-?dos?|action\s+items?|actionables?|follow[\s-]?ups?|next\s+steps|action\s+plan)\b/i;
const MEASURE_LABEL = /\b(?:improvements?|fix(?:es)?|measures?|prevent\w*|corrective|remediations?|recommendations?|mitigations?)\b/i;

/** A line's label name when the whole line is a label (`### Tasks`, `**Tasks:**`, `- Fixes:`, `<p><strong>TODO:</strong></p>`), else null. */
export function labelName(lines: DocumentLines, i: number): string | null {
  const li = lines.at(i);
  if (!li || li.block === 'blank' || li.block === 'code' || li.block === 'table') return null;
  const heading = li.block === 'heading' || /^<h[1-6]\b/i.test(li.content);
  let t = li.content.replace(/<[^>]*>/g, '').replace(/^#{1,6}\s*/, '').replace(/\s+#+\s*$/, '').trim();
  // A pseudo-list marker written as text ("- **Tasks:**" in a paragraph or an indented block).
  if (!li.listItemStart) t = t.replace(/^(?:[-*+•]\s+|\d{1,2}\\?[.)]\s+)/, '');
  const wrapped = /^(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1\s*([:.]?)\s*$/.exec(t);
  const bare = t.replace(/[*_`]/g, '').trim();
  if (!heading && !wrapped && !/:\s*$/.test(bare)) return null;
  const name = bare.replace(/\s*[:.]\s*$/, '').replace(/\s*\([^()]*\)$/, '').trim();
  if (name === '' || name.includes(':') || name.split(/\s+/).length > 8) return null;
  return name;
}

/**
 * What a label line inside a measures or action-items section says follows it: tasks,
 * measures, nothing that is an item (another kind of section), or null when the line is
 * no label or names no kind (a bucket such as "Immediate:", a title of one item).
 */
export function subLabelKind(lines: DocumentLines, i: number): ItemKind | 'none' | null {
  const name = labelName(lines, i);
  if (name === null) return null;
  const words = name.split(/\s+/).length;
  const kinds = classifySectionName(name);
  if (kinds.length === 0 && isOtherSectionName(name)) return 'none';
  if (kinds.includes('action-items')) return 'action-items';
  if (kinds.includes('measures') && !kinds.includes('lessons-learned')) return 'measures';
  if (words <= 5 && TASK_LABEL.test(name)) return 'action-items';
  if (words <= 5 && MEASURE_LABEL.test(name) && !/\bwhat\b/i.test(name)) return 'measures';
  if (kinds.length > 0) return 'none';
  return null;
}

function isLessons(s: Section): boolean {
  return s.kinds.includes('lessons-learned');
}

function ownKinds(s: Section): ItemKind[] {
  const out: ItemKind[] = [];
  // Under "Action items and measures" the lines are tasks once; under "Measures and action
  // items" both (the order of the words says which the writer put first).
  if (s.kinds.includes('measures') && !(s.kind === 'action-items' && s.kinds.includes('action-items'))) out.push('measures');
  if (s.kinds.includes('action-items')) out.push('action-items');
  return out;
}

function split(lines: DocumentLines, s: Section, start: ItemKind[], actionsOnly: boolean): Region[] {
  const out: Region[] = [];
  let kinds = start;
  let from = s.contentStart;
  let lessons = actionsOnly;
  for (let i = s.contentStart; i < s.end; i++) {
    let k = subLabelKind(lines, i);
    // A section named by a bold or plain label ends at a real heading it does not name.
    if (k === null && s.level === null && lines.at(i)?.block === 'heading') k = 'none';
    if (k === null) continue;
    // Under an action-items header, "Process improvements" groups tasks: it is no measures list.
    if (k === 'measures' && !start.includes('measures') && start.includes('action-items')) k = 'action-items';
    const next: ItemKind[] = k === 'none' ? [] : [k];
    // A label that keeps the kind ("Short-term fixes:" among the measures) is a bucket, not a switch.
    if (!lessons && next.length === kinds.length && next.every((x) => kinds.includes(x))) continue;
    out.push({ section: s, from, to: i, kinds, plainAllowed: true, listed: false, headerItem: false, actionsOnly: lessons });
    kinds = next;
    from = i + 1;
    // A list the writer names as measures or tasks is one, even inside a lessons section.
    lessons = false;
  }
  out.push({ section: s, from, to: s.end, kinds, plainAllowed: true, listed: false, headerItem: false, actionsOnly: lessons });
  return out.filter((r) => r.to > r.from && r.kinds.length > 0);
}

/**
 * The kinds each section's items have: its own, or, for an unnamed group heading under a
 * measures or tasks section (`### Training` beside `### Process` under "Action items"),
 * its parent's.
 */
/** A heading section that takes its item kind from its parent (see sectionKinds). */
function isGroup(s: Section, k: number, kindsOf: readonly ItemKind[][]): boolean {
  if (s.level === null || s.parent === null || (kindsOf[k]?.length ?? 0) === 0) return false;
  const named = classifySectionName(s.name);
  return !named.includes('measures') && !named.includes('action-items') && !isOtherSectionName(s.name);
}

function sectionKinds(sections: readonly Section[]): ItemKind[][] {
  const out: ItemKind[][] = [];
  sections.forEach((s, k) => {
    const own = ownKinds(s);
    const parent = s.parent !== null && s.parent < k ? out[s.parent] : undefined;
    const group = own.length === 0 && s.kinds.every((x) => x === 'other') && s.level !== null && !isOtherSectionName(s.name);
    out.push(group && parent ? parent : own);
  });
  return out;
}

/** A region with nothing in it but blank lines, comments and placeholders (`TBD`, `None yet`, `-`). */
function isPending(lines: DocumentLines, r: Region): boolean {
  for (let i = r.from; i < r.to; i++) {
    const li = lines.at(i);
    if (!li || li.block === 'blank' || li.block === 'html' || li.content === '') continue;
    const t = li.content.replace(/[*_`]/g, '').replace(/[.!]$/, '').trim().toLowerCase();
    if (!isPlaceholder(t) && !/^(?:none|none yet|nothing yet|to be (?:done|decided|defined|added)|to follow|coming soon|pending)$/.test(t)) return false;
  }
  return true;
}

/** For each section: it or a part of it (a child section) holds a list item or a table row. */
function listedSections(lines: DocumentLines, sections: readonly Section[]): boolean[] {
  const out = sections.map((s) => {
    for (let i = s.contentStart; i < s.end; i++) {
      const li = lines.at(i);
      if (li && (li.listItemStart || (li.block === 'table' && li.tableRow >= 2) || isPseudoListItem(li.content))) return true;
    }
    return false;
  });
  // Children come after their parents: walking back carries a child's list up the chain.
  for (let k = sections.length - 1; k >= 0; k--) {
    const p = sections[k]?.parent;
    if (out[k] && p !== null && p !== undefined && p < k) out[p] = true;
  }
  return out;
}

/**
 * The regions of the measures and of the tasks. `measuresAsTasks` lists the measures regions
 * that stand for the tasks as well, used when no task is read anywhere else.
 */
export function itemRegions(lines: DocumentLines, sections: readonly Section[]): { regions: Region[]; measuresAsTasks: Region[] } {
  const regions: Region[] = [];
  const kindsOf = sectionKinds(sections);
  const listed = listedSections(lines, sections);
  const hasActionSections = sections.some((s, k) => !isLessons(s) && (kindsOf[k]?.length ?? 0) > 0);
  sections.forEach((s, k) => {
    if (isLessons(s)) {
      // Its own lines are lessons; a measures or tasks sub-label inside it opens a real list.
      // Only a "Lessons learned" / "What I learned" list may stand for the measures: what went
      // well or wrong, and where we got lucky, are observations whatever their wording.
      const standsIn = !hasActionSections && /lesson|learn|takeaway/i.test(s.name);
      regions.push(...split(lines, s, ['measures'], true).filter((r) => !r.actionsOnly || standsIn));
      return;
    }
    const kinds = kindsOf[k] ?? [];
    if (kinds.length === 0) return;
    // A heading under the tasks that is written as an action is one task, not a group.
    if (isGroup(s, k, kindsOf) && readsAsAction(s.name.replace(/^(?:\d{1,2}[.)]|[A-Z]{1,5}-\d+:?)\s*/, ''))) {
      regions.push({ section: s, from: s.line, to: s.end, kinds, plainAllowed: false, listed: false, headerItem: true, actionsOnly: false });
      return;
    }
    const parts = split(lines, s, kinds, false);
    // Plain lines are items only under the section's own primary kind.
    for (const r of parts) r.plainAllowed = r.from !== s.contentStart || s.kind === 'measures' || s.kind === 'action-items' || s.kind === 'other';
    regions.push(...parts);
  });
  for (const r of regions) r.listed = listed[sections.indexOf(r.section)] ?? false;
  // One list of actions under a measures header is both the measures and the tasks, unless
  // the writer left a tasks section empty or to be done ("TBD"): then the tasks are missing.
  const pending = regions.some((r) => r.kinds.includes('action-items') && isPending(lines, r));
  const measuresAsTasks = pending ? [] : regions.filter((r) => !r.actionsOnly && r.kinds.includes('measures') && !r.kinds.includes('action-items'));
  return { regions, measuresAsTasks };
}
