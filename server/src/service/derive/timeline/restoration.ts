/**
 * Which of a timeline's restorations ends the incident, as a reader takes it: not a fix for
 * a part ("fixed for one server", "restored for some users") while a full one follows, and
 * after a relapse ("back online", then "server shutdown", then "back online" two days later)
 * the restoration after it. Shared by the figures and the timeline rules that compare the
 * summary's end with the timeline.
 */

import { Memo } from '../../text/memo';

// "for a particular server", "on two of the nodes", "partially restored", "for some users".
const PARTIAL = new RegExp(
  [
    String.raw`\bpartial(?:ly)?\b`,
    String.raw`\b(?:for|on|in|to)\s+(?:(?:one|two|three|some|several|a few|a handful|part|a subset)(?:\s+of\s+(?:the|our|its))?|the first|a single|a particular|certain)\s+(?:\w+\s+)?(?:servers?|hosts?|nodes?|regions?|instances?|machines?|users?|customers?|pods?|clusters?|shards?|sites?|zones?|replicas?|databases?|tenants?|accounts?)\b`,
    String.raw`\bsome\s+(?:users|customers|servers|regions|services|nodes|hosts)\s+(?:were\s+|are\s+)?(?:back|restored|recovered)\b`,
  ].join('|'),
  'i',
);

// The service down again after it was back: "Server shutdown", "the site went down again",
// "a second outage", "errors returned". A negation ("no further outage") is none.
const RELAPSE = new RegExp(
  [
    String.raw`\b(?:servers?|services?|sites?|website|systems?|app|application|api|database|db|hosts?|cluster|nodes?)\s+(?:\w+\s+)?(?:shut ?down|shutdown|went down|goes down|going down|crash(?:ed|es)?|is down|was down|were down|down again|offline again)\b`,
    String.raw`\b(?:down|offline|unavailable|unreachable|failing|broken|crashed|crashing)\s+again\b`,
    String.raw`\b(?:second|another|new|renewed)\s+(?:outage|failure|shutdown|crash|disruption|wave of errors)\b`,
    String.raw`\b(?:outage|incident|issue|problem|errors?|failures?)\s+(?:\w+\s+)?(?:recurred|returned|resumed|came back|reappeared|re-?emerged)\b`,
    String.raw`\brelaps\w*\b|\brecurr(?:ed|ence|ing)\b`,
  ].join('|'),
  'i',
);
const NEGATION = /\b(?:no|not|never|without|no further|no more|none)\b/i;

function plain(text: string): string {
  return text.replace(/[*_`~]+/g, ' ');
}

// Both readings depend on the text alone; a keystroke re-asks them of every entry of the
// timeline, so they are remembered by text (a 10,000-line timeline: ~20 ms a keystroke).
const partialMemo = new Memo<boolean>();
const relapseMemo = new Memo<boolean>();

/** The entry restores or fixes only a part (one server, some users). */
export function saysPartial(text: string): boolean {
  return partialMemo.get(text, () => PARTIAL.test(plain(text)));
}

/** The entry says the service went down again (a restoration before it did not hold). */
export function saysRelapse(text: string): boolean {
  return relapseMemo.get(text, () => {
    const t = plain(text);
    return RELAPSE.test(t) && !NEGATION.test(t);
  });
}

export interface Restoration<T> {
  /** The restoration that holds. */
  entry: T;
  /**
   * Restorations passed over for it, in order: fixes for a part, and restorations a relapse
   * undid. Each brought some service back for a while: a mitigation.
   */
  passed: T[];
}

/**
 * How `settledRestoration` reads an entry: whether it restores the service, restores only a
 * part, or says the service went down again.
 */
export interface RestorationReader<T> {
  restores(e: T): boolean;
  partial(e: T): boolean;
  relapse(e: T): boolean;
}

/** The reader of entries whose words are `text`: the part and the relapse read from them. */
export function wordsReader<T>(restores: (e: T) => boolean, text: (e: T) => string): RestorationReader<T> {
  return { restores, partial: (e) => saysPartial(text(e)), relapse: (e) => saysRelapse(text(e)) };
}

/**
 * Of the entries (in timeline order), the restoration that ends the incident: the first
 * that restores it all (a partial one only when no full one follows), then, for each relapse
 * after it, the next restoration after the relapse. Undefined when none restores.
 *
 * `restores` is asked lazily, at most once per entry, and only of the entries up to the one
 * chosen and of those that say the service went down again: it reads what each entry says
 * (outcomes), the costly part on a long timeline.
 */
export function settledRestoration<T>(entries: readonly T[], read: RestorationReader<T>): Restoration<T> | undefined {
  // 0: not asked yet, 1: no, 2: yes. An array, not a Map by index: the walk asks about most
  // entries of a long timeline on every keystroke (~2.8 ms at 10,000 lines in the Map).
  const asked = new Uint8Array(entries.length);
  const restoring = (i: number): boolean => {
    let v = asked[i] ?? 0;
    if (v === 0) {
      const e = entries[i];
      v = e !== undefined && read.restores(e) ? 2 : 1;
      asked[i] = v;
    }
    return v === 2;
  };
  const full = (i: number): boolean => {
    const e = entries[i];
    return e !== undefined && restoring(i) && !read.partial(e);
  };
  const next = (from: number): number => {
    for (let i = from; i < entries.length; i++) if (full(i)) return i;
    for (let i = from; i < entries.length; i++) if (restoring(i)) return i;
    return -1;
  };
  let at = next(0);
  if (at < 0) return undefined;
  for (;;) {
    let relapse = -1;
    for (let i = at + 1; i < entries.length; i++) {
      const e = entries[i];
      if (e !== undefined && read.relapse(e) && !restoring(i)) { relapse = i; break; }
    }
    if (relapse < 0) break;
    const after = next(relapse + 1);
    if (after < 0) break;
    at = after;
  }
  const entry = entries[at];
  if (entry === undefined) return undefined;
  const passed = entries.filter((_, i) => i < at && restoring(i));
  return { entry, passed };
}
