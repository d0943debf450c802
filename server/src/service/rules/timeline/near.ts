/**
 * Which timed entries sit near a moment of the summary: the questions
 * timeline-summary-mismatch asks of the timeline ("does any entry agree with the summary's
 * start within two minutes?", "the first entry at the same clock time in another zone"),
 * answered from sorted arrays instead of a scan of every entry per question. Measured
 * (10,000-line bench document, 7,000 timed entries, server CPU profile over 40 keystrokes):
 * the rule's dozen scans were ~8 ms of every keystroke, the largest single cost of the rules.
 *
 * Exactness: a query first takes the candidates from the sorted arrays (a superset: the bounds
 * are widened by EPSILON against rounding), then checks each with the same predicate the scan
 * used (`agrees`, `shifted12`), and returns the first in document order. So every answer is
 * the scan's own; test/unit/rules/near.test.ts compares the two on random timelines, and on
 * timelines that follow one another (the arrays of the last one are reused when the times
 * are the same: a keystroke in an entry's text sorts nothing).
 */
import type { ResolvedEntry, ResolvedPoint } from '../../derive/timeline/types';
import { unknownZone } from './moments';

const HALF_DAY = 720;

/**
 * True when an entry sits within `tolerance` of the instant, or 12 hours off it while the
 * entry writes no meridiem (`07:30` in a timeline whose summary says `07:30 pm`).
 */
export function agrees(r: ResolvedEntry, p: ResolvedPoint, tolerance: number): boolean {
  if (!r.point) return false;
  const d = r.point.instant - p.instant;
  if (Math.abs(d) <= tolerance) return true;
  // A zone named in words no zone table knows ("West African Time") is placed at UTC: then
  // only the clocks as written can be compared.
  if (unknownZone(r.point) !== unknownZone(p) && Math.abs(r.point.localMinutes - p.localMinutes) <= tolerance) return true;
  return shifted12(r, p, tolerance);
}

/** The entry is written without AM/PM before 1 PM: a time `shifted12` can hold for. */
function writtenAsMorning(r: ResolvedEntry): r is ResolvedEntry & { point: ResolvedPoint } {
  return r.point !== null && r.entry.meridiem === null && !(r.point.localMinutes >= 780);
}

/** The entry, written without AM/PM, is the summary's afternoon time read as morning. */
export function shifted12(r: ResolvedEntry, p: ResolvedPoint, tolerance: number): boolean {
  if (!writtenAsMorning(r)) return false;
  return Math.abs(Math.abs(r.point.instant - p.instant) - HALF_DAY) <= tolerance;
}

/** Widening of every bound, so that rounding never drops a candidate (each is checked exactly). */
const EPSILON = 1e-6;

/**
 * Positions of entries sorted by one number, for "every entry whose number lies in [lo, hi]".
 * Built from the number of each position (NaN for an entry left out: a key that is not a
 * finite number is within no bound, and every predicate asked compares it with one).
 */
class Sorted {
  private constructor(private readonly keys: Float64Array, private readonly at: Uint32Array) {}

  static of(raw: Float64Array): Sorted {
    let count = 0;
    let ascending = true;
    let previous = -Infinity;
    for (let i = 0; i < raw.length; i++) {
      const k = raw[i] as number;
      if (!Number.isFinite(k)) continue;
      count++;
      if (k < previous) ascending = false;
      previous = k;
    }
    const at = new Uint32Array(count);
    for (let i = 0, n = 0; i < raw.length; i++) if (Number.isFinite(raw[i] as number)) at[n++] = i;
    // A timeline is mostly written in order: then its positions are already sorted.
    if (!ascending) at.sort((a, b) => (raw[a] as number) - (raw[b] as number) || a - b);
    return new Sorted(Float64Array.from(at, (i) => raw[i] as number), at);
  }

  /** Calls `visit` on every position whose key is within [lo, hi] (widened by EPSILON). */
  each(lo: number, hi: number, visit: (position: number) => void): void {
    const keys = this.keys;
    let a = 0;
    let b = keys.length;
    const from = lo - EPSILON;
    while (a < b) {
      const m = (a + b) >>> 1;
      if ((keys[m] as number) < from) a = m + 1;
      else b = m;
    }
    const to = hi + EPSILON;
    for (let i = a; i < keys.length && (keys[i] as number) <= to; i++) visit(this.at[i] as number);
  }
}

/** The numbers the index sorts, position by position (NaN where an entry is left out). */
interface Keys { instant: Float64Array; clock: Float64Array; morning: Float64Array }

function keysOf(timed: readonly ResolvedEntry[]): Keys {
  const n = timed.length;
  const keys: Keys = { instant: new Float64Array(n), clock: new Float64Array(n), morning: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const r = timed[i] as ResolvedEntry;
    const p = r.point;
    keys.instant[i] = p ? p.instant : Number.NaN;
    keys.clock[i] = p ? p.localMinutes : Number.NaN;
    keys.morning[i] = writtenAsMorning(r) ? r.point.instant : Number.NaN;
  }
  return keys;
}

function sameKeys(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * The last sorted arrays built, with the numbers they were built from: a keystroke that
 * changes no entry's time (most do not) finds the same numbers at the same positions and
 * takes the arrays as they are (positions are kept, and read against the new timeline). One
 * timeline is kept, with the references its keys were read from (`Seen`): they keep that
 * timeline's entries alive until another timeline is indexed, a bounded cost (one document's
 * entries) for not loading them again on every keystroke.
 */
