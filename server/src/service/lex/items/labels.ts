/**
 * Priority, status, tracking and type of an item, from the text or a table column. Bare
 * words such as "high" or "low" are only read as a priority when they are marked as one
 * ("High priority", "Priority: high", "(High)", "**High**", "High:" at the start), because
 * items routinely say "high CPU usage" or "low latency".
 */
import { cellHit, findCell, isPlaceholder, stripMarkup } from './cells';
import type { Hit } from './position';
import { allMatches } from '../../text/matches';

const PRIORITY_WORD = String.raw`(?:critical|urgent|high|medium|med|low|immediate|short[- ]term|mid[- ]term|medium[- ]term|long[- ]term)`;
const PRIORITY_PATTERNS: RegExp[] = [
  /(?<![\w-])[Pp][0-4](?![\w-])/,
  new RegExp(String.raw`\bpriority\s*[:=-]?\s*(${PRIORITY_WORD})\b`, 'i'),
  new RegExp(String.raw`\b(${PRIORITY_WORD})(?:\s*-\s*|\s+)priority\b`, 'i'),
  new RegExp(String.raw`[([](${PRIORITY_WORD})[)\]]`, 'i'),
  new RegExp(String.raw`\*\*(${PRIORITY_WORD})\*\*`, 'i'),
  new RegExp(String.raw`^\s*(${PRIORITY_WORD})\s*[:–—]`, 'i'),
];
const PRIORITY_COLUMN = /^(?:priority|prio|pri|urgency|horizon|term|timeframe|severity)$/;

function groupHit(m: RegExpExecArray): Hit {
  const g = m[1] ?? m[0];
  const start = m.index + m[0].indexOf(g);
  return { start, end: start + g.length, text: g };
}

export function findPriority(text: string, cells?: Record<string, string>): Hit | null {
  const cell = findCell(cells, PRIORITY_COLUMN);
  if (cell !== null) return isPlaceholder(cell) ? null : cellHit(text, cell);
  for (const re of PRIORITY_PATTERNS) {
    const m = re.exec(text);
    if (m) return groupHit(m);
  }
  return null;
}

const DONE_WORDS = /^(?:done|completed?|closed|fixed|resolved|shipped|finished|yes|y|x|✓|✔|✅|true)$/i;
const OPEN_WORDS = /^(?:todo|to do|open|in[- ]progress|wip|pending|planned|not started|ongoing|blocked|no|n|false|new|backlog)$/i;
const STATUS_COLUMN = /^(?:status|state|done|progress)$/;

function statusOf(word: string): 'open' | 'done' | null {
  const w = stripMarkup(word).replace(/\s+/g, ' ');
  if (DONE_WORDS.test(w)) return 'done';
  if (OPEN_WORDS.test(w)) return 'open';
  return null;
}

/** DONE/TODO/WIP in capitals, `Status: done`, `(in progress)`, `[Done]`, ✅, or a Status column. */
export function findStatus(text: string, cells?: Record<string, string>): 'open' | 'done' | null {
  const cell = findCell(cells, STATUS_COLUMN);
  if (cell !== null) return statusOf(cell);
  const labelled = /\bstatus\s*[:=-]\s*([A-Za-z][A-Za-z -]*?)(?=[,;.)\]|]|$)/i.exec(text);
  if (labelled?.[1]) {
    const s = statusOf(labelled[1]);
    if (s) return s;
  }
  const bracketed = /[([]\s*(done|completed?|closed|fixed|resolved|todo|open|in[- ]progress|wip|pending|planned|ongoing|blocked)\s*[)\]]/i.exec(text);
  if (bracketed?.[1]) return statusOf(bracketed[1]);
  const caps = /\b(DONE|COMPLETED?|CLOSED|TODO|WIP|IN PROGRESS|OPEN)\b/.exec(text);
  if (caps?.[1]) return statusOf(caps[1]);
  if (/✅|✔/.test(text)) return 'done';
  // A status, not an adjective: `in progress` closing a clause, never `in-progress metrics`.
  if (/\bin[- ]progress\s*(?:[.;,)\]|]|$)/i.test(text)) return 'open';
  return null;
}

