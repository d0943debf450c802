/**
 * What the editor shows for a timeline, read from an analysis's derived facts (the resolved
 * timeline and the figures, computed once per analysis): the hover on an entry's time, the
 * inlay hints after each time (`+10m`), and the figures lens. Pure: the LSP features only
 * convert these to protocol shapes.
 */
import type { Position, Range } from '../text/source-text';
import type { Postmortem } from '../model/schema';
import { pointText, stepText, usesTwelveHour, utcText } from '../derive/timeline/format';
import { figuresSummary } from '../derive/figures/index';
import { isoOf } from '../derive/timeline/dates';
import type { ResolvedEntry, ResolvedTimeline } from '../derive/timeline/types';
import { previousOf } from '../derive/timeline/resolve';
import type { TimelineFacts } from '../derive/index';

/** What the views read: an analysis (or anything with its model and derived timeline facts). */
export interface Viewed {
  readonly model: Postmortem;
  readonly derived: TimelineFacts;
}

function inside(r: Range, p: Position): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}

const SOURCE_LABEL: Record<string, string> = {
  entry: 'written on the entry', heading: 'from the timeline heading', 'all-times': 'from the "All times in" line',
  summary: 'from the summary', config: 'from the `postmortem.timeZone` setting',
};

/** Markdown for the hover on a timeline entry's time, or null when `pos` is on none. */
export function timelineHover(a: Viewed, pos: Position): { range: Range; markdown: string } | null {
  const model = a.model;
  const e = model.timeline.find((x) => x.line === pos.line && inside(x.timeRange, pos));
  if (!e) return null;
  const tl = a.derived.timeline;
  const r = tl.entries.find((x) => x.entry === e);
  if (!r) return null;
  if (!r.point) {
    const why = e.status === 'malformed' ? `not a valid time: ${e.problem ?? 'it cannot be read'}` : 'an unknown or approximate time';
    return { range: e.timeRange, markdown: `\`${e.timeText}\` is ${why}.` };
  }
  const p = r.point;
  const twelve = usesTwelveHour(model.timeline);
  const lines: string[] = [];
  const date = p.date && tl.dated ? ` on ${isoOf(p.date)}` : '';
  const zone = p.zone ? ` (zone ${SOURCE_LABEL[p.zone.source] ?? p.zone.source}${p.zone.info?.ambiguous ? ', ambiguous' : ''})` : ' (no time zone known)';
  lines.push(`**${pointText(p, twelve)}**${date}${zone}`);
  const utc = utcText(p);
  if (utc) lines.push(`UTC: ${utc}`);
  if (p.dayOffset > 0) lines.push(`Read as ${p.dayOffset === 1 ? 'the next day' : `${p.dayOffset} days later`} (crossing midnight).`);
  if (p.shifted12h) lines.push('Read as PM: the timeline writes 12-hour times without AM/PM.');
  if (r.sinceStart !== null) lines.push(`T${stepText(r.sinceStart)} from the incident's start`);
  const previous = previousOf(tl, r);
  if (r.step !== null && previous?.point) lines.push(`${stepText(r.step)} from the previous entry (${pointText(previous.point, twelve)})`);
  else lines.push('The first entry with a time.');
  return { range: e.timeRange, markdown: lines.join('\n\n') };
}

export interface StepHint { position: Position; label: string; tooltip: string }

/** `+10m` after each entry's time: the step from the previous timed entry. */
export function timelineStepHints(a: Viewed, range?: Range): StepHint[] {
  const tl = a.derived.timeline;
  const out: StepHint[] = [];
  for (const r of tl.timed) {
    if (r.step === null) continue;
    // After the zone written with the time (`12:40 PM EST +10m`), not between them.
    const z = r.entry.zone?.range;
    const at = z && z.end.line === r.entry.timeRange.end.line && z.end.character > r.entry.timeRange.end.character
      && z.start.character - r.entry.timeRange.end.character <= 2 ? z.end : r.entry.timeRange.end;
    if (range && (at.line < range.start.line || at.line > range.end.line)) continue;
    out.push({ position: at, label: stepText(r.step), tooltip: hintTooltip(tl, r) });
  }
  return out;
}

function hintTooltip(tl: ResolvedTimeline, r: ResolvedEntry): string {
  const prev = previousOf(tl, r)?.entry.timeText ?? '';
  return r.anomaly === 'order' ? `Earlier than the previous entry (${prev}): out of order` : `Step from the previous entry (${prev})`;
}

/** The figures lens above the timeline: its line and title, or null without figures. */
export function figuresLens(a: Viewed): { line: number; title: string } | null {
  const sec = a.model.sections.find((s) => s.kinds.includes('timeline'));
  if (!sec) return null;
  const title = figuresSummary(a.derived.figures);
  return title === '' ? null : { line: sec.line, title };
}
