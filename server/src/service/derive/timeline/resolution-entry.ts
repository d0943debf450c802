/**
 * The entry the timeline resolves the incident with, and whether an entry says the service
 * is back: read once per analysis (a derived fact, `Derived.resolution`), for the rules that
 * compare the summary's end with it (timeline-summary-mismatch, duration-mismatch).
 */
import type { DocumentLines } from '../../parse/document-lines';
import type { TimelineEntry } from '../../model/schema';
import type { ResolvedEntry } from './types';
import type { EntryOutcomes } from './outcomes';
import { saysPartial, saysRelapse, settledRestoration, type RestorationReader } from './restoration';
import { saysResolution } from './keywords';
import { saysDidNotWork, saysResolved } from './outcome';
import { Memo } from '../../text/memo';

/** What an analysis reads an entry's words with: its line view and the entries' outcomes. */
export interface EntryReading {
  readonly lines: DocumentLines;
  readonly outcomes: EntryOutcomes;
}

/** The restoring entry that holds, or (`restores` false) the first saying it was resolved at all. */
export interface ResolutionEntry { entry: ResolvedEntry; restores: boolean }

function plain(text: string): string {
  return text.replace(/[*_`~]+/g, ' ');
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
export function restores(a: EntryReading, r: ResolvedEntry): boolean {
  const w = ownWords(r.entry);
  return w ? (w.restores ??= restoresMemo.get(w.text, () => ownTextRestores(w.text))) : restoresAsRead(a, r);
}

/**
 * What an entry with words of its own says of the restoration, read from those words alone
 * (its outcomes are its text's: outcomes.ts) and kept by the entry. The restoration is looked
 * for over every entry on each keystroke, and an entry the edit did not touch is the same
 * object in the next version: its answers are not looked up again by its text (a memo by
 * text cost ~4 ms a keystroke at 10,000 lines, most of it hashing and comparing the texts).
 * Null for a time standing alone (its words are the lines under it).
 */
interface OwnWords { text: string; restores?: boolean; partial?: boolean; relapse?: boolean }
const ownWordsOf = new WeakMap<TimelineEntry, OwnWords | null>();

function ownWords(e: TimelineEntry): OwnWords | null {
  let w = ownWordsOf.get(e);
  if (w === undefined) ownWordsOf.set(e, (w = e.text.trim() === '' ? null : { text: e.text }));
  return w;
}

/** The restoration's reading of the analysis's entries: by their own words, else the lines under them. */
function restorationReader(a: EntryReading): RestorationReader<ResolvedEntry> {
  return {
    restores: (x) => restores(a, x),
    partial: (x) => {
      const w = ownWords(x.entry);
      return w ? (w.partial ??= saysPartial(w.text)) : saysPartial(entryBody(a.lines, x));
    },
    relapse: (x) => {
      const w = ownWords(x.entry);
      return w ? (w.relapse ??= saysRelapse(w.text)) : saysRelapse(entryBody(a.lines, x));
    },
  };
}

/** `restores` read through the analysis's outcomes, for any entry (the test compares the two readings). */
export function restoresAsRead(a: EntryReading, r: ResolvedEntry): boolean {
  const o = a.outcomes;
  return readsRestoring(entryWords(a.lines, r), o.didNotWork(r.index), () => says(r, (i) => o.resolution(i) || o.resolved(i), (i) => o.resolvedAsRead(i)));
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
export function entryWords(lines: DocumentLines, r: ResolvedEntry): string {
  return r.entry.text.trim() === '' ? entryBody(lines, r) : r.entry.text;
}

/** The lines under an entry, up to three and to the first blank one, as one text. */
export function entryBody(lines: DocumentLines, r: ResolvedEntry): string {
  const parts: string[] = [];
  for (let i = r.entry.line + 1; i < Math.min(lines.length, r.entry.line + 4); i++) {
    const li = lines.at(i);
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
export function resolutionEntry(a: EntryReading, timed: readonly ResolvedEntry[]): ResolutionEntry | undefined {
  const r = settledRestoration(timed, restorationReader(a))?.entry;
  if (r) return { entry: r, restores: true };
  const o = a.outcomes;
  const any = timed.find((x) => o.resolution(x.index) && !o.didNotWork(x.index));
  return any ? { entry: any, restores: false } : undefined;
}
