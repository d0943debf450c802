/**
 * The due date a message gives as an example: two weeks after the incident (the newest date
 * the summary, the title or the timeline states), or after today when the document states
 * none, written the way the document writes its dates (`2023-03-22`, `March 22nd, 2023`,
 * `22 March 2023`). A fixed `2024-06-01` read as a date already past, or in another format.
 */
import type { DateFact, Postmortem } from '../../model/schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_AFTER = 14;

interface Ymd { year: number; month: number; day: number }

function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The newest stated date with a year (a yearless one takes the year of the others, or today's). */
function incidentDate(model: Postmortem, today: Ymd): { date: Ymd; written: DateFact } | null {
  const facts: DateFact[] = [];
  if (model.summary.date) facts.push(model.summary.date);
  if (model.title?.date) facts.push(model.title.date);
  for (const e of model.timeline) {
    const d = e.date ?? e.day;
    if (d) facts.push(d);
  }
  if (facts.length === 0) return null;
  const year = facts.find((f) => f.year !== null)?.year ?? today.year;
  let best: { date: Ymd; written: DateFact } | null = null;
  for (const f of facts) {
    const date = { year: f.year ?? year, month: f.month, day: f.day };
    if (!best || key(date) > key(best.date)) best = { date, written: f };
  }
  return best;
}

function key(d: Ymd): number {
  return d.year * 10000 + d.month * 100 + d.day;
}

function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** `d` in the style of `like` (the text of a date the document writes); ISO when the style is not one of these. */
export function formatLike(d: Ymd, like: string | null): string {
  const iso = `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
  if (like === null) return iso;
  const name = MONTHS[d.month - 1] ?? '';
  const monthFirst = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2})(st|nd|rd|th)?\b(,?\s+\d{4})?/.exec(like);
  const dayFirst = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,})\.?(,?\s+\d{4})?/.exec(like);
  const month = (written: string): string => (written.length <= 4 && written.toLowerCase() !== name.toLowerCase() ? name.slice(0, 3) : name);
  const isMonth = (w: string | undefined): w is string => w !== undefined && MONTHS.some((m) => m.toLowerCase().startsWith(w.toLowerCase().slice(0, 3)));
  if (monthFirst && isMonth(monthFirst[1])) {
    const day = monthFirst[3] ? ordinal(d.day) : String(d.day);
    return `${month(monthFirst[1])} ${day}, ${d.year}`;
  }
  if (dayFirst && isMonth(dayFirst[3])) {
    const day = dayFirst[2] ? ordinal(d.day) : String(d.day);
    return `${day} ${month(dayFirst[3])} ${d.year}`;
  }
  return iso;
}

/** The example due date for this document. `now` is for tests; the default is today. */
export function dueExample(model: Postmortem, now: Date = new Date()): string {
  const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
  const found = incidentDate(model, today);
  const base = found?.date ?? today;
  return formatLike(addDays(base, DAYS_AFTER), found?.written.text ?? null);
}
