/**
 * Key figures of an incident, from the summary and the resolved timeline: start, detection,
 * mitigation, resolution, end; duration, time to detect, to mitigate, to resolve. Shared by
 * the code lens, the `postmortem/figures` request and the preview.
 */
import type { Range } from '../../text/source-text';
import type { Postmortem } from '../../model/schema';
import type { ResolvedConfig } from '../../config/schema';
import { resolveTimeline } from '../timeline/resolve';
import { settledRestoration, wordsReader } from '../timeline/restoration';
import { pointText, stepText, usesTwelveHour } from '../timeline/format';
import { formatDuration } from '../../lex/time/durations';
import { entryOutcomes, type EntryOutcomes } from '../timeline/outcomes';
import { isoOf } from '../timeline/dates';
import type { ResolvedEntry, ResolvedPoint, ResolvedTimeline } from '../timeline/types';

export interface FigurePoint {
  /** Minutes on the document's axis (UTC epoch minutes when `dated`); compare, do not show. */
  minutes: number;
  /** As the document writes it: `12:30 PM EST`. */
  text: string;
  /** YYYY-MM-DD when the document gives a date. */
  date: string | null;
  zone: string | null;
  /** Where it was read: the summary's time or a timeline entry's time. */
  source: 'summary' | 'timeline';
  range: Range;
  /** Minutes from the start (T+). */
  sinceStart: number;
}

export interface FigureSpan {
  minutes: number;
  /** `2h`, `1h 5m`, `0m`. */
  text: string;
}

export interface Figures {
  start: FigurePoint | null;
  detection: FigurePoint | null;
  mitigation: FigurePoint | null;
  resolution: FigurePoint | null;
  end: FigurePoint | null;
  duration: FigureSpan | null;
  timeToDetect: FigureSpan | null;
  timeToMitigate: FigureSpan | null;
  timeToResolve: FigureSpan | null;
  /** True when instants carry a real date (so `minutes` are UTC epoch minutes). */
  dated: boolean;
}

function figure(p: ResolvedPoint, twelve: boolean, source: FigurePoint['source'], range: Range, start: number): FigurePoint {
  return {
    minutes: p.instant, text: pointText(p, twelve), date: p.date ? isoOf(p.date) : null, zone: p.zone?.text ?? null,
    source, range, sinceStart: p.instant - start,
  };
}

function fromEntry(r: ResolvedEntry | undefined, twelve: boolean, start: number): FigurePoint | null {
  return r?.point ? figure(r.point, twelve, 'timeline', r.entry.timeRange, start) : null;
}

function span(a: FigurePoint | null, b: FigurePoint | null): FigureSpan | null {
  if (!a || !b) return null;
  const m = b.minutes - a.minutes;
  return m < 0 ? null : { minutes: m, text: formatDuration(m) };
}

/** The figures of a model alone (computed afresh; an analysis has them in `derived.figures`). */
export function computeFigures(model: Postmortem, config: Pick<ResolvedConfig, 'timeZone'>): Figures {
  return figuresOf(model, resolveTimeline(model, config), entryOutcomes(model, null));
}

export function figuresOf(model: Postmortem, tl: ResolvedTimeline, says: EntryOutcomes): Figures {
  const s = model.summary;
  const timed = tl.timed;
  const twelve = timed.length > 0 ? usesTwelveHour(model.timeline) : /[ap]\.?m/i.test(s.start?.text ?? '');
  const origin = tl.start ?? 0;
  const start = tl.summaryStart && s.start
    ? figure(tl.summaryStart, twelve || /[ap]\.?m/i.test(s.start.text), 'summary', s.start.range, origin)
    : fromEntry(timed[0], twelve, origin);
  const detection = fromEntry(timed.find((r) => says.detection(r.index)), twelve, origin);
  // The restoration that holds: after a relapse the later one. One passed over (a fix for a
  // part, one a relapse undid) brought some service back for a while: a mitigation.
  const settled = settledRestoration(timed, wordsReader((r) => says.resolved(r.index), (r) => r.entry.text));
  const resolutionEntry = settled?.entry;
  const passed = new Set(settled?.passed ?? []);
  const after = detection ? timed.filter((r) => (r.point?.instant ?? 0) >= detection.minutes) : timed;
  const mitigation = fromEntry(
    after.find((r) => (says.mitigation(r.index) || passed.has(r)) && r !== resolutionEntry && !undone(r, timed, says)) ?? resolutionEntry, twelve, origin,
  );
  const resolution = fromEntry(resolutionEntry, twelve, origin)
    ?? (tl.summaryEnd && s.end ? figure(tl.summaryEnd, twelve || /[ap]\.?m/i.test(s.end.text), 'summary', s.end.range, origin) : null);
  const end = tl.summaryEnd && s.end
    ? figure(tl.summaryEnd, twelve || /[ap]\.?m/i.test(s.end.text), 'summary', s.end.range, origin)
    : resolution ?? fromEntry(timed[timed.length - 1], twelve, origin);
  let duration = span(start, end);
  if (!duration && s.duration) duration = { minutes: s.duration.minutes, text: formatDuration(s.duration.minutes) };
  return {
    start, detection, mitigation, resolution, end, duration,
    timeToDetect: span(start, detection), timeToMitigate: span(start, mitigation), timeToResolve: span(start, resolution),
    dated: tl.dated,
  };
}

/**
 * An action the writer says did not work, in its own entry ("restarted, but errors
 * persisted") or in the next one ("the rollback did not fix the issue"): no mitigation.
 */
function undone(r: ResolvedEntry, timed: readonly ResolvedEntry[], says: EntryOutcomes): boolean {
  if (says.didNotWork(r.index)) return true;
  const next = timed[timed.indexOf(r) + 1];
  return next !== undefined && says.didNotWork(next.index);
}

/** One line for a code lens: `Start 12:30 PM EST · Detected +0m · ... · Duration 2h`. */
export function figuresSummary(f: Figures): string {
  const parts: string[] = [];
  if (f.start) parts.push(`Start ${f.start.text}`);
  if (f.detection) parts.push(`Detected ${stepText(f.detection.sinceStart)}`);
  if (f.mitigation) parts.push(`Mitigated ${stepText(f.mitigation.sinceStart)}`);
  if (f.resolution) parts.push(`Resolved ${f.resolution.text}`);
  if (f.end && f.end !== f.resolution && f.end.text !== f.resolution?.text) parts.push(`End ${f.end.text}`);
  if (f.duration) parts.push(`Duration ${f.duration.text}`);
  return parts.join(' · ');
}
