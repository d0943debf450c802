/**
 * The timeline as an HTML list: one row per entry with its time as the document writes it
 * (zone included), the elapsed time since the start, a marker on a vertical axis
 * (detection, mitigation and resolution by shape and colour) and the event text, which
 * wraps instead of being cut. The space above an entry grows with the step from the
 * previous timed entry on a log scale, capped; a longer break is drawn as a dashed axis
 * segment that names its length. Spacing and colours are classes of the preview's
 * stylesheet (the CSP forbids style attributes), so the theme applies.
 */
import type { PreviewTimelineEntry } from '../../../../server/src/service/index';
import { esc } from './escape';
import { formatDuration } from '../../../../server/src/service/index';

/** Gap classes `gap-0` .. `gap-${MAX_GAP_STEP}`, each step 4px (style.ts defines them). */
export const MAX_GAP_STEP = 8;
/** From this step on the gap is capped and a labelled break row shows the length instead. */
const BREAK_MINUTES = 180;

export function elapsed(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const m = Math.round(Math.abs(minutes));
  const h = Math.floor(m / 60);
  return h > 0 ? `${sign}${h}h${String(m % 60).padStart(2, '0')}` : `${sign}${m}m`;
}

/** The gap class step (4px each) for a step of `minutes`: 5m→1, 15m→3, 1h→5, 2h→6, capped at 8. */
export function gapStep(minutes: number): number {
  if (!(minutes > 0)) return 0;
  const px = 5 * Math.log2(1 + minutes / 5);
  return Math.min(MAX_GAP_STEP, Math.round(px / 4));
}

/** Minutes from the previous entry that has a time, per entry (null when unknown or first). */
function steps(entries: readonly PreviewTimelineEntry[]): (number | null)[] {
  let last: number | null = null;
  return entries.map((e) => {
    if (e.minutesFromStart === null) return null;
    const step = last === null ? null : e.minutesFromStart - last;
    last = e.minutesFromStart;
    return step;
  });
}

function marker(kind: PreviewTimelineEntry['kind'], unknown: boolean): string {
  const cls = `tl-marker ${kind ?? 'event'}${unknown ? ' unknown' : ''}`;
  const shape = kind === 'detection' ? `<path class="${cls}" d="M0 -6.5 L6.5 0 L0 6.5 L-6.5 0 Z"/>`
    : kind === 'resolution' ? `<rect class="${cls}" x="-5.5" y="-5.5" width="11" height="11" rx="2"/>`
      : kind === 'mitigation' ? `<path class="${cls}" d="M0 -6.5 L6.5 5.5 L-6.5 5.5 Z"/>`
        : `<circle class="${cls}" cx="0" cy="0" r="4.5"/>`;
  return `<span class="tl-mark" aria-hidden="true"><svg viewBox="-8 -8 16 16" width="16" height="16">${shape}</svg></span>`;
}

const KIND_LABEL = { detection: 'Detected', mitigation: 'Mitigated', resolution: 'Resolved' } as const;

export function timelineList(entries: readonly PreviewTimelineEntry[]): string {
  if (entries.length === 0) return '<p class="empty">No timeline entries were found.</p>';
  const gaps = steps(entries);
  const rows = entries.map((e, i) => {
    const step = gaps[i] ?? null;
    const brk = step !== null && step >= BREAK_MINUTES
      ? `<li class="tl-break" aria-hidden="true"><span class="tl-text">${esc(formatDuration(step))} later</span></li>`
      : '';
    const gap = brk || step === null ? 0 : gapStep(step);
    const when = e.clock ?? e.time ?? '??:??';
    const since = e.minutesFromStart === null ? '' : elapsed(e.minutesFromStart);
    const tag = e.kind ? `<span class="tl-kind ${e.kind}">${KIND_LABEL[e.kind]} · </span>` : '';
    return `${brk}<li class="tl-entry${e.kind ? ` ${e.kind}` : ''}${gap ? ` gap-${gap}` : ''}" data-line="${e.line}" tabindex="0" role="button" aria-label="${esc(`${when} ${e.text}`)}">`
      + `<span class="tl-time${e.time === null ? ' unknown' : ''}">${esc(when)}</span>`
      + `<span class="tl-since">${esc(since)}</span>`
      + marker(e.kind, e.time === null)
      + `<span class="tl-text">${tag}${esc(e.text)}</span>`
      + '</li>';
  });
  return `<ol class="timeline">${rows.join('')}</ol>`;
}
