/**
 * The timeline as an inline SVG: a vertical time axis, one marker per entry placed by its
 * minutes from the start (bumped down so labels never overlap), detection, mitigation and
 * resolution marked by shape and colour, the elapsed time on the left and the escaped event
 * text on the right. Colours come from classes in the preview's stylesheet (the CSP forbids
 * style attributes), so the theme applies.
 */
import type { PreviewTimelineEntry } from './data';
import { esc, truncate } from './escape';

const ROW = 26; // minimum vertical distance between two entries
const TOP = 18;
const AXIS_X = 124;
const SCALE_PX_PER_MIN = 1.2; // long gaps stretch the axis, capped below
const MAX_GAP = 90;

export function elapsed(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const m = Math.round(Math.abs(minutes));
  const h = Math.floor(m / 60);
  return h > 0 ? `${sign}${h}h${String(m % 60).padStart(2, '0')}` : `${sign}${m}m`;
}

function layout(entries: PreviewTimelineEntry[]): number[] {
  const ys: number[] = [];
  let prevY = TOP - ROW;
  let known: { y: number; min: number } | null = null; // the last entry with a time
  for (const e of entries) {
    let y = prevY + ROW;
    if (e.minutesFromStart !== null && known && e.minutesFromStart > known.min) {
      y = Math.max(y, known.y + Math.min(MAX_GAP, (e.minutesFromStart - known.min) * SCALE_PX_PER_MIN));
    }
    ys.push(y);
    prevY = y;
    if (e.minutesFromStart !== null) known = { y, min: e.minutesFromStart };
  }
  return ys;
}

function marker(kind: PreviewTimelineEntry['kind'], y: number, unknown: boolean): string {
  const cls = `tl-marker ${kind ?? 'event'}${unknown ? ' unknown' : ''}`;
  if (kind === 'detection') return `<path class="${cls}" d="M${AXIS_X} ${y - 7} L${AXIS_X + 7} ${y} L${AXIS_X} ${y + 7} L${AXIS_X - 7} ${y} Z"/>`;
  if (kind === 'resolution') return `<rect class="${cls}" x="${AXIS_X - 6}" y="${y - 6}" width="12" height="12" rx="2"/>`;
  if (kind === 'mitigation') return `<path class="${cls}" d="M${AXIS_X} ${y - 7} L${AXIS_X + 7} ${y + 6} L${AXIS_X - 7} ${y + 6} Z"/>`;
  return `<circle class="${cls}" cx="${AXIS_X}" cy="${y}" r="5"/>`;
}

const KIND_LABEL = { detection: 'Detected', mitigation: 'Mitigated', resolution: 'Resolved' } as const;

export function timelineSvg(entries: PreviewTimelineEntry[]): string {
  if (entries.length === 0) return '<p class="empty">No timeline entries were found.</p>';
  const ys = layout(entries);
  const height = (ys[ys.length - 1] ?? TOP) + TOP;
  const rows = entries.map((e, i) => {
    const y = ys[i] ?? 0;
    const when = e.time ?? '??:??';
    const since = e.minutesFromStart === null ? '' : elapsed(e.minutesFromStart);
    const tag = e.kind ? `<tspan class="tl-kind ${e.kind}">${KIND_LABEL[e.kind]} · </tspan>` : '';
    return `<g class="tl-entry${e.kind ? ` ${e.kind}` : ''}" data-line="${e.line}" tabindex="0" role="button" aria-label="${esc(`${when} ${e.text}`)}">`
      + `<title>${esc(`${when} ${e.text}`)}</title>`
      + `<rect class="tl-hit" x="0" y="${y - ROW / 2}" width="100%" height="${ROW}"/>`
      + `<text class="tl-time" x="8" y="${y + 4}">${esc(when)}</text>`
      + `<text class="tl-since" x="${AXIS_X - 14}" y="${y + 4}" text-anchor="end">${esc(since)}</text>`
      + marker(e.kind, y, e.time === null)
      + `<text class="tl-text" x="${AXIS_X + 16}" y="${y + 4}">${tag}${esc(truncate(e.text, 110))}</text>`
      + '</g>';
  });
  return `<svg class="timeline" role="list" width="100%" height="${height}">`
    + `<line class="tl-axis" x1="${AXIS_X}" y1="${TOP - 8}" x2="${AXIS_X}" y2="${height - TOP + 8}"/>`
    + rows.join('')
    + '</svg>';
}
