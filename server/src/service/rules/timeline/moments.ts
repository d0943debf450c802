/**
 * The moments a reader finds marked in a timeline: the entry saying the outage began, the
 * first saying the service is back, and the entries after it that only close the incident.
 * Shared by timeline-summary-mismatch and duration-mismatch, which compare the summary with them.
 */
import type { RuleContext } from '../types';
import type { ResolvedEntry, ResolvedPoint } from '../../derive/timeline/types';
import { saysPartial, saysRelapse, settledRestoration, type RestorationReader } from '../../derive/timeline/restoration';
import { saysResolution } from '../../derive/timeline/keywords';
import { saysDidNotWork, saysResolved } from '../../derive/timeline/outcome';
import { Memo } from '../../text/memo';
import type { TimelineEntry } from '../../model/schema';

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

// The incident closed, or work after the service was back: "incident closed", "report sent",
// "monitoring confirmed stable", "prevention plan outlined". Not the outage's end.
export const AFTERMATH = /\b(?:closed|closure|clos(?:e|ing) (?:the|of the) incident|post-?mortem|monitor(?:ed|ing)|report(?:ed)? (?:was )?sent|incident report|preventi\w*|plan\b|analysis|stakeholders|ongoing|stable operations?|stability)\b/i;
// "mitigation measures implemented ... without resolution": a step that did not resolve it.
const NOT_RESOLVED = /\b(?:without|no|not yet a|pending)\s+(?:\w+\s+)?(?:resolution|fix)\b/i;

// "Monitoring shows a return to normal error rates": monitoring that sees the change back is
// the restoration seen, not work after it (as "monitored for an hour", "monitoring confirmed stable" are).
const SEEN_RETURN = /\bmonitor(?:ed|ing)?\s+(?:\w+\s+)?(?:shows?|showed|confirms?|confirmed|reports?|reported)\s+(?:a\s+|the\s+)?(?:return(?:ed)?\s+to\s+normal|back\s+to\s+normal|recovery)\b/i;

/** What the entry says, its own text; an entry whose time stands alone (`- *10:15 AM:*`) is the lines under it. */
function says(r: ResolvedEntry, read: (i: number) => boolean, readAsRead: (i: number) => boolean): boolean {
  return r.entry.text.trim() === '' ? readAsRead(r.index) : read(r.index);
}

/** The entry says the service is back (in keywords or plain words), not an action that did not work, nor the closing. */
export function restores(ctx: RuleContext, r: ResolvedEntry): boolean {
  const w = ownWords(r.entry);
  return w ? (w.restores ??= restoresMemo.get(w.text, () => ownTextRestores(w.text))) : restoresAsRead(ctx, r);
}

/**
 * What an entry with words of its own says of the restoration, read from those words alone
 * (its outcomes are its text's: derive/timeline/outcomes.ts) and kept by the entry. The
 * restoration is looked for over every entry on each keystroke, and an entry the edit did
 * not touch is the same object in the next version: its answers are not looked up again by
 * its text (a memo by text cost ~4 ms a keystroke at 10,000 lines, most of it hashing and
 * comparing the texts). Null for a time standing alone (its words are the lines under it).
 */
interface OwnWords { text: string; restores?: boolean; partial?: boolean; relapse?: boolean }
const ownWordsOf = new WeakMap<TimelineEntry, OwnWords | null>();

function ownWords(e: TimelineEntry): OwnWords | null {
  let w = ownWordsOf.get(e);
  if (w === undefined) ownWordsOf.set(e, (w = e.text.trim() === '' ? null : { text: e.text }));
  return w;
}

/** The restoration's reading of the analysis's entries: by their own words, else the lines under them. */
function restorationReader(ctx: RuleContext): RestorationReader<ResolvedEntry> {
  return {
    restores: (x) => restores(ctx, x),
    partial: (x) => {
      const w = ownWords(x.entry);
      return w ? (w.partial ??= saysPartial(w.text)) : saysPartial(entryBody(ctx, x));
    },
    relapse: (x) => {
      const w = ownWords(x.entry);
      return w ? (w.relapse ??= saysRelapse(w.text)) : saysRelapse(entryBody(ctx, x));
    },
  };
}

