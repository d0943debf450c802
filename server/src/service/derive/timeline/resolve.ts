/**
 * The resolved timeline: every entry placed on one time axis once per analysis, after its
 * zone (entry, timeline heading, "All times in X", summary, `postmortem.timeZone`), its date
 * (its own, carried from the entry or day marker before it, else the document's date) and
 * the midnight heuristic are applied. Computed once per analysis by the derived stage
 * (derive/index.ts, `analysis.derived.timeline`): rules, figures, hover, inlay hints and
 * code lens all read that one result. Calling this computes afresh.
 */
import type { Postmortem, Section, SummaryFacts, TimelineEntry } from '../../model/schema';
import type { ResolvedConfig } from '../../config/schema';
import { baseDate, entryDate, epochDay } from './dates';
import { configuredIana, zoneInfo, zoneOffset } from './zone-cache';
import type { CalendarDate, DateSource, ResolvedEntry, ResolvedPoint, ResolvedTimeline, ResolvedZone, ZoneSource } from './types';
import { equalShifted } from '../../model/incremental-lines';

/** A backwards step of more than this reads as crossing midnight (the forward step is shorter). */
const HALF_DAY = 720;
/** A midnight crossing up to this long (23:55 -> 00:10) is ordinary; longer is suspicious. */
export const SHORT_ROLLOVER = 180;
/** Year of the fictive day used when the document gives no date at all. */
const FICTIVE: CalendarDate = { year: 2000, month: 1, day: 1 };

export function resolveTimeline(model: Postmortem, config: Pick<ResolvedConfig, 'timeZone'>): ResolvedTimeline {
  return compute(model, config.timeZone);
}

/**
 * The resolution of the version before, for the next one: its model, its lines' places in
 * the next version (`lines`: -1 for a line without a counterpart; see resolveTimelineAfter)
 * and what it resolved to.
 */
export interface EarlierResolution {
  model: Postmortem;
  timeZone: string;
  timeline: ResolvedTimeline;
  lines: (line: number) => number;
}

/** The year a resolution took when the document gives no date (the current one). */
const fallbackYear = new WeakMap<ResolvedTimeline, number>();

/**
 * `resolveTimeline`, reusing the version before's resolution when nothing it reads changed
 * (an edit in an entry's text, in the root cause, in the tasks): every entry's time, date,
 * day marker, zone and place among the timeline's sections, the sections, the summary's
 * times, the stated zones and the document's dates. Its entries are then the earlier ones
 * pointed at this version's entries (a copy of 10,000 small objects instead of placing
 * 10,000 times again: 0.3 ms for 8 ms). `earlier.lines` must be injective and keep the
 * order of lines (lineMap, with the edited lines kept where they stayed): the resolution
 * compares lines only with each other, so it is the same for lines relabelled that way.
 */
export function resolveTimelineAfter(earlier: EarlierResolution, model: Postmortem, config: Pick<ResolvedConfig, 'timeZone'>): ResolvedTimeline {
  const prev = earlier.model;
  const map = earlier.lines;
  const same = earlier.timeZone === config.timeZone && prev.timeline.length === model.timeline.length
    && equalShifted(model.sections, prev.sections, map) && equalShifted(model.summary, prev.summary, map)
    && equalShifted(model.allTimesZone, prev.allTimesZone, map) && equalShifted(model.title?.date ?? null, prev.title?.date ?? null, map)
    && equalShifted(model.frontMatter?.date ?? null, prev.frontMatter?.date ?? null, map)
    && sameEntryInputs(model.timeline, prev.timeline, map)
    && (baseDate(model) !== null || fallbackYear.get(earlier.timeline) === new Date().getFullYear());
  if (!same) return compute(model, config.timeZone);
  if (model.timeline === prev.timeline) return earlier.timeline;
  return repointed(earlier.timeline, model.timeline);
}

/** Entry by entry, what the resolution reads of it is the same (its event text aside). */
function sameEntryInputs(next: readonly TimelineEntry[], prev: readonly TimelineEntry[], map: (line: number) => number): boolean {
  for (let i = 0; i < next.length; i++) {
    const a = next[i];
    const b = prev[i];
    if (a === b) continue;
    if (!a || !b) return false;
    if (a.line !== map(b.line) || a.minutes !== b.minutes || a.meridiem !== b.meridiem || a.timeText !== b.timeText) return false;
    if ((a.zone === null) !== (b.zone === null) || a.zone?.text !== b.zone?.text) return false;
    if (!equalShifted(a.date, b.date, map) || !equalShifted(a.day ?? null, b.day ?? null, map)) return false;
  }
  return true;
}

/** The previous timed entry of `r` in `tl` (null for the first of a sequence). */
export function previousOf(tl: ResolvedTimeline, r: ResolvedEntry): ResolvedEntry | null {
  return r.previousIndex === null ? null : tl.entries[r.previousIndex] ?? null;
}

