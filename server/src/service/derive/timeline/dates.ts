/** Calendar helpers for the resolved timeline: the document's base date and day numbers. */
import type { DateFact, Postmortem } from '../../model/schema';
import type { CalendarDate, DateSource } from './types';

export function epochDay(d: CalendarDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromEpochDay(n: number): CalendarDate {
  const dt = new Date(n * 86_400_000);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

export function isoOf(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** The front matter's `date` (read by the model), if it parses. */
export function frontMatterDate(model: Postmortem): CalendarDate | null {
  return model.frontMatter?.date ?? null;
}

function complete(d: DateFact | null | undefined, year: number | null): CalendarDate | null {
  if (!d) return null;
  const y = d.year ?? year;
  return y === null ? null : { year: y, month: d.month, day: d.day };
}

/** The date an entry writes, else the one its day marker sets. */
function dateOf(e: Postmortem['timeline'][number]): DateFact | null {
  return e.date ?? e.day ?? null;
}

/** The year of the first timeline date that writes one. */
function timelineYear(model: Postmortem): number | null {
  for (const e of model.timeline) {
    const y = dateOf(e)?.year;
    if (y !== null && y !== undefined) return y;
  }
  return null;
}

/**
 * The date entries without one fall back to: front matter, the summary's date, the title's,
 * else the first dated timeline entry. Its year also completes dates written without one.
 */
export function baseDate(model: Postmortem): { date: CalendarDate; source: DateSource } | null {
  const fm = frontMatterDate(model);
  if (fm) return { date: fm, source: 'front-matter' };
  const yearHint = model.summary.date?.year ?? model.title?.date?.year ?? timelineYear(model);
  const s = complete(model.summary.date, yearHint);
  if (s) return { date: s, source: 'summary' };
  const t = complete(model.title?.date, yearHint);
  if (t) return { date: t, source: 'title' };
  const first = model.timeline.map(dateOf).find((d) => d !== null);
  const e = complete(first, yearHint);
  return e ? { date: e, source: 'carried' } : null;
}

/**
 * Completes an entry's date. A date written without a year falls in the year that puts it
 * nearest the document's date: `[12-05 16:21]` in a timeline of an incident on 2019-03-26 is
 * 2018-12-05 (the bug that was introduced months before), not nine months after it.
 */
export function entryDate(d: DateFact, base: CalendarDate | null): CalendarDate | null {
  if (d.year !== null || !base) return complete(d, base?.year ?? null);
  const at = epochDay(base);
  let best: CalendarDate | null = null;
  for (const year of [base.year, base.year - 1, base.year + 1]) {
    const c: CalendarDate = { year, month: d.month, day: d.day };
    if (!best || Math.abs(epochDay(c) - at) < Math.abs(epochDay(best) - at)) best = c;
  }
  return best;
}
