/** Display text for resolved times and spans: `12:30 PM EST`, `+10m`, `2 hours and 5 minutes`. */
import { formatClock, to12h } from '../../lex/time/clock';
import { formatDuration } from '../../lex/time/durations';
import type { TimelineEntry } from '../../model/schema';
import type { ResolvedPoint } from './types';

function wrap(m: number): number {
  return ((m % 1440) + 1440) % 1440;
}

/** A time of day in the document's style (12-hour when `twelve`), with a zone label. */
export function clockText(minutes: number, twelve: boolean, zone: string | null): string {
  const m = Math.round(wrap(minutes));
  const h = Math.floor(m / 60);
  const t = twelve ? to12h(h, m % 60) : formatClock(h, m % 60);
  return zone ? `${t} ${zone}` : t;
}

/** A resolved point as the document would write it: `12:30 PM EST`. */
export function pointText(p: ResolvedPoint, twelve: boolean): string {
  return clockText(p.localMinutes, twelve, p.zone?.text ?? null);
}

/** The same instant in UTC (`17:30 UTC`), or null when the zone is unknown. */
export function utcText(p: ResolvedPoint): string | null {
  if (!p.zone?.info) return null;
  return `${clockText(p.localMinutes - p.offsetMinutes, false, null)} UTC`;
}

/** `+10m`, `+1h 5m`, `-5m`, `+0m`. */
export function stepText(minutes: number): string {
  return minutes < 0 ? formatDuration(minutes) : `+${formatDuration(minutes)}`;
}

/** True when the timeline writes 12-hour times (most timed entries carry a meridiem). */
export function usesTwelveHour(entries: readonly TimelineEntry[]): boolean {
  let with12 = 0;
  let timed = 0;
  for (const e of entries) {
    if (e.minutes === null) continue;
    timed++;
    if (e.meridiem !== null) with12++;
  }
  return timed > 0 && with12 * 2 >= timed;
}

/** `2 hours and 5 minutes`, `45 minutes`, `1 day and 2 hours`: for prose replacements. */
export function proseDuration(minutes: number): string {
  let rest = Math.round(Math.abs(minutes));
  const d = Math.floor(rest / 1440);
  rest -= d * 1440;
  const h = Math.floor(rest / 60);
  const m = rest - h * 60;
  const part = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const parts = [d ? part(d, 'day') : '', h ? part(h, 'hour') : '', m ? part(m, 'minute') : ''].filter(Boolean);
  if (parts.length === 0) return '0 minutes';
  return parts.length === 1 ? parts[0] ?? '' : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}