let last: { keys: Keys; byInstant: Sorted; morning: Sorted; byClock: Sorted; seen: Seen } | null = null;

/** What the keys were read from, position by position: the point, the entry and its meridiem. */
interface Seen { points: (ResolvedPoint | null)[]; entries: object[]; meridiems: (string | null)[] }

/**
 * The keys of `timed`: the last ones when every position holds the same point object and an
 * entry with the same meridiem as then (the numbers are theirs alone, and neither changes once
 * made), which a keystroke in an entry's words leaves so (the resolution keeps its points, and
 * only the edited entry is a new object); else read again. An entry that is the same object
 * as then is not read: the walk compares references in dense arrays instead of loading every
 * entry's point and words (~1 ms a keystroke at 10,000 lines, server CPU profile).
 */
function keysFor(timed: readonly ResolvedEntry[], kept: typeof last, seen: Seen): Keys {
  const was = kept?.seen;
  let same = was !== undefined && was.points.length === timed.length;
  for (let i = 0; i < timed.length; i++) {
    const r = timed[i] as ResolvedEntry;
    seen.points[i] = r.point;
    seen.entries[i] = r.entry;
    if (same && was && was.points[i] === r.point && was.entries[i] === r.entry) {
      seen.meridiems[i] = was.meridiems[i] ?? null;
      continue;
    }
    const m = r.entry.meridiem;
    seen.meridiems[i] = m;
    if (same && !(was && was.points[i] === r.point && was.meridiems[i] === m)) same = false;
  }
  return same && kept ? kept.keys : keysOf(timed);
}

/** The timed entries of one resolved timeline, by instant and by clock time. */
export class MomentIndex {
  private readonly byInstant: Sorted;
  /** Entries written without AM/PM before 1 PM (the ones `shifted12` can hold for), by instant. */
  private readonly morning: Sorted;
  /** Every entry by its clock time (minutes after local midnight). */
  private readonly byClock: Sorted;

  constructor(private readonly timed: readonly ResolvedEntry[]) {
    const kept = last;
    const n = timed.length;
    const seen: Seen = { points: new Array<ResolvedPoint | null>(n), entries: new Array<object>(n), meridiems: new Array<string | null>(n) };
    const keys = keysFor(timed, kept, seen);
    const reuse = (pick: (k: Keys) => Float64Array, sorted: (l: NonNullable<typeof last>) => Sorted): Sorted =>
      kept && (pick(kept.keys) === pick(keys) || sameKeys(pick(kept.keys), pick(keys))) ? sorted(kept) : Sorted.of(pick(keys));
    this.byInstant = reuse((k) => k.instant, (l) => l.byInstant);
    this.morning = reuse((k) => k.morning, (l) => l.morning);
    this.byClock = reuse((k) => k.clock, (l) => l.byClock);
    last = { keys, byInstant: this.byInstant, morning: this.morning, byClock: this.byClock, seen };
  }

  /** The first entry, in document order, that `agrees` with `p` within `tolerance` and passes `also`. */
  firstAgreeing(p: ResolvedPoint, tolerance: number, also?: (r: ResolvedEntry) => boolean): ResolvedEntry | undefined {
    return this.first((visit) => {
      this.byInstant.each(p.instant - tolerance, p.instant + tolerance, visit);
      this.byClock.each(p.localMinutes - tolerance, p.localMinutes + tolerance, visit);
      this.shiftedCandidates(p, tolerance, visit);
    }, (r) => agrees(r, p, tolerance) && (!also || also(r)));
  }

  /** Does any entry `agree` with `p` within `tolerance` (and pass `also`)? */
  someAgreeing(p: ResolvedPoint, tolerance: number, also?: (r: ResolvedEntry) => boolean): boolean {
    return this.firstAgreeing(p, tolerance, also) !== undefined;
  }

  /** The first entry, in document order, for which `shifted12(r, p, tolerance)` holds. */
  firstShifted(p: ResolvedPoint, tolerance: number): ResolvedEntry | undefined {
    return this.first((visit) => this.shiftedCandidates(p, tolerance, visit), (r) => shifted12(r, p, tolerance));
  }

  /**
   * The first entry, in document order, whose clock time is within `tolerance` of `p`'s and
   * that passes `also`, which must itself require that bound (the bound only narrows the
   * candidates, widened by EPSILON).
   */
  firstAtClock(p: ResolvedPoint, tolerance: number, also: (r: ResolvedEntry) => boolean): ResolvedEntry | undefined {
    return this.first((visit) => this.byClock.each(p.localMinutes - tolerance, p.localMinutes + tolerance, visit), also);
  }

  /** Of the positions `candidates` visits (in any order, some twice), the first in document order whose entry passes `test`. */
  private first(candidates: (visit: (position: number) => void) => void, test: (r: ResolvedEntry) => boolean): ResolvedEntry | undefined {
    let best = -1;
    candidates((i) => {
      if ((best === -1 || i < best) && test(this.timed[i] as ResolvedEntry)) best = i;
    });
    return best === -1 ? undefined : this.timed[best];
  }

  private shiftedCandidates(p: ResolvedPoint, tolerance: number, visit: (position: number) => void): void {
    this.morning.each(p.instant - HALF_DAY - tolerance, p.instant - HALF_DAY + tolerance, visit);
    this.morning.each(p.instant + HALF_DAY - tolerance, p.instant + HALF_DAY + tolerance, visit);
  }
}
