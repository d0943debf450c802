/**
 * Splits a document into sections and field labels, the way a reader does: by the markup of a
 * candidate header relative to its peers, not by the line alone.
 *
 * Every candidate has a rank: a heading its level (1-6); any other markup (a bold line, a plain
 * line with or without a colon, a list item) ranks below every heading, in the order the
 * document first uses it for a section (its own convention). A candidate ranked like the current
 * section or above is its sibling: it ends it. A candidate ranked below is its child, and what a
 * child is depends on its parent:
 *   - inside the summary, a label naming a summary fact (`**Impact:**`, `Root Cause:`) is a field;
 *   - inside "Root Cause and Resolution", `Root Cause:` / `Resolution:` are fields;
 *   - inside the timeline, phase labels (`Detection:`, `### Response`) group entries and stay in it;
 *   - anything else (`Tasks:` under the measures, `### Root cause` after the timeline) is a
 *     section of its own, with `parent` set.
 * A label with text after it on the same line (`**Duration:** 2h`) is a field unless it ranks
 * as a sibling of the current section. Headings that are a date or a time inside the timeline
 * continue it. An unrecognised heading at a section's rank or above starts an `other` section;
 * below it, it stays inside (or, in a list of measures or tasks, is a group of the same kind).
 */
import { lineRange } from '../text/source-text';
import type { DocumentLines } from '../parse/document-lines';
import { isProper, matchHeader, readHeaderText, type HeaderMatch, type HeaderText } from './headers';
import { classifySectionName, isBucketLabel, isWeakMeasuresName } from '../lex/section-names';
import { matchEntryTime } from '../lex/time/entry-time';
import { isZoneText } from '../lex/time/zone-span';
import { isFieldHeading } from './field-headings';
import { DATE_OR_TIME, HAS_CLOCK, dateHeading, headsEntries, indentedValue, nextIsHeading, onlyMedia, setApart, standsAlone } from './line-shapes';
import type { FieldLabel, ModelSectionKind, Section, SectionKind } from './schema';

export interface SectionsRead {
  sections: Section[];
  fields: FieldLabel[];
}

const CONTAINERS: ReadonlySet<ModelSectionKind> = new Set(['measures', 'action-items', 'lessons-learned']);
/** Kinds whose labels are facts of the summary, not sections, when written below its rank. */
// (A `Summary:` label under "Incident Overview" is a summary section of its own, not a fact.)
const SUMMARY_FACTS: ReadonlySet<ModelSectionKind> = new Set(['impact', 'root-cause', 'resolution', 'detection']);
const CAUSE_FACTS: ReadonlySet<ModelSectionKind> = new Set(['root-cause', 'resolution', 'detection', 'impact']);
/** Phases of a timeline: labels that group its entries. */
const PHASES: ReadonlySet<ModelSectionKind> = new Set(['detection', 'response', 'resolution', 'leadup']);
/** The two names of the account of what was done: the response and the resolution. */
const FIX_ACCOUNT: ReadonlySet<ModelSectionKind> = new Set(['response', 'resolution']);

/** The style of a non-heading candidate: markup, colon, list depth. */
function styleKey(h: HeaderText, lines: DocumentLines, line: number): string {
  const li = lines.at(line);
  // `Timeline (UTC):` has the same style as `Summary:`: the colon may follow a parenthesised suffix.
  const after = lines.source.lineAt(line).slice(h.nameEnd).replace(/^\s*\([^()]{0,80}\)/, '');
  const colon = /[:;]/.test(after.slice(0, 6)) ? ':' : '';
  return `${h.markup}${colon}|${li?.listDepth ?? 0}|${li?.quoteDepth ?? 0}`;
}

function toSection(h: HeaderText, kinds: ModelSectionKind[], line: number, contentStart: number, parent: number | null): Section {
  const inferred = 'inferred' in h && h.inferred === true;
  return {
    ...(inferred ? { inferred: true } : {}),
    kind: kinds[0] ?? 'other',
    kinds,
    name: h.name,
    markup: h.markup,
    level: h.level,
    line,
    headerRange: lineRange(line, h.nameStart, h.nameEnd),
    inlineText: h.inlineText,
    contentStart,
    end: contentStart,
    // Only a suffix that names a zone: `(20th December 2023)` or `(Q4 2025)` is no zone.
    zone: h.suffix !== null && isZoneText(h.suffix) ? h.suffix : null,
    parent,
  };
}

