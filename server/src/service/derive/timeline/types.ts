/** The resolved timeline: entries placed on one time axis after zones, dates and midnight. */
import type { ZoneInfo } from '../../lex/time/zones';
import type { TimelineEntry } from '../../model/schema';

/** Where an entry's zone came from, in the order FORMAT.md §3 gives. */
export type ZoneSource = 'entry' | 'heading' | 'all-times' | 'summary' | 'config';
export type DateSource = 'entry' | 'carried' | 'front-matter' | 'summary' | 'title';

export interface ResolvedZone {
  text: string;
  source: ZoneSource;
  /** null when the text names no zone resolveZone knows. */
  info: ZoneInfo | null;
}

export interface CalendarDate { year: number; month: number; day: number }

export interface ResolvedPoint {
  /** Minutes after local midnight, after the 12-hour reading (see `shifted12h`). */
  localMinutes: number;
  /** The local date used (null when the document gives none: a fictive day is used). */
  date: CalendarDate | null;
  dateSource: DateSource | null;
  zone: ResolvedZone | null;
  /** UTC offset applied (0 when the zone is unknown). */
  offsetMinutes: number;
  /**
   * Minutes on one axis: UTC epoch minutes when the document gives a date, else minutes
   * from a fictive day 0. Comparable between the entries and summary points of a document.
   */
  instant: number;
  /** Days added by the midnight heuristic. */
  dayOffset: number;
  /** A meridiem-less time read as PM because the timeline writes 12-hour times without one. */
  shifted12h: boolean;
}

export interface ResolvedEntry {
  entry: TimelineEntry;
  /** Index in model.timeline. */
  index: number;
  /** Null when the entry has no valid time (unknown, malformed, a bare date). */
  point: ResolvedPoint | null;
  /** Minutes from the previous timed entry, and from the incident's start. */
  step: number | null;
  sinceStart: number | null;
  /** 'order': earlier than the entry before it; 'midnight': a long backwards step read as the next day. */
  anomaly: 'order' | 'midnight' | null;
  /**
   * The previous timed entry's index in the timeline's `entries` (for messages and related
   * ranges: `previousOf`). An index, not the entry: a resolution kept after an edit of an
   * entry's words keeps every other resolved entry as it was, where links between objects
   * made all those after the edited one new on every keystroke (resolve.ts, `repointed`).
   */
  previousIndex: number | null;
}

export interface ResolvedTimeline {
  entries: ResolvedEntry[];
  /** The entries with a time, in document order. */
  timed: ResolvedEntry[];
  /** True when instants are real UTC times (a date is known). */
  dated: boolean;
  /** The zone the document gives its timeline (heading, all-times line, summary, config). */
  documentZone: ResolvedZone | null;
  summaryStart: ResolvedPoint | null;
  summaryEnd: ResolvedPoint | null;
  /** The incident's start instant: the summary's start, else the first timed entry. */
  start: number | null;
  /** Days crossed by the midnight heuristic (the sort fix is ambiguous then). */
  rollovers: number;
  /** Any 12-hour reading applied. */
  shifted: boolean;
}