/**
 * The earlier resolution with its entries pointing at `timeline` (the same entries, index by
 * index): a resolved entry whose entry is the same object is kept as it is (its link to the
 * one before is an index), only those of entries read again are new. Copying every resolved
 * entry after the edited one was ~3 MB and ~10 ms a keystroke at 100,000 lines.
 */
function repointed(earlier: ResolvedTimeline, timeline: readonly TimelineEntry[]): ResolvedTimeline {
  const entries: ResolvedEntry[] = new Array<ResolvedEntry>(earlier.entries.length);
  for (let i = 0; i < earlier.entries.length; i++) {
    const r = earlier.entries[i] as ResolvedEntry;
    const e = timeline[i] as TimelineEntry;
    entries[i] = r.entry === e ? r : { entry: e, index: r.index, point: r.point, step: r.step, sinceStart: r.sinceStart, anomaly: r.anomaly, previousIndex: r.previousIndex };
  }
  const timed = earlier.timed.map((r) => entries[r.index] as ResolvedEntry);
  const out: ResolvedTimeline = { ...earlier, entries, timed };
  const year = fallbackYear.get(earlier);
  if (year !== undefined) fallbackYear.set(out, year);
  return out;
}

interface ZoneChain {
  heading: (line: number) => Section | undefined;
  fallback: { text: string; source: ZoneSource } | null;
  year: number;
  prefer: string | undefined;
  zones: Map<string, ResolvedZone>;
}

function zoneOf(text: string, source: ZoneSource, chain: ZoneChain): ResolvedZone {
  // One object per distinct zone text and source in a resolution: entries share it.
  const key = `${source}|${text}`;
  let z = chain.zones.get(key);
  if (!z) {
    z = { text, source, info: zoneInfo(text, chain.year, chain.prefer) };
    chain.zones.set(key, z);
  }
  return z;
}

function documentFallback(model: Postmortem, tz: string): { text: string; source: ZoneSource } | null {
  if (model.allTimesZone) return { text: model.allTimesZone.text, source: 'all-times' };
  if (model.summary.zone) return { text: model.summary.zone.text, source: 'summary' };
  if (tz.trim() !== '') return { text: tz.trim(), source: 'config' };
  return null;
}

function entryZone(e: TimelineEntry, chain: ZoneChain): ResolvedZone | null {
  if (e.zone) return zoneOf(e.zone.text, 'entry', chain);
  const sec = chain.heading(e.line);
  if (sec?.zone) return zoneOf(sec.zone, 'heading', chain);
  return chain.fallback ? zoneOf(chain.fallback.text, chain.fallback.source, chain) : null;
}

function place(local: number, date: CalendarDate | null, dayOffset: number, zone: ResolvedZone | null): { instant: number; offset: number } {
  const d = date ?? FICTIVE;
  const offset = zone?.info ? zoneOffset(zone.info, d) ?? 0 : 0;
  return { instant: (epochDay(d) + dayOffset) * 1440 + local - offset, offset };
}

function point(
  local: number, date: CalendarDate | null, dateSource: DateSource | null, zone: ResolvedZone | null,
  dayOffset: number, shifted12h: boolean,
): ResolvedPoint {
  const p = place(local, date, dayOffset, zone);
  return { localMinutes: local, date, dateSource, zone, offsetMinutes: p.offset, instant: p.instant, dayOffset, shifted12h };
}

/** True when the timeline writes 24-hour times somewhere (`14:30`, `09:15`, `00:10`). */
function writes24h(entries: readonly TimelineEntry[]): boolean {
  return entries.some((e) => e.minutes !== null && e.meridiem === null && (e.minutes >= 780 || /^\D*0\d/.test(e.timeText)));
}