function subset(kinds: readonly ModelSectionKind[], of: ReadonlySet<ModelSectionKind>): boolean {
  return kinds.length > 0 && kinds.every((k) => of.has(k));
}

function known(kinds: readonly ModelSectionKind[]): SectionKind[] {
  return kinds.filter((k): k is SectionKind => k !== 'other');
}

type Child = 'field' | 'inside' | 'section' | 'inherit' | 'phase';

/** The timeline the current section is, or is part of. */
function inTimeline(sections: readonly Section[], k: number): boolean {
  for (let p: number | null = k; p !== null && p >= 0; p = sections[p]?.parent ?? null) {
    if (sections[p]?.kinds.includes('timeline')) return true;
  }
  return false;
}

/** What a candidate ranked below the current section is to it. */
function childRole(cur: Section, h: HeaderText, kinds: readonly ModelSectionKind[]): Child {
  const proper = isProper(h);
  if (kinds.length === 0) {
    // An unrecognised heading below a list of measures or tasks groups more of them (unless it
    // is a priority bucket, which the item reader handles), below the root cause it names one
    // of the causes (`### Layer 2: the alert was muted`); elsewhere it is a sub-heading.
    return (CONTAINERS.has(cur.kind) || cur.kind === 'root-cause') && proper && !isBucketLabel(h.name) ? 'inherit' : 'inside';
  }
  if (kinds.includes('other')) return 'section';
  // `- **Escalation:**` as a bullet of "Detection and Investigation": one of the points the
  // section is made of, not a second section of a kind it already is.
  if (h.markup === 'list-item' && !CONTAINERS.has(cur.kind) && kinds.every((k) => cur.kinds.includes(k))) return 'field';
  // What was done to fix it is one account, whether named the response or the resolution:
  // `1. **Immediate Remediation:**` as the first step under "Actions Taken", or `Immediate
  // Actions Taken:` under "Resolution", is a part of that section, not a second one.
  if (!proper && subset(kinds, FIX_ACCOUNT) && cur.kinds.some((k) => FIX_ACCOUNT.has(k)) && (h.markup === 'list-item' || cur.kinds.includes('resolution'))) return 'field';
  if (cur.kinds.includes('timeline')) return subset(kinds, PHASES) ? (proper ? 'phase' : 'field') : 'section';
  if (cur.kind === 'action-items' && kinds.length === 1 && kinds[0] === 'measures' && isWeakMeasuresName(h.name)) return 'inherit';
  // `Immediate Remediation:` among `Short-term Improvements:` under the measures: the fixes of
  // one horizon, a group of what the container holds, not the resolution section.
  if (!proper && ITEM_LISTS.has(cur.kind) && kinds.every((k) => k === 'resolution') && HORIZON.test(h.name)) return 'inherit';
  if (!proper && (cur.kinds.includes('summary') || cur.kinds.includes('impact')) && subset(kinds, SUMMARY_FACTS)) return 'field';
  // Under "Root Cause and Resolution", `Root Cause:` and `Resolution:` are its parts; under a
  // plain "Root Cause", a `Resolution` line is the next section.
  if (!proper && (cur.kinds.includes('root-cause') || cur.kinds.includes('resolution')) && subset(kinds, CAUSE_FACTS) && kinds.every((k) => cur.kinds.includes(k) || (k !== 'root-cause' && k !== 'resolution'))) return 'field';
  return 'section';
}

