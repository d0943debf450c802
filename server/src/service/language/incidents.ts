/**
 * One line per postmortem for workspace-wide features: what a person searches an incident by
 * (title, date, service, owner) and where its title is. Workspace symbols (`Ctrl+T`
 * "payments 2023") match every word of the query against these.
 */
import type { Range } from '../text/source-text';
import type { Postmortem } from '../model/schema';
import { documentOwners, frontMatterList } from './completion/owners';

export interface IncidentSummary {
  title: string;
  /** YYYY-MM-DD (or --MM-DD), from the front matter, the title or the summary; null when none. */
  date: string | null;
  services: string[];
  owners: string[];
  /** Where to go: the title, else the first section's header, else the document start. */
  range: Range;
}

const SERVICE_KEYS = ['service', 'services', 'component', 'components', 'system', 'systems', 'product'];

function frontMatterDate(data: Record<string, unknown> | null): string | null {
  const v = data?.date;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return /^\d{4}-\d\d-\d\d/.exec(v)?.[0] ?? null;
  return null;
}

export function incidentSummary(model: Postmortem, fallbackName: string): IncidentSummary {
  const data = model.frontMatter?.data ?? null;
  const title = model.title?.text ?? (typeof data?.title === 'string' ? data.title : null) ?? fallbackName;
  const date = frontMatterDate(data) ?? model.title?.date?.iso ?? model.summary.date?.iso ?? model.summary.start?.date?.iso ?? null;
  const services = SERVICE_KEYS.flatMap((k) => frontMatterList(data?.[k]));
  const first = model.sections[0];
  const range = model.title?.range ?? (first ? first.headerRange : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  return { title, date, services, owners: documentOwners(model), range };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** `2023-03-08` is found by "march" too (people search by month, the index keeps ISO dates). */
function monthName(date: string | null): string {
  const m = date ? /^(?:\d{4}|-)-(\d\d)-/.exec(date) : null;
  return m ? (MONTHS[Number(m[1]) - 1] ?? '') : '';
}

/** Lower-cased, accents kept, punctuation between words made a space. */
function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}@.-]+/gu, ' ');
}

/**
 * Whether every word of the query occurs in the incident (title, date, services, owners, file
 * name), and how well: a higher score sorts first. Null when some word is missing.
 */
export function matchIncident(incident: IncidentSummary, file: string, query: string): number | null {
  const terms = words(query).split(' ').filter(Boolean);
  if (terms.length === 0) return 0;
  const title = words(incident.title);
  const rest = words([incident.date ?? '', monthName(incident.date), ...incident.services, ...incident.owners.map((o) => `@${o} ${o}`), file].join(' '));
  let score = 0;
  for (const t of terms) {
    if (title.includes(t)) score += 2;
    else if (rest.includes(t)) score += 1;
    else return null;
  }
  return score;
}
