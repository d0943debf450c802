/**
 * Summary facts: the incident's date, start and end (with zone), stated duration, impact
 * and root-cause sentence, read from the summary (and impact) sections, or from the text
 * between the title and the first section when there is no summary section.
 */
import { lineRange } from '../text/source-text';
import { findDates } from '../lex/time/dates';
import { findDuration } from '../lex/time/durations';
import { cellOffset, splitCells } from '../lex/table-cells';
import { findTimeRange, findTimes } from '../lex/time/ranges';
import type { TimeToken } from '../lex/time/types';
import type { DocumentLines } from '../parse/document-lines';
import { toDateFact } from './timeline';
import type { Section, SummaryFacts } from './schema';
import { allMatches } from '../text/matches';

type Point = NonNullable<SummaryFacts['start']>;

const SHARE = /\b(?:approximately |about |around |roughly |nearly |over |~)?\d{1,3}(?:\.\d+)?\s?%(?:\s+of\s+(?:our\s+|the\s+|all\s+)?[a-z]+)?/i;
const COUNT = /\b\d[\d,.]*\s*(?:k|m|million|thousand)?\s+(?:users|customers|requests|accounts|clients|orders|transactions|visitors|tenants|merchants|people|students|sites|services)\b/i;
const SERVICE = /\b(?:users|customers|clients|visitors)\b[^.]{0,80}\b(?:unable|could not|couldn't|experienced|affected|impacted|saw|received|were)\b|\b(?:affected|impacted|unavailable|down|degraded)\b[^.]{0,60}\b(?:service|api|app|application|website|site|platform|database|server)\b|\b(?:service|api|app|application|website|site|platform)\b[^.]{0,60}\b(?:unavailable|down|degraded|outage|slow)\b/i;
// The keyword alone, then widened to its sentence: a leading `[^.]*` made the regex
// quadratic on long lines without a match.
const ROOT_CAUSE = /\b(?:root cause|caused by|was due to|due to|because|triggered by|resulted from)\b/i;

function sentenceAround(text: string, at: number): { start: number; text: string } {
  const start = text.lastIndexOf('.', at) + 1;
  const dot = text.indexOf('.', at);
  const end = dot < 0 ? text.length : dot + 1;
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  return { start: start + lead, text: raw.trim() };
}

/** The summary and impact sections, with the sections inside them (`### Duration` under the summary). */
function inSummary(sections: readonly Section[], s: Section): boolean {
  for (let cur: Section | undefined = s, hops = 0; cur && hops < 8; cur = cur.parent === null ? undefined : sections[cur.parent], hops++) {
    if (cur.kinds.includes('summary') || cur.kinds.includes('impact')) return true;
  }
  return false;
}

/**
 * The lead paragraph under the title, above a named summary ("On September 29 the flags
 * service was down from 16:58 to 18:46 UTC", then `## Summary`): where a reader also finds
 * the summary's facts. Not read into the model's summary (a by-line or a writing date there
 * is no incident date); the rules that claim a fact is absent look here too. With no summary
 * named, that text is the implicit summary section itself, and this is empty.
 */
export function leadLines(lines: DocumentLines, sections: readonly Section[], title: { line: number } | null): number[] {
  const first = sections[0];
  if (!first || first.markup === 'implicit' || !sections.some((x) => x.kinds.includes('summary'))) return [];
  const out: number[] = [];
  for (let i = title ? title.line + 1 : 0; i < first.line; i++) {
    const li = lines.at(i);
    if (li && li.block === 'paragraph' && li.content !== '') out.push(i);
  }
  return out;
}

export function summaryLines(lines: DocumentLines, sections: readonly Section[]): number[] {
  const out: number[] = [];
  for (const s of sections) {
    if (!inSummary(sections, s)) continue;
    if (s.inlineText !== '') out.push(s.line);
    for (let i = s.contentStart; i < s.end; i++) {
      const li = lines.at(i);
      if (li && li.block !== 'blank' && li.block !== 'code' && li.content !== '') out.push(i);
    }
  }
  return out;
}

// `from 11:05AM EAT on Jun 9th to 1:40PM EAT`: a date between the two ends of a range.
const LOOSE_RANGE = /^[\s,]*(?:on\s+)?[^.;]{0,24}?\s(?:-|–|—|to|until|till|through)\s*$/i;

function looseEnd(text: string, start: TimeToken): TimeToken | null {
  const times = findTimes(text);
  const at = times.findIndex((t) => t.start === start.start);
  const next = at >= 0 ? times[at + 1] : undefined;
  if (!next || next.status !== 'ok') return null;
  const raw = text.slice(start.textStart, next.date && next.date.end <= next.start && next.date.start >= start.textStart ? next.date.start : next.start);
  // Emphasis and brackets around the ends (`__0300hrs (EAT)__ to __0400hrs__`) are no words.
  const gap = raw.replace(/[*_`()[\]]+/g, ' ');
  if (LOOSE_RANGE.test(gap)) return next;
  const lead = text.slice(0, start.date && start.date.end <= start.start ? start.date.start : start.start);
  return /^\s*and\s*$/i.test(gap) && /\bbetween\s*$/i.test(lead) ? next : null;
}

// What makes a length the incident's: "lasted two hours", "Duration: 2h", "a 40min outage".
const INCIDENT_LENGTH = /\b(?:last(?:ed|ing|s)?|duration|outage|downtime|disruption|incident|down|unavailab\w*|inaccessible|persist\w*|spann\w*|total|impact\w*|affected|resolved (?:in|within|after))\b/i;
// ... and what makes it something else's: "~5min delay", "load times exceeded 30 seconds".
const OTHER_LENGTH = /\b(?:delays?|latency|response(?: time)?s?|load(?:ing)? times?|timeouts?|took|every|per|ago|exceeded|audits?|investigat\w*|analy[sz]\w*|after|within|waited|cache|ttl|interval|retention|expir\w*)\W+(?:\w+\W+){0,2}$/i;

function isIncidentDuration(text: string, d: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, d.start - 60), d.start);
  const after = text.slice(d.end, d.end + 30);
  // ... and a length that places an event ("detected 10 minutes afterward", "5 minutes later").
  if (OTHER_LENGTH.test(before) || /^\W*(?:delay|latency|response|timeout|of (?:delay|latency)|after(?:wards?)?|later|earlier|ago|into)\b/i.test(after)) return false;
  return INCIDENT_LENGTH.test(before) || INCIDENT_LENGTH.test(after);
}

/**
 * The first length on the line that is the incident's (not a delay, not a `0300hrs` clock
 * time), sentence by sentence: "lasting a total of 1h 44m. The app was unavailable for 30
 * minutes" states the 1h 44m.
 */
function incidentDuration(text: string): ReturnType<typeof findDuration> {
  // Sentence starts: after `.`, `!` or `?` and a space (`2.5 hours` is one sentence).
  const starts = [0, ...[...allMatches(text, /[.!?]+\s+/g)].map((m) => m.index + m[0].length)];
  for (const [k, from] of starts.entries()) {
    const part = text.slice(from, starts[k + 1] ?? text.length);
    for (let off = 0, n = 0; off < part.length && n < 4; n++) {
      const found = findDuration(part.slice(off));
      if (!found) break;
      const d = { ...found, start: found.start + off + from, end: found.end + off + from };
      if (!/^\d{3,4}\s*h(?:rs?|ours?)?$/i.test(d.text) && isIncidentDuration(text, d)) return d;
      off = d.end - from;
    }
  }
  return null;
}

function lineText(lines: DocumentLines, i: number): { text: string; base: number } {
  const li = lines.at(i);
  return { text: li?.content ?? '', base: li?.contentStart ?? 0 };
}

const DURATION_COLUMN = /\b(?:duration|downtime|outage length|time to (?:resolve|resolution|recover|recovery))\b/i;

/** A table row under a column named for the incident's length (`| Incident Duration |` over `| 15h |`): that cell's duration. */
function durationCell(lines: DocumentLines, i: number): { start: number; end: number; text: string; minutes: number } | null {
  const li = lines.at(i);
  if (!li || li.block !== 'table' || li.tableRow < 2) return null;
  const header = lines.at(i - li.tableRow);
  if (!header || header.block !== 'table' || !DURATION_COLUMN.test(header.content)) return null;
  const k = splitCells(header.content).findIndex((c) => DURATION_COLUMN.test(c));
  const cell = splitCells(li.content)[k];
  if (k < 0 || cell === undefined) return null;
  const d = findDuration(cell, { cued: true });
  if (!d) return null;
  const at = cellOffset(li.content, k);
  return { ...d, start: at + d.start, end: at + d.end };
}

export function extractSummary(lines: DocumentLines, which: readonly number[]): SummaryFacts {
  const facts: SummaryFacts = { date: null, start: null, end: null, duration: null, zone: null, impact: null, rootCause: null };
  for (const i of which) {
    const { text, base } = lineText(lines, i);
    if (!facts.date) {
      const d = findDates(text)[0];
      if (d) facts.date = toDateFact(d, i, base);
    }
    const tr = findTimeRange(text);
    if (tr) {
      const second = tr.end ?? looseEnd(text, tr.start);
      // A zone written on either end of a range applies to both.
      const zoneText = tr.zone?.text ?? second?.zone?.text ?? null;
      const pt = (p: NonNullable<typeof tr.end>): Point | null =>
        p.hour === null || p.minute === null
          ? null
          : {
              text: p.text,
              range: lineRange(i, base + p.start, base + p.end),
              minutes: p.hour * 60 + p.minute + (p.second ?? 0) / 60,
              time: `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`,
              zone: p.zone?.text ?? zoneText,
              // The time's own date (`November 16, 2023, 2:00 PM`), else the summary's date.
              date: p.date ? toDateFact(p.date, i, base) : facts.date,
            };

      // A time the line labels as the end (`End Time: ...`, `resolved at ...`) is the end,
      // whatever line the start was on.
      if (!second && tr.role === 'end') {
        if (!facts.end) facts.end = pt(tr.start);
      } else {
        if (!facts.start) facts.start = pt(tr.start);
        if (!facts.end && second) facts.end = pt(second);
      }
      const zone = tr.zone ?? second?.zone ?? null;
      if (!facts.zone && zone) facts.zone = { text: zone.text, range: lineRange(i, base + zone.start, base + zone.end) };
    }
    if (!facts.duration) {
      const d = incidentDuration(text) ?? durationCell(lines, i);
      if (d) facts.duration = { text: d.text, range: lineRange(i, base + d.start, base + d.end), minutes: d.minutes };
    }
    if (!facts.impact) {
      const m = SHARE.exec(text) ?? COUNT.exec(text);
      const kind = m ? (m[0].includes('%') ? 'share' : 'count') : null;
      const s = m ?? SERVICE.exec(text);
      if (s) facts.impact = { text: s[0].trim(), range: lineRange(i, base + s.index, base + s.index + s[0].trim().length), kind: kind ?? 'service' };
    }
    if (!facts.rootCause) {
      const m = ROOT_CAUSE.exec(text);
      if (m) {
        const s = sentenceAround(text, m.index);
        facts.rootCause = { text: s.text, range: lineRange(i, base + s.start, base + s.start + s.text.length) };
      }
    }
  }
  return facts;
}