export function findSections(lines: DocumentLines, from: number): SectionsRead {
  const sections: Section[] = [];
  const fields: FieldLabel[] = [];
  // Rank of each section (parallel to `sections`), and the ranks of non-heading styles.
  const ranks: number[] = [];
  const styles = new Map<string, number>();
  let current = -1;
  // Sections opened by a group label (`groupLabel`): a further group is their sibling.
  const groups = new Set<number>();
  // Parts of a timeline opened by a label below its rank that heads timed entries.
  const phases = new Set<number>();
  /** The timeline `k` is, or is a labelled part of. */
  const timelineOf = (k: number): number | null => {
    const s = sections[k];
    if (!s || !s.kinds.includes('timeline')) return null;
    return phases.has(k) ? s.parent : k;
  };

  const rankOf = (h: HeaderText, line: number, register: boolean): number => {
    if (isProper(h) && h.level !== null) return h.level;
    const key = styleKey(h, lines, line);
    let r = styles.get(key);
    if (r === undefined) {
      r = 7 + styles.size;
      if (register) styles.set(key, r);
    }
    return r;
  };
  const open = (h: HeaderText, kinds: ModelSectionKind[], line: number, rank: number, parent: number | null): void => {
    const prev = sections[current];
    if (prev) prev.end = Math.max(prev.contentStart, line);
    const contentStart = lines.at(line + 1)?.block === 'setext-underline' ? line + 2 : line + 1;
    sections.push(toSection(h, kinds, line, contentStart, parent));
    ranks.push(rank);
    current = sections.length - 1;
  };
  const addField = (h: HeaderMatch, line: number): void => {
    const kinds = known(h.kinds);
    if (kinds.length === 0) return;
    fields.push({ line, kinds, name: h.name, nameRange: lineRange(line, h.nameStart, h.nameEnd), inlineText: h.inlineText, section: current >= 0 ? current : null });
  };
  /** The nearest enclosing top of `current` ranked above `rank` (for the parent of a child). */
  const parentFor = (rank: number): number | null => {
    let p: number | null = current >= 0 ? current : null;
    while (p !== null && (ranks[p] ?? 0) >= rank) p = sections[p]?.parent ?? null;
    return p;
  };

  // Kinds named by candidates after a line, computed once when a rule needs to look ahead.
  let later: { line: number; kinds: readonly ModelSectionKind[] }[] | null = null;
  const laterKinds = (line: number): Set<ModelSectionKind> => {
    later ??= collectCandidates(lines, from);
    return new Set(later.filter((c) => c.line > line).flatMap((c) => c.kinds));
  };

  // Phase labels written like the timeline's own header (`Detection:`, `Actions taken:`,
  // `Escalation:`) come in a run. When most of the run heads timed entries, the labels group
  // the timeline's entries (`Misleading paths:` with untimed bullets among them included):
  // fields. When most hold prose instead (the checklist of a brief: `Issue Detection:`,
  // `Actions Taken:`, each with its own text), they are the timeline's parts: sections.
  const phaseRun = (line: number): 'field' | 'section' | null => {
    later ??= collectCandidates(lines, from);
    const at = later.findIndex((c) => c.line === line);
    if (at < 0) return headsEntries(lines, line) ? 'field' : null;
    let first = at;
    while (first > 0 && subset(later[first - 1]?.kinds ?? [], PHASES)) first--;
    let last = at;
    while (last + 1 < later.length && subset(later[last + 1]?.kinds ?? [], PHASES)) last++;
    const run = later.slice(first, last + 1);
    const heads = run.filter((c) => headsEntries(lines, c.line)).length;
    if (heads > 0 && heads * 2 >= run.length) return 'field';
    return run.length >= 3 ? 'section' : null;
  };

  for (let i = from; i < lines.length; i++) {
    const li = lines.at(i);
    if (!li || li.block === 'blank') continue;
    const cur = sections[current];
    if (li.block === 'heading' && isFieldHeading(lines, i)) {
      // `# Date:` over `April 11, 2024`, among more such headings: a field of the section it is in.
      const f = matchHeader(lines, i);
      if (f) addField(f, i);
      continue;
    }
    const h = itemName(matchHeader(lines, i), cur);
    if (!h) {
      // A bare label that is no section name, inside a list of measures or tasks (or the root
      // causes), names a group of what its container holds: `**Monitoring:**`, `- **Short-term:**`.
      const group = cur && GROUPED.has(cur.kind) ? groupLabel(lines, i, cur.kind) : null;
      if (group) {
        let container = current;
        while (groups.has(container)) container = sections[container]?.parent ?? container;
        const top = sections[container];
        if (top) {
          open(group, [...top.kinds], i, rankOf(group, i, true), container);
          groups.add(current);
          continue;
        }
      }
      // `The long detour:` written like the timeline's labelled parts before it, over timed
      // lines: one more part, whatever its name says.
      if (cur && phases.has(current) && /:\s*[*_]*\s*$/.test(li.content)) {
        const part = readHeaderText(lines, i);
        if (part && !isProper(part) && part.markup !== 'list-item' && part.inlineText === '' && rankOf(part, i, false) === ranks[current] && headsEntries(lines, i)) {
          open(part, ['timeline'], i, ranks[current] ?? 0, cur.parent);
          phases.add(current);
          continue;
        }
      }
      // `The Real Culprit:` under "Root Cause and Resolution", over `Root cause explanation: ...`:
      // a sub-heading whose labelled fact says what kind it is (a field holds no field).
      const combined = cur ? causeAndFix(sections, current) : null;
      if (combined !== null && /:\s*[*_]*\s*$/.test(li.content)) {
        const label = readHeaderText(lines, i);
        const fact = label && !isProper(label) && label.markup !== 'list-item' && label.inlineText === '' ? nextFact(lines, i) : null;
        const kinds = fact?.kinds.filter((k) => sections[combined]?.kinds.includes(k)) ?? [];
        if (label && kinds.length > 0 && kinds.length === fact?.kinds.length) {
          const rank = rankOf(label, i, true);
          if (rank > (ranks[combined] ?? 0)) {
            open(label, kinds, i, rank, combined);
            continue;
          }
        }
      }
      // `*The Crime Scene: a missing page*` alone between blank lines, written exactly like the
      // document's own section headers (`*Issue Summary:*`): a header whose name says no kind.
      // It ends the section before it, as an `other` section. Not inside a timeline or a list of
      // items, where such a line groups what is there.
      if (cur && !cur.kinds.includes('timeline') && !ITEM_LISTS.has(cur.kind) && cur.parent === null && (cur.markup === 'bold' || cur.markup === 'italic') && li.listDepth === 0 && li.quoteDepth === 0 && /^[*_]/.test(li.content)) {
        const peer = readHeaderText(lines, i);
        if (peer && peer.markup === cur.markup && peer.inlineText === '' && setApart(lines, i) && !DATE_OR_TIME.test(peer.name)) {
          open(peer, ['other'], i, ranks[current] ?? 0, null);
          continue;
        }
      }
      // Only a heading can be an unrecognised section; most lines are not one.
      if (!(li.block === 'heading' || li.block === 'html' || li.content.startsWith('#'))) continue;
      const other = readHeaderText(lines, i) ?? dateHeading(lines, i);
      // An empty heading (`##` alone) is a heading-empty finding, not a section; nor is a line
      // of tags (`### \`DevOps\` \`SysAdmin\``) or a bare link.
      // (The line, not the name: the name has lost the outer backticks of `` `DevOps` ``.)
      if (!other || !isProper(other) || !/[\p{L}\p{N}]/u.test(li.content.replace(/^#+/, '').replace(/`[^`]*`|!?\[[^\]]*\]\([^)]*\)/g, ''))) continue;
      const rank = rankOf(other, i, false);
      if (cur && cur.kinds.includes('timeline') && DATE_OR_TIME.test(other.name)) {
        // `## July 22` continues the timeline and dates what follows; `### 16:40` is an entry.
        if (!HAS_CLOCK.test(li.content)) open(other, ['timeline'], i, rank, cur.parent ?? current);
        continue;
      }
      if (cur && rank > (ranks[current] ?? 0)) {
        if (childRole(cur, other, []) === 'inherit') open(other, [...cur.kinds], i, rank, parentFor(rank));
        // `#### GKE auth issue` under the summary: one of the problems found, a cause. Inferred
        // from the name only, so rules take a root cause as present and judge nothing more.
        else if (cur.kinds.includes('summary') && NAMED_PROBLEM.test(other.name)) {
          open(inferredCause(other), ['root-cause'], i, rank, parentFor(rank));
        }
        continue;
      }
      // `### Training` after `### Process` under `## Action items`: a sibling group of tasks.
      const parent = parentFor(rank);
      const ps = parent === null ? undefined : sections[parent];
      if (ps && childRole(ps, other, []) === 'inherit') {
        open(other, [...ps.kinds], i, rank, parent);
        continue;
      }
      if (ps && ps.kinds.includes('summary') && NAMED_PROBLEM.test(other.name)) {
        open(inferredCause(other), ['root-cause'], i, rank, parent);
        continue;
      }
      // `# Diagrams of the issue` over screenshots and their captions: what it holds is the
      // supporting material, whatever the heading calls it.
      open(other, onlyMedia(lines, i) ? ['supporting-information'] : ['other'], i, rank, parent);
      continue;
    }
    // `Brief description` alone between the byline and the next heading: a template's prompt
    // in place of text, not a header (a header announces something under it).
    if (h.markup === 'plain' && li.quoteDepth === 0 && !/[:;]\s*$/.test(li.content) && nextIsHeading(lines, i)) continue;
    if (h.markup === 'plain' && h.inlineText !== '') {
      addField(h, i);
      continue;
    }
    if (!cur && h.inlineText !== '' && !isProper(h)) {
      // `**Date:** 2024-03-01` before any section: a fact of the document, not a section.
      addField(h, i);
      continue;
    }
    const rank = rankOf(h, i, true);
    if (!cur) {
      open(h, [...h.kinds], i, rank, null);
      continue;
    }
    const curRank = ranks[current] ?? 0;
    // `Detection and first response:` below a plain `Timeline`, on a line of its own and followed
    // by timed lines: a part of the timeline that groups its entries (its peers after it too).
    const tl = timelineOf(current);
    if (tl !== null && !isProper(h) && h.markup !== 'list-item' && h.inlineText === '' && !h.kinds.includes('other') && rank > (ranks[tl] ?? 0) && (current === tl || (phases.has(current) && rank === curRank)) && headsEntries(lines, i)) {
      open(h, [...h.kinds, 'timeline'], i, rank, tl);
      phases.add(current);
      continue;
    }
    // `Detection:` / `Escalation:` / `Resolution:` written like the timeline's own header but
    // followed by timed lines are phases of the timeline, not the sections after it.
    const phase = rank <= curRank && !isProper(h) && subset(h.kinds, PHASES) && inTimeline(sections, current) ? phaseRun(i) : null;
    if (phase === 'field') {
      addField(h, i);
      continue;
    }
    if (phase === 'section') {
      let timeline: number | null = current;
      while (timeline !== null && !(sections[timeline]?.kinds.includes('timeline') && sections[timeline]?.parent === null)) timeline = sections[timeline]?.parent ?? null;
      open(h, [...h.kinds, 'timeline'], i, rank, timeline ?? parentFor(rank));
      continue;
    }
    // `Impact:` in the summary with its value indented on the next line (` The outage hit ...`):
    // a label and its value, written as a form, not the next section.
    if (rank <= curRank && !isProper(h) && h.inlineText === '' && cur.kinds.includes('summary') && subset(h.kinds, SUMMARY_FACTS) && indentedValue(lines, i)) {
      addField(h, i);
      continue;
    }
    if (rank === curRank && !isProper(h) && isPartOf(cur, h, lines.at(i - 1)?.block !== 'blank', () => laterKinds(i))) {
      addField(h, i);
      continue;
    }
    if (rank <= curRank) {
      const parent = parentFor(rank);
      const ps = parent !== null ? sections[parent] : undefined;
      // `### Technical improvements` after `### Process improvements`, both under "Action
      // items": another group of its tasks, as the first one was (childRole's 'inherit').
      const grouped = ps?.kind === 'action-items' && h.kinds.length === 1 && h.kinds[0] === 'measures' && isWeakMeasuresName(h.name);
      open(h, grouped && ps ? [...ps.kinds] : [...h.kinds], i, rank, parent);
      continue;
    }
    if (h.inlineText !== '' && !isProper(h)) {
      addField(h, i);
      continue;
    }
    // `- Root Cause Analysis` as a bullet of the timeline, with timed lines under it: a phase
    // the writer named after what was done then, not the root-cause section.
    if (!isProper(h) && !h.kinds.includes('other') && inTimeline(sections, current) && headsEntries(lines, i)) {
      addField(h, i);
      continue;
    }
    const role = childRole(cur, h, h.kinds);
    // `**Root Cause:**` under "Root Cause and Resolution", set apart as a block of its own
    // (a blank line before its text), is a sub-heading of the combined section; run into its
    // text (`**Root Cause:**` with the list or the sentence on the next line) it is a field.
    if (role === 'field' && cur.kinds.includes('root-cause') && cur.kinds.includes('resolution') && (standsAlone(lines, i, h) || nextFact(lines, i) !== null)) {
      open(h, [...h.kinds], i, rank, parentFor(rank));
      continue;
    }
    if (role === 'field') addField(h, i);
    else if (role === 'section') open(h, [...h.kinds], i, rank, parentFor(rank));
    else if (role === 'inherit') open(h, [...cur.kinds], i, rank, parentFor(rank));
    // `### Detection` under `## Timeline`: a phase of it, whose entries are still the timeline's.
    else if (role === 'phase') open(h, [...h.kinds, 'timeline'], i, rank, parentFor(rank));
  }
  const last = sections[current];
  if (last) last.end = Math.max(last.contentStart, lines.length);
  return { sections, fields };
}

/** "Root Cause and Resolution" that `k` is, or is a sub-section of. */
function causeAndFix(sections: readonly Section[], k: number): number | null {
  for (let p: number | null = k; p !== null && p >= 0; p = sections[p]?.parent ?? null) {
    const s = sections[p];
    if (s?.kinds.includes('root-cause') && s.kinds.includes('resolution')) return p;
  }
  return null;
}

/** The next line after `i` is a labelled fact (`Root cause explanation: ...`, any length): its kinds. */
function nextFact(lines: DocumentLines, i: number): { kinds: SectionKind[] } | null {
  let k = i + 1;
  while (lines.at(k)?.block === 'blank') k++;
  const li = lines.at(k);
  if (!li || li.block === 'heading' || li.block === 'code' || li.block === 'table') return null;
  const m = /^[-*+]?\s*[*_]{0,2}([^:*_]{3,60}?)[*_]{0,2}\s*:[*_]{0,2}\s+\S/.exec(li.content);
  const kinds = m?.[1] ? classifySectionName(m[1]) : [];
  return kinds.length > 0 ? { kinds } : null;
}

/** `GKE auth issue`, `Carbonplan problem`: a short name of one problem (a topic, then the word). */
const NAMED_PROBLEM = /^(?:[\p{L}\p{N}/.-]+\s+){1,3}(?:issue|problem|bug|failure)$/iu;

function inferredCause(h: HeaderText): HeaderMatch {
  return { ...h, kinds: ['root-cause'], inferred: true };
}

/**
 * A label written like the section it is in, that a reader still takes as part of it:
 * `Root Cause Explanation:` right under `Root Cause and Resolution:`, or `Root Cause:` inside
 * the summary of a document that has its root-cause section further down.
 */
function isPartOf(cur: Section, h: HeaderMatch, tight: boolean, later: () => Set<ModelSectionKind>): boolean {
  if (cur.kinds.includes('root-cause') && cur.kinds.includes('resolution') && subset(h.kinds, CAUSE_PARTS)) return true;
  // Only a summary written as one block (no blank line before the label) holds it as a part;
  // after a blank line, `**Root Cause:**` is a section even when another one follows.
  if (tight && cur.kinds.includes('summary') && subset(h.kinds, SUMMARY_PARTS)) {
    const after = later();
    return h.kinds.every((k) => after.has(k));
  }
  return false;
}

const SUMMARY_PARTS: ReadonlySet<ModelSectionKind> = new Set(['impact', 'root-cause']);
const CAUSE_PARTS: ReadonlySet<ModelSectionKind> = new Set(['root-cause', 'resolution']);

function collectCandidates(lines: DocumentLines, from: number): { line: number; kinds: readonly ModelSectionKind[] }[] {
  const out: { line: number; kinds: readonly ModelSectionKind[] }[] = [];
  for (let i = from; i < lines.length; i++) {
    const h = matchHeader(lines, i);
    if (h) out.push({ line: i, kinds: h.kinds });
  }
  return out;
}

/**
 * Inside the measures or the tasks, a label whose kind is only guessed from its first words
 * (`Incident Response Training:` among `Better Alerting:`, `Log Retention:`) names an item
 * there, like its peers: not a section of the guessed kind.
 */
function itemName(h: HeaderMatch | null, cur: Section | undefined): HeaderMatch | null {
  if (!h || h.inferred !== true || isProper(h) || !cur || !ITEM_LISTS.has(cur.kind)) return h;
  return null;
}

const ITEM_LISTS: ReadonlySet<ModelSectionKind> = new Set(['measures', 'action-items']);
const HORIZON = /^(?:immediate|short[- ]term|mid[- ]term|medium[- ]term|long[- ]term)\b/i;

/** Kinds whose bare sub-labels are groups of the same kind (`GROUP_MARKUP`: which labels). */
const GROUPED: ReadonlySet<ModelSectionKind> = new Set(['measures', 'action-items', 'root-cause']);
const GROUP_MARKUP: Record<string, ReadonlySet<string>> = {
  measures: new Set(['bold', 'italic', 'plain', 'list-item']),
  'action-items': new Set(['bold', 'italic', 'plain', 'list-item']),
  // A plain `The sequence was:` in a cause's prose introduces a list; only a bold line stands out.
  'root-cause': new Set(['bold']),
};

/**
 * A line that is a label and nothing else, written to group what follows it: a bold or italic
 * line alone, a short capitalised line ending in a colon, or (in a list) a priority bucket.
 * A list item `- **Monitoring:**` with steps under it is one measure, not a group.
 */
function groupLabel(lines: DocumentLines, i: number, kind: ModelSectionKind): HeaderText | null {
  const li = lines.at(i);
  if (!li || li.block === 'heading' || li.block === 'html') return null;
  // Most lines of a list are its items: only a line that starts with emphasis or ends with a
  // colon can be a label, which spares them the full header reading (this runs per keystroke).
  if (!/^(?:[-*+•]\s+|\d{1,2}[.)]\s+)?[*_]/.test(li.content) && !/:\s*[*_]*\s*$/.test(li.content)) return null;
  const h = readHeaderText(lines, i);
  if (!h || isProper(h) || h.inlineText !== '' || !GROUP_MARKUP[kind]?.has(h.markup)) return null;
  if (matchEntryTime(h.name) !== null) return null;
  const words = h.name.split(/\s+/);
  if (h.markup === 'list-item') return isBucketLabel(h.name) ? h : null;
  if (/[.!?]$/.test(h.name) || words.length > (h.markup === 'plain' ? 6 : 12)) return null;
  // `To avoid this in future:` leads into a list; a label is written as a name (`Better Alerting:`).
  if (h.markup === 'plain' && (!/:\s*$/.test(li.content) || !words.every((w) => w.length < 4 || /^[^\p{L}]*\p{Lu}/u.test(w)))) return null;
  // Sub-causes are prose under their name; a group of measures or tasks holds several of them
  // (`Better Alerting:` above one line of text is that measure's name, not a group).
  return kind === 'root-cause' || itemsBelow(lines, i) >= 2 ? h : null;
}

/** How many lines that start an item (a list item, or a line starting with a capital) follow a label, up to the next label. */
function itemsBelow(lines: DocumentLines, i: number): number {
  let n = 0;
  for (let k = i + 1; k < Math.min(lines.length, i + 16) && n < 2; k++) {
    const li = lines.at(k);
    if (!li || li.block === 'blank' || li.content === '') continue;
    if (li.block === 'heading' || matchHeader(lines, k)) break;
    const next = readHeaderText(lines, k);
    if (next && next.inlineText === '' && !isProper(next) && /:\s*[*_]*\s*$/.test(li.content)) break;
    if (li.listItemStart || /^[^\p{L}]*\p{Lu}/u.test(li.content)) n++;
  }
  return n;
}
