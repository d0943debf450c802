/**
 * The moments a reader finds marked in a timeline: the entry saying the outage began, the
 * first saying the service is back, and the entries after it that only close the incident.
 * Shared by timeline-summary-mismatch and duration-mismatch, which compare the summary with them.
 */
import type { RuleContext } from '../types';
import type { ResolvedEntry, ResolvedPoint } from '../../derive/timeline/types';
import {
  entryBody as entryBodyOf, entryWords as entryWordsOf, restores as restoresOf, restoresAsRead as restoresAsReadOf,
  type EntryReading, type ResolutionEntry,
} from '../../derive/timeline/resolution-entry';

export function unknownZone(p: ResolvedPoint): boolean {
  return p.zone !== null && p.zone.info === null;
}

// "Outage begins", "**OUTAGE STARTS**", "(outage starts)", "the incident started": the writer marks the start.
export const START_MARK = /\b(?:outage|incident|downtime|disruption|impact|degradation|errors?|failures?)\s+(?:\w+\s+)?(?:begins?|began|starts?|started|commence[sd]?)\b/i;

function plain(text: string): string {
  return text.replace(/[*_`~]+/g, ' ');
}

/** The first entry the writer marks as the outage's start. */
export function markedStart(ctx: RuleContext, timed: readonly ResolvedEntry[]): ResolvedEntry | undefined {
  return timed.find((r) => START_MARK.test(plain(ctx.lines.at(r.entry.line)?.content ?? r.entry.text)));
}

export { AFTERMATH } from '../../derive/timeline/resolution-entry';

/** The entry says the service is back, not an action that did not work, nor the closing (derive/timeline/resolution-entry.ts). */
export function restores(ctx: RuleContext, r: ResolvedEntry): boolean {
  return restoresOf(reading(ctx), r);
}

/** `restores` read through the analysis's outcomes, for any entry (the test compares the two readings). */
export function restoresAsRead(ctx: RuleContext, r: ResolvedEntry): boolean {
  return restoresAsReadOf(reading(ctx), r);
}

/** What an entry says: its own text, or for a time standing alone the lines under it. */
export function entryWords(ctx: RuleContext, r: ResolvedEntry): string {
  return entryWordsOf(ctx.lines, r);
}

/** The lines under an entry, as one text. */
export function entryBody(ctx: RuleContext, r: ResolvedEntry): string {
  return entryBodyOf(ctx.lines, r);
}

function reading(ctx: RuleContext): EntryReading {
  return { lines: ctx.lines, outcomes: ctx.derived.outcomes };
}

/** The entry the timeline resolves the incident with: a fact derived once per analysis (`Derived.resolution`). */
export function resolutionEntry(ctx: RuleContext): ResolutionEntry | undefined {
  return ctx.derived.resolution;
}

/** Minutes from the summary's point to the entry, on clocks as written when one zone is unknown. */
export function delta(r: ResolvedEntry, p: ResolvedPoint): number {
  if (!r.point) return 0;
  if (unknownZone(r.point) !== unknownZone(p)) return r.point.localMinutes - p.localMinutes;
  return r.point.instant - p.instant;
}