const TRACKING_COLUMN = /^(?:bug|bugs|ticket|tickets|issue|issues|tracking|tracker|link|jira|pr|reference|ref)$/;
/** Keys that look like `ABC-123` but are not tickets. */
export const NOT_A_KEY: ReadonlySet<string> = new Set(['SEV', 'UTC', 'GMT', 'ISO', 'RFC', 'HTTP', 'TLS', 'COVID', 'IPV', 'UTF', 'SHA', 'MD', 'WAT', 'EAT', 'EST', 'PST', 'CET']);
/** A ticket key (`JIRA-123`; `NOT_A_KEY` prefixes aside) and a ticket number (`#123`). */
const TICKET_KEY = /(?<![\w-])([A-Z][A-Z0-9]{1,9})-\d+(?![\w-])/g;
const TICKET_NUMBER = /(?<![\w&#/])#\d+\b/;
/** Every `#123` of a line (global, for allMatches). */
const TICKET_NUMBERS = new RegExp(TICKET_NUMBER.source, 'g');
const TRACKING_PATTERNS: RegExp[] = [
  // Link text and target exclude their own opening bracket: a run of `[` or `](` then costs one
  // scan, not one per bracket (the old form was quadratic on `[[[[...`; a nested `[a [b](u)`
  // now matches its inner link, which is the one that renders).
  /\[[^[\]\n]*\]\([^()\s]+(?:\s+"[^"]*")?\)/, // a Markdown link
  /<?https?:\/\/[^\s<>)\]|]+[^\s<>)\].,;:!?'"|]/, // a bare URL
  TICKET_KEY, // JIRA-123
  TICKET_NUMBER, // #123
];

const LINK_OR_URL = /\[[^[\]\n]*\]\([^()\s]*\)|<?https?:\/\/[^\s<>)\]|]+/g;

/**
 * Every ticket reference in a line of prose: `ABC-123` (not `UTF-8` or `SEV-1`) and `#123`,
 * outside Markdown links and URLs (those already link somewhere). Offsets in `text`.
 */
export function ticketReferences(text: string): { start: number; end: number; text: string }[] {
  const taken: [number, number][] = [];
  for (const m of allMatches(text, LINK_OR_URL)) taken.push([m.index, m.index + m[0].length]);
  const free = (a: number, b: number): boolean => !taken.some(([s, e]) => a < e && b > s);
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of allMatches(text, TICKET_KEY)) {
    if (!NOT_A_KEY.has(m[1] ?? '') && free(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const m of allMatches(text, TICKET_NUMBERS)) if (free(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out.sort((a, b) => a.start - b.start);
}

export function findTracking(text: string, cells?: Record<string, string>): Hit | null {
  const cell = findCell(cells, TRACKING_COLUMN);
  if (cell !== null) return isPlaceholder(cell) ? null : cellHit(text, cell);
  for (const re of TRACKING_PATTERNS) {
    if (re.global) {
      for (const m of allMatches(text, re)) {
        if (!NOT_A_KEY.has(m[1] ?? '')) return { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] };
      }
      continue;
    }
    const m = re.exec(text);
    if (m) {
      const t = m[0].startsWith('<') ? m[0].slice(1) : m[0];
      const start = m.index + m[0].length - t.length;
      return { start, end: start + t.length, text: t };
    }
  }
  return null;
}

const TYPE_COLUMN = /^(?:type|kind|category|class)$/;
type ItemType = 'mitigate' | 'prevent' | 'process';

function typeOf(word: string): ItemType | null {
  const w = stripMarkup(word).toLowerCase();
  if (/^(?:mitigat|repair|fix|remediat|corrective)/.test(w)) return 'mitigate';
  if (/^(?:prevent|detect|monitor)/.test(w)) return 'prevent';
  if (/^(?:process|procedur|document|communicat|training|people)/.test(w)) return 'process';
  return null;
}

/** `Type: process`, `(mitigate)`, `[prevention]`, `**Prevent**`, a leading `Prevent ...`, or a Type column. */
export function findType(text: string, cells?: Record<string, string>): ItemType | null {
  const cell = findCell(cells, TYPE_COLUMN);
  if (cell !== null) return typeOf(cell);
  const labelled = /\btype\s*[:=]\s*([A-Za-z-]+)/i.exec(text)
    ?? /[([]\s*(mitigat\w*|prevent\w*|process)\s*[)\]]/i.exec(text)
    ?? /\*\*(mitigat\w*|prevent\w*|process)\*\*/i.exec(text)
    ?? /^\s*(mitigat\w*|prevent\w*|process)\s*:/i.exec(text);
  if (labelled?.[1]) return typeOf(labelled[1]);
  const leading = /^\s*(Mitigate|Prevent)\b/.exec(text);
  return leading?.[1] ? typeOf(leading[1]) : null;
}
