/**
 * What a candidate header is to the section it is under (the section reading's decisions,
 * model/sections.ts): a field of it, a part that stays inside, a phase of the timeline, a
 * group of what a container holds, or a section of its own. The kind sets these decisions
 * share are here too.
 */
import { isProper, type HeaderMatch, type HeaderText } from './headers';
import { isBucketLabel, isWeakMeasuresName } from '../lex/section-names';
import type { ModelSectionKind, Section } from './schema';

const CONTAINERS: ReadonlySet<ModelSectionKind> = new Set(['measures', 'action-items', 'lessons-learned']);
/** Kinds whose labels are facts of the summary, not sections, when written below its rank. */
// (A `Summary:` label under "Incident Overview" is a summary section of its own, not a fact.)
export const SUMMARY_FACTS: ReadonlySet<ModelSectionKind> = new Set(['impact', 'root-cause', 'resolution', 'detection']);
const CAUSE_FACTS: ReadonlySet<ModelSectionKind> = new Set(['root-cause', 'resolution', 'detection', 'impact']);
/** Phases of a timeline: labels that group its entries. */
export const PHASES: ReadonlySet<ModelSectionKind> = new Set(['detection', 'response', 'resolution', 'leadup']);
/** The two names of the account of what was done: the response and the resolution. */
const FIX_ACCOUNT: ReadonlySet<ModelSectionKind> = new Set(['response', 'resolution']);

/** Labels that are parts of a summary, and of "Root Cause and Resolution", written like their section. */
const SUMMARY_PARTS: ReadonlySet<ModelSectionKind> = new Set(['impact', 'root-cause']);
const CAUSE_PARTS: ReadonlySet<ModelSectionKind> = new Set(['root-cause', 'resolution']);
/** The lists of items: measures and tasks. */
export const ITEM_LISTS: ReadonlySet<ModelSectionKind> = new Set(['measures', 'action-items']);
/** A horizon of fixes: `Immediate`, `Short-term`, `Long-term`. */
const HORIZON = /^(?:immediate|short[- ]term|mid[- ]term|medium[- ]term|long[- ]term)\b/i;

export function subset(kinds: readonly ModelSectionKind[], of: ReadonlySet<ModelSectionKind>): boolean {
  return kinds.length > 0 && kinds.every((k) => of.has(k));
}

export type Child = 'field' | 'inside' | 'section' | 'inherit' | 'phase';

/** The timeline the current section is, or is part of. */
export function inTimeline(sections: readonly Section[], k: number): boolean {
  for (let p: number | null = k; p !== null && p >= 0; p = sections[p]?.parent ?? null) {
    if (sections[p]?.kinds.includes('timeline')) return true;
  }
  return false;
}

/** What a candidate ranked below the current section is to it. */
export function childRole(cur: Section, h: HeaderText, kinds: readonly ModelSectionKind[]): Child {
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

/** "Root Cause and Resolution" that `k` is, or is a sub-section of. */
export function causeAndFix(sections: readonly Section[], k: number): number | null {
  for (let p: number | null = k; p !== null && p >= 0; p = sections[p]?.parent ?? null) {
    const s = sections[p];
    if (s?.kinds.includes('root-cause') && s.kinds.includes('resolution')) return p;
  }
  return null;
}

/**
 * A label written like the section it is in, that a reader still takes as part of it:
 * `Root Cause Explanation:` right under `Root Cause and Resolution:`, or `Root Cause:` inside
 * the summary of a document that has its root-cause section further down.
 */
export function isPartOf(cur: Section, h: HeaderMatch, tight: boolean, later: () => Set<ModelSectionKind>): boolean {
  if (cur.kinds.includes('root-cause') && cur.kinds.includes('resolution') && subset(h.kinds, CAUSE_PARTS)) return true;
  // Only a summary written as one block (no blank line before the label) holds it as a part;
  // after a blank line, `**Root Cause:**` is a section even when another one follows.
  if (tight && cur.kinds.includes('summary') && subset(h.kinds, SUMMARY_PARTS)) {
    const after = later();
    return h.kinds.every((k) => after.has(k));
  }
  return false;
}

/**
 * Inside the measures or the tasks, a label whose kind is only guessed from its first words
 * (`Incident Response Training:` among `Better Alerting:`, `Log Retention:`) names an item
 * there, like its peers: not a section of the guessed kind.
 */
export function itemName(h: HeaderMatch | null, cur: Section | undefined): HeaderMatch | null {
  if (!h || h.inferred !== true || isProper(h) || !cur || !ITEM_LISTS.has(cur.kind)) return h;
  return null;
}