function compute(model: Postmortem, tz: string): ResolvedTimeline {
  const base = baseDate(model);
  const sections = model.sections.filter((s) => s.kinds.includes('timeline'));
  const chain: ZoneChain = {
    heading: (line) => sections.find((s) => s.contentStart <= line && line < s.end),
    fallback: documentFallback(model, tz),
    year: base?.date.year ?? new Date().getFullYear(),
    prefer: configuredIana(tz),
    zones: new Map(),
  };
  const has24h = writes24h(model.timeline);
  const entries: ResolvedEntry[] = [];
  const timed: ResolvedEntry[] = [];
  let carried: CalendarDate | null = base?.date ?? null;
  let carriedSource: DateSource | null = base?.source ?? null;
  let dayOffset = 0;
  let dayLine = -1;
  let rollovers = 0;
  let shifted = false;
  let prev: ResolvedEntry | null = null;
  let prevSection: Section | undefined;
  model.timeline.forEach((e, index) => {
    // A second timeline section (a recap, a later phase) starts its own sequence: no order
    // or midnight reading across the boundary. A section headed by a date (`## Mar 4`)
    // continues the timeline on that day.
    const section = chain.heading(e.line);
    const dayHeading = section !== undefined && e.day?.range.start.line === section.line;
    if (prev && section !== prevSection && !dayHeading) { prev = null; dayOffset = 0; }
    const own = e.date ? entryDate(e.date, base?.date ?? null) : null;
    if (own) { carried = own; carriedSource = 'entry'; dayOffset = 0; } else if (e.day && e.day.range.start.line !== dayLine) {
      // The first entry under a day marker (`2019-01-22`, `## Mar 4`): that day from here on.
      dayLine = e.day.range.start.line;
      // A marker with no year (`1/30`) in a document that dates nothing else still starts a new
      // day: it is read in the year of the day before it (or a fixed one), which orders the days.
      const d = entryDate(e.day, base?.date ?? null) ?? (e.day.year === null ? { year: carried?.year ?? FICTIVE.year, month: e.day.month, day: e.day.day } : null);
      if (d) { carried = d; carriedSource = 'entry'; dayOffset = 0; }
    }
    const r: ResolvedEntry = { entry: e, index, point: null, step: null, sinceStart: null, anomaly: null, previousIndex: prev?.index ?? null };
    entries.push(r);
    if (e.minutes === null) return;
    const zone = entryZone(e, chain);
    const source: DateSource | null = own ? 'entry' : carriedSource === 'entry' ? 'carried' : carriedSource;
    let local = e.minutes;
    let p = point(local, carried, source, zone, dayOffset, false);
    if (prev?.point && !own && p.instant < prev.point.instant) {
      const back = prev.point.instant - p.instant;
      const hour = Math.floor(local / 60);
      if (!has24h && e.meridiem === null && hour >= 1 && hour < 12 && back <= HALF_DAY && HALF_DAY - back <= SHORT_ROLLOVER) {
        // `11:40`, `12:10`, `1:05`: 12-hour times written without a meridiem, read as a short
        // step past noon (a longer one stays an order error).
        local += HALF_DAY;
        shifted = true;
        p = point(local, carried, source, zone, dayOffset, true);
      } else if (back > HALF_DAY) {
        dayOffset++;
        rollovers++;
        p = point(local, carried, source, zone, dayOffset, false);
        if (p.instant - prev.point.instant > SHORT_ROLLOVER) r.anomaly = 'midnight';
      }
    }
    r.point = p;
    if (prev?.point) {
      r.step = p.instant - prev.point.instant;
      if (r.step < 0) r.anomaly = 'order';
    }
    timed.push(r);
    prev = r;
    prevSection = section;
  });
  const docZone = documentZone(sections, chain);
  const summaryStart = summaryPoint(model.summary.start, model, chain, base, docZone);
  let summaryEnd = summaryPoint(model.summary.end, model, chain, base, docZone);
  if (summaryStart && summaryEnd && summaryEnd.instant < summaryStart.instant && model.summary.end?.date?.iso === model.summary.start?.date?.iso) {
    summaryEnd = { ...summaryEnd, instant: summaryEnd.instant + 1440, dayOffset: 1 };
  }
  const start = summaryStart?.instant ?? timed[0]?.point?.instant ?? null;
  if (start !== null) for (const r of timed) r.sinceStart = (r.point?.instant ?? start) - start;
  const out: ResolvedTimeline = {
    entries, timed, dated: base !== null, documentZone: docZone,
    summaryStart, summaryEnd, start, rollovers, shifted,
  };
  if (!base) fallbackYear.set(out, chain.year);
  return out;
}

function documentZone(sections: readonly Section[], chain: ZoneChain): ResolvedZone | null {
  const heading = sections.find((s) => s.zone !== null)?.zone;
  if (heading) return zoneOf(heading, 'heading', chain);
  return chain.fallback ? zoneOf(chain.fallback.text, chain.fallback.source, chain) : null;
}

function summaryPoint(
  p: SummaryFacts['start'], model: Postmortem, chain: ZoneChain, base: ReturnType<typeof baseDate>,
  docZone: ResolvedZone | null,
): ResolvedPoint | null {
  if (!p) return null;
  const zoneText = p.zone ?? model.summary.zone?.text ?? null;
  const zone = zoneText ? zoneOf(zoneText, 'summary', chain) : docZone ?? uniqueEntryZone(model, chain);
  const own = p.date ? entryDate(p.date, base?.date ?? null) : null;
  const date = own ?? base?.date ?? null;
  return point(p.minutes, date, own ? 'summary' : base?.source ?? null, zone, 0, false);
}

/** The one zone every zoned entry writes (`12:30 PM EST` throughout), for the summary's times. */
function uniqueEntryZone(model: Postmortem, chain: ZoneChain): ResolvedZone | null {
  let text: string | null = null;
  for (const e of model.timeline) {
    if (!e.zone) continue;
    if (text !== null && e.zone.text.toUpperCase() !== text.toUpperCase()) return null;
    text = e.zone.text;
  }
  return text === null ? null : zoneOf(text, 'entry', chain);
}