/** `restores` read through the analysis's outcomes, for any entry (the test compares the two readings). */
export function restoresAsRead(ctx: RuleContext, r: ResolvedEntry): boolean {
  const o = ctx.derived.outcomes;
  return readsRestoring(entryWords(ctx, r), o.didNotWork(r.index), () => says(r, (i) => o.resolution(i) || o.resolved(i), (i) => o.resolvedAsRead(i)));
}

const restoresMemo = new Memo<boolean>();

/** `restores` of an entry with text of its own: what its outcomes say of that text. */
function ownTextRestores(text: string): boolean {
  return readsRestoring(text, saysDidNotWork(text), () => saysResolution(text) || saysResolved(text));
}

/** What the entry says (`text`) restores the service: it says it is back, and it is neither an action that did not work nor the closing. */
function readsRestoring(text: string, didNotWork: boolean, saysBack: () => boolean): boolean {
  if (didNotWork || NOT_RESOLVED.test(text) || AFTERMATH.test(plain(text).replace(SEEN_RETURN, ' '))) return false;
  return saysBack();
}

/** What an entry says: its own text, or for a time standing alone the lines under it. */
export function entryWords(ctx: RuleContext, r: ResolvedEntry): string {
  return r.entry.text.trim() === '' ? entryBody(ctx, r) : r.entry.text;
}

export function entryBody(ctx: RuleContext, r: ResolvedEntry): string {
  const parts: string[] = [];
  for (let i = r.entry.line + 1; i < Math.min(ctx.lines.length, r.entry.line + 4); i++) {
    const li = ctx.lines.at(i);
    if (!li || li.block === 'blank') break;
    parts.push(li.content);
  }
  return parts.join(' ');
}

/**
 * The entry the timeline resolves the incident with: the restoring one that holds (not a fix
 * for a part while a full one follows; after a relapse, the restoration after it; see
 * `settledRestoration`), else the first saying it was resolved at all.
 */
export function resolutionEntry(ctx: RuleContext, timed: readonly ResolvedEntry[]): { entry: ResolvedEntry; restores: boolean } | undefined {
  // Two rules ask it of the same analysis (timeline-summary-mismatch, duration-mismatch): it
  // is worked out once per timeline and view of the lines (a pass over every entry). Kept
  // under the analysis's own outcomes, so it lives as long as that analysis and holds nothing
  // of another version (a timeline array can be shared by consecutive versions).
  const outcomes = ctx.derived.outcomes;
  const kept = resolutionOf.get(outcomes);
  if (kept && kept.timed === timed && kept.lines === ctx.lines) return kept.value;
  const value = findResolutionEntry(ctx, timed);
  resolutionOf.set(outcomes, { timed, lines: ctx.lines, value });
  return value;
}

const resolutionOf = new WeakMap<RuleContext['derived']['outcomes'], { timed: readonly ResolvedEntry[]; lines: RuleContext['lines']; value: ReturnType<typeof findResolutionEntry> }>();

function findResolutionEntry(ctx: RuleContext, timed: readonly ResolvedEntry[]): { entry: ResolvedEntry; restores: boolean } | undefined {
  const r = settledRestoration(timed, restorationReader(ctx))?.entry;
  if (r) return { entry: r, restores: true };
  const o = ctx.derived.outcomes;
  const any = timed.find((x) => o.resolution(x.index) && !o.didNotWork(x.index));
  return any ? { entry: any, restores: false } : undefined;
}

/** Minutes from the summary's point to the entry, on clocks as written when one zone is unknown. */
export function delta(r: ResolvedEntry, p: ResolvedPoint): number {
  if (!r.point) return 0;
  if (unknownZone(r.point) !== unknownZone(p)) return r.point.localMinutes - p.localMinutes;
  return r.point.instant - p.instant;
}

