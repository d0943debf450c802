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
 *
 * This file is the reading's loop; what a child is to its parent is decided in section-roles.ts,
 * and group labels inside measures, tasks and causes are read in section-groups.ts.
 */
import { lineRange } from '../text/source-text';
import type { DocumentLines, LineInfo } from '../parse/document-lines';
import { isProper, matchHeader, readHeaderText, type HeaderMatch, type HeaderText } from './headers';
import { classifySectionName, isWeakMeasuresName } from '../lex/section-names';
import { ITEM_LISTS, PHASES, SUMMARY_FACTS, causeAndFix, childRole, inTimeline, isPartOf, itemName, subset } from './section-roles';
import { ENDS_IN_COLON, GROUPED, OPENS_WITH_EMPHASIS, groupLabel } from './section-groups';
import { isZoneText } from '../lex/time/zone-span';
import { isFieldHeading } from './field-headings';
import { DATE_OR_TIME, HAS_CLOCK, dateHeading, headsEntries, indentedValue, nextIsHeading, onlyMedia, setApart, standsAlone } from './line-shapes';
import type { FieldLabel, ModelSectionKind, Section, SectionKind } from './schema';

export interface SectionsRead {
  sections: Section[];
  fields: FieldLabel[];
}

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

function known(kinds: readonly ModelSectionKind[]): SectionKind[] {
  return kinds.filter((k): k is SectionKind => k !== 'other');
}

// The loop below tests every line of the document on every keystroke: its regexes are made
// once here (a literal in the loop is a new RegExp object each time it is evaluated: ~1 MB of
// garbage a keystroke at 10,000 lines, sampled heap profile).
const ENDS_IN_COLON_OR_SEMICOLON = /[:;]\s*$/;
const STARTS_WITH_EMPHASIS = /^[*_]/;
const HASH = 35;

/**
 * Lines the loop below passes over whatever the sections around them: blank, or no header
 * and nothing any branch of the loop looks for (a label's emphasis or colon, a heading's
 * `#`). Read once a line, in the line view's per-line cache (what it reads, the line and its
 * header reading, depends on the line and its neighbours), so a keystroke's reading walks a
 * dense array past the thousands of entries instead of their line facts (~3 ms at 10,000
 * lines, server CPU profile).
 */
const INERT = {};

function isInert(lines: DocumentLines, i: number, li: LineInfo): boolean {
  if (li.block === 'blank') return true;
  if (li.block === 'heading' || li.block === 'html' || li.content.charCodeAt(0) === HASH) return false;
  if (OPENS_WITH_EMPHASIS.test(li.content) || ENDS_IN_COLON.test(li.content)) return false;
  return matchHeader(lines, i) === null;
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

  const inert = lines.lineCache<boolean>(INERT);
  for (let i = from; i < lines.length; i++) {
    if (inert[i] === true) continue;
    const li = lines.at(i);
    if (!li) continue;
    if (inert[i] === undefined && (inert[i] = isInert(lines, i, li))) continue;
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
      if (cur && phases.has(current) && ENDS_IN_COLON.test(li.content)) {
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
      if (combined !== null && ENDS_IN_COLON.test(li.content)) {
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
      if (cur && !cur.kinds.includes('timeline') && !ITEM_LISTS.has(cur.kind) && cur.parent === null && (cur.markup === 'bold' || cur.markup === 'italic') && li.listDepth === 0 && li.quoteDepth === 0 && STARTS_WITH_EMPHASIS.test(li.content)) {
        const peer = readHeaderText(lines, i);
        if (peer && peer.markup === cur.markup && peer.inlineText === '' && setApart(lines, i) && !DATE_OR_TIME.test(peer.name)) {
          open(peer, ['other'], i, ranks[current] ?? 0, null);
          continue;
        }
      }
      // Only a heading can be an unrecognised section; most lines are not one.
      // (`#` by its code: startsWith on every line's text was the loop's costliest line, profiled.)
      if (!(li.block === 'heading' || li.block === 'html' || li.content.charCodeAt(0) === HASH)) continue;
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
    if (h.markup === 'plain' && li.quoteDepth === 0 && !ENDS_IN_COLON_OR_SEMICOLON.test(li.content) && nextIsHeading(lines, i)) continue;
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

function collectCandidates(lines: DocumentLines, from: number): { line: number; kinds: readonly ModelSectionKind[] }[] {
  const out: { line: number; kinds: readonly ModelSectionKind[] }[] = [];
  for (let i = from; i < lines.length; i++) {
    const h = matchHeader(lines, i);
    if (h) out.push({ line: i, kinds: h.kinds });
  }
  return out;
}
