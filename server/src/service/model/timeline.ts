/**
 * Timeline entries: lines, list items, table rows, quotes or headings inside a timeline
 * section that start with a time (after a date, markup, a bracket or a list marker), or
 * hold one after a label, or several run together; the day markers between them; and the
 * "All times in X" line. What each entry owns below it is decided in extractTimeline.
 */
import { lineRange, range } from '../text/source-text';
import { matchEntryTime } from '../lex/time/entry-time';
import { formatClock } from '../lex/time/clock';
import { isoDate } from '../lex/time/dates';
import type { DateValue, TimeToken } from '../lex/time/types';
import { dayMarkerDate, innerEntryTime, isDayLabel, isIllustration, runOnStarts } from '../lex/time/entry-forms';
import { isZoneText } from '../lex/time/zone-span';
import { Memo } from '../text/memo';
import { DECORATION } from '../text/styling-tags';
import { cellStarts, timeColumn } from '../lex/table-cells';
import type { DocumentLines, LineInfo } from '../parse/document-lines';
import type { DateFact, Section, TimelineEntry } from './schema';
import { allMatches } from '../text/matches';

const entryTimeMemo = new Memo<TimeToken | null>();
const innerTimeMemo = new Memo<TimeToken | null>();
const runOnMemo = new Memo<number[]>();
const dayMemo = new Memo<DateValue | null>();

export function toDateFact(d: DateValue, line: number, base: number): DateFact {
  return {
    text: d.text,
    range: lineRange(line, base + d.start, base + d.end),
    iso: isoDate(d),
    year: d.year,
    month: d.month,
    day: d.day,
    weekday: d.weekday,
    ambiguous: d.ambiguous,
  };
}

/** The day a timeline section's own header marks (`## Mar 4, 2024` continuing the timeline). */
function sectionDay(lines: DocumentLines, s: Section): DateFact | null {
  if (s.markup === 'implicit') return null;
  const cand = entryText(lines, s.line);
  if (!cand || cand.text === '') return null;
  const text = cand.text;
  const d = dayMemo.get(text, () => dayMarkerDate(text, entryTimeMemo.get(text, () => matchEntryTime(text))));
  return d ? toDateFact(d, s.line, cand.base) : null;
}

interface Candidate {
  text: string;
  base: number;
  markup: TimelineEntry['markup'];
  /** The event's own cell when the time sits in a later column (`| Deploy | 04:22 | log |`). */
  event?: { text: string; start: number };
}

function tableCandidate(lines: DocumentLines, i: number, content: string, contentStart: number, row: number): Candidate | null {
  if (row < 2) return null;
  const header = lines.at(i - row);
  const col = header?.block === 'table' ? timeColumn(header.content) : 0;
  const starts = cellStarts(content);
  if (col > 0 && starts.length > col) {
    const at = starts[col] ?? 0;
    const cut = at + (/^\s*/.exec(content.slice(at))?.[0].length ?? 0);
    const first = starts[0] ?? 0;
    const cell = content.slice(first, (starts[1] ?? content.length + 1) - 1);
    const lead = cell.length - cell.trimStart().length;
    return { text: content.slice(cut), base: contentStart + cut, markup: 'table-row', event: { text: cell.trim(), start: contentStart + first + lead } };
  }
  const m = /^\s*\|?\s*/.exec(content);
  const cut = m ? m[0].length : 0;
  return { text: content.slice(cut), base: contentStart + cut, markup: 'table-row' };
}

// Decoration before the text (spacing entities, emoji shortcodes), which renders as a bullet or an indent.
const LEADING_DECORATION = new RegExp(`(?:${DECORATION}|\\s)+`, 'y');

/** Where the text starts past the decoration at `from` (`from` itself when there is none). */
function decoratedFrom(content: string, from: number): number {
  const c = content.charCodeAt(from);
  if (c !== 38 /* & */ && c !== 58 /* : */) return from;
  LEADING_DECORATION.lastIndex = from;
  return LEADING_DECORATION.exec(content) ? LEADING_DECORATION.lastIndex : from;
}

/** The text of a line as a timeline candidate, and where that text starts on the line. */
function entryText(lines: DocumentLines, i: number): Candidate | null {
  const li = lines.at(i);
  if (!li) return null;
  switch (li.block) {
    case 'blank': case 'code': case 'frontmatter': case 'thematic': case 'setext-underline': case 'definition':
      return null;
    case 'table':
      return tableCandidate(lines, i, li.content, li.contentStart, li.tableRow);
    case 'heading': {
      const m = /^#{1,6}\s+/.exec(li.content);
      const cut = m ? m[0].length : 0;
      return { text: li.content.slice(cut), base: li.contentStart + cut, markup: 'heading' };
    }
    case 'html': {
      // `<h3>Timeline</h3>` with the list directly below it: Markdown keeps the list inside the
      // HTML block, so `- 9:15 PM: ...` arrives as raw text; its marker is still a list marker.
      const m = /^(?:\s*<[^>]+>)+\s*|^\s*(?:[-*+]|\d{1,2}[.)])[ \t]+(?=\d)/.exec(li.content);
      const cut = decoratedFrom(li.content, m ? m[0].length : 0);
      return { text: li.content.slice(cut), base: li.contentStart + cut, markup: 'html' };
    }
    default: {
      // Word-pasted bullets: `o<TAB>09:45 AM WAT: ...`, `•  09:45 ...`; and list markers
      // Markdown did not read as a list (a tab-indented `- 11:00pm WAT: ...` continuing the
      // paragraph of `##Timeline`, or rendered as code): still the author's entries.
      const m = li.listItemStart ? null : /^\s*(?:[o•·▪●◦]|(?:[-*+]|\d{1,2}[.)])(?=[ \t]+\d))\s+/.exec(li.content);
      const cut = decoratedFrom(li.content, m ? m[0].length : 0);
      const markup: TimelineEntry['markup'] = li.listItemStart || cut > 0 ? 'list-item' : li.quoteDepth > 0 ? 'quote' : 'plain';
      return { text: li.content.slice(cut), base: li.contentStart + cut, markup };
    }
  }
}

function toEntry(tok: TimeToken, i: number, base: number, markup: TimelineEntry['markup'], text: string, stop = text.length): TimelineEntry {
  const ok = tok.status === 'ok' && tok.hour !== null && tok.minute !== null;
  const raw = text.slice(tok.textStart, stop);
  const eventText = stripTrailingCellMarkup(raw).trim();
  const eventStart = base + tok.textStart + (raw.length - raw.trimStart().length);
  return {
    line: i,
    endLine: i,
    markup,
    timeText: tok.text,
    timeRange: lineRange(i, base + tok.start, base + tok.end),
    status: tok.status,
    time: ok ? formatClock(tok.hour ?? 0, tok.minute ?? 0, tok.second ?? undefined) : null,
    minutes: ok ? (tok.hour ?? 0) * 60 + (tok.minute ?? 0) + (tok.second ?? 0) / 60 : null,
    meridiem: tok.meridiem,
    date: tok.date ? toDateFact(tok.date, i, base) : null,
    zone: tok.zone ? { text: tok.zone.text, range: lineRange(i, base + tok.zone.start, base + tok.zone.end) } : null,
    text: eventText,
    textRange: range(i, eventStart, i, eventStart + eventText.length),
    ...(tok.problem !== undefined ? { problem: tok.problem } : {}),
    ...(tok.suggestion !== undefined ? { suggestion: tok.suggestion } : {}),
  };
}

/** The entries a line holds: one, or several run together (`10:00: fired. 10:04: paged.`). */
function lineEntries(tok: TimeToken, i: number, cand: Candidate): TimelineEntry[] {
  if (cand.event) {
    const e = toEntry(tok, i, cand.base, cand.markup, cand.text);
    return [{ ...e, text: cand.event.text, textRange: range(i, cand.event.start, i, cand.event.start + cand.event.text.length) }];
  }
  const starts = runOnMemo.get(cand.text, () => runOnStarts(cand.text, tok.textStart));
  if (starts.length === 0) return [toEntry(tok, i, cand.base, cand.markup, cand.text)];
  const out = [toEntry(tok, i, cand.base, cand.markup, cand.text, starts[0])];
  starts.forEach((at, k) => {
    const piece = cand.text.slice(at, starts[k + 1]);
    const t = entryTimeMemo.get(piece, () => matchEntryTime(piece));
    if (t) out.push(toEntry(t, i, cand.base + at, cand.markup, piece));
  });
  return out;
}

/** The entry a timeline section's own header is (`## 16:40`, `**Mar 4, 09:00 - paged**`), if any. */
function headerEntry(lines: DocumentLines, s: Section): TimelineEntry | null {
  if (s.markup === 'implicit') return null;
  const cand = entryText(lines, s.line);
  if (!cand || cand.text === '') return null;
  const tok = entryTimeMemo.get(cand.text, () => matchEntryTime(cand.text));
  if (!tok || (tok.hour === null && tok.status !== 'malformed')) return null;
  return toEntry(tok, s.line, cand.base, cand.markup, cand.text);
}

/** A line that opens a paragraph (not a wrapped line of prose). */
function startsParagraph(lines: DocumentLines, i: number, from: number): boolean {
  if (i <= from) return true;
  const prev = lines.at(i - 1);
  return !prev || prev.block !== lines.at(i)?.block || prev.block === 'blank';
}

export interface TimelineExtract {
  entries: TimelineEntry[];
  untimed: { line: number; text: string; range: ReturnType<typeof lineRange> }[];
}

/**
 * A point of the reading that depends on nothing before it but the day in force: a timed
 * line (not a heading, not a table row, which reads its header) while no heading entry owns
 * the lines, where the entry found replaces the one before it. The incremental model
 * (model/incremental-timeline.ts) resumes reading at one before an edit and stops at one
 * after it where the earlier reading was in the same state.
 */
export interface TimelineCheckpoint {
  /** Index in `sections`. */
  section: number;
  line: number;
  day: DateFact | null;
  /** Entries and untimed lines the reading found before the line. */
  entries: number;
  untimed: number;
}

export interface TimelineResume {
  /** Start at a checkpoint of a reading of the same lines instead of the first section. */
  from?: Pick<TimelineCheckpoint, 'section' | 'line' | 'day'>;
  /** Called at every checkpoint; true stops the reading there (the caller knows the rest). */
  checkpoint?: (at: TimelineCheckpoint) => boolean;
}

/**
 * Reads every timeline section line by line. A line is an entry when it starts with a time
 * (or holds several, run together); a top-level item or row, or the first line of a
 * paragraph, whose time comes after a label (`- **Detected:** 10:00 AM`) is an entry at that
 * time. A bare date marks the day of the entries below it. A heading that is an entry owns
 * the lines below it up to the next heading: its body, never entries without a time (a timed
 * line there is an entry of its own). Continuation lines, sub-items and lines that only
 * show an image or a link belong to the entry above.
 */
export function extractTimeline(lines: DocumentLines, sections: readonly Section[], resume: TimelineResume = {}): TimelineExtract {
  const entries: TimelineEntry[] = [];
  const untimed: TimelineExtract['untimed'] = [];
  const read = new Set<number>();
  let previousDay: DateFact | null = null;
  const from = resume.from;
  for (let k = from?.section ?? 0; k < sections.length; k++) {
    const s = sections[k];
    if (!s || !s.kinds.includes('timeline')) continue;
    const resumed = from !== undefined && k === from.section;
    let last: TimelineEntry | null = null;
    let day: DateFact | null = resumed ? from.day : sectionDay(lines, s);
    // A section headed by a time (`## Mar 4, 09:00` continuing the timeline): its header is
    // an entry, on the day of the timeline above it, and the section's lines are its body.
    let heading: TimelineEntry | null = resumed || day || read.has(s.line) ? null : headerEntry(lines, s);
    let owner: TimelineEntry | null = null;
    if (heading) {
      read.add(s.line);
      day = previousDay;
      if (!heading.date && day) heading.day = day;
      entries.push(heading);
      last = heading;
    }
    for (let i = resumed ? from.line : s.contentStart; i < s.end; i++) {
      if (read.has(i)) continue;
      read.add(i);
      const li = lines.at(i);
      const cand = entryText(lines, i);
      if (!li || !cand || cand.text === '') {
        if (li?.block === 'blank' && last && last.markup !== 'list-item') last = null;
        continue;
      }
      const startsEntry = (li.listItemStart && li.listDepth === 1) || (li.block === 'table' && li.tableRow >= 2);
      if (isDayLabel(cand.text)) {
        last = null;
        continue;
      }
      if (isIllustration(cand.text)) {
        if (last) last.endLine = i;
        if (heading) heading.endLine = i;
        continue;
      }
      let tok = entryTimeMemo.get(cand.text, () => matchEntryTime(cand.text));
      if (!tok && li.block !== 'heading' && (startsEntry || (!li.listItemStart && li.listDepth === 0 && startsParagraph(lines, i, s.contentStart)))) {
        tok = innerTimeMemo.get(cand.text, () => innerEntryTime(cand.text));
      }
      const marks = dayMemo.get(cand.text, () => dayMarkerDate(cand.text, tok));
      if (marks) {
        day = toDateFact(marks, i, cand.base);
        last = null;
        if (li.block === 'heading') heading = null;
        continue;
      }
      if (tok) {
        if (heading === null && li.block !== 'heading' && li.block !== 'table' && resume.checkpoint?.({ section: k, line: i, day, entries: entries.length, untimed: untimed.length }) === true) return { entries, untimed };
        const found = lineEntries(tok, i, cand);
        for (const e of found) {
          if (!e.date && day) e.day = day;
          entries.push(e);
        }
        last = found[found.length - 1] ?? null;
        if (li.block === 'heading') heading = last;
        else if (heading) heading.endLine = i;
        // An entry written as a line of its own (not an item): a list below it is its body.
        owner = !li.listItemStart && li.block !== 'table' && li.block !== 'heading' ? last : null;
        continue;
      }
      if (li.block === 'heading') {
        heading = null;
        owner = null;
        last = null;
        continue;
      }
      if (heading) {
        heading.endLine = i;
        if (last && last !== heading) last.endLine = i;
      } else if (owner && li.listDepth > 0) {
        owner.endLine = i;
      } else if (startsEntry && !statesAllTimes(cand.text)) {
        last = null;
        untimed.push({ line: i, text: cand.text, range: lineRange(i, cand.base, cand.base + cand.text.length) });
      } else if (last) {
        last.endLine = i;
      }
    }
    previousDay = day;
  }
  return { entries, untimed };
}

// `All times in UTC`, `all times are (CET)`, `ALL TIME IS IN THE _EAT_ FORMAT`,
// `All timestamps are UTC`, `Times are in PST`. The word is confirmed as a zone.
const ALL_TIMES = /\b(?:all\s+(?:times?|timestamps?)|(?:the\s+)?times(?=\s+are\b))\s+(?:(?:are|is|shown|listed|given|written|reported|quoted|approximate|approximated|rounded|converted)\s+)*(?:in\s+|to\s+)?(?:the\s+)?[(*_`\s]*([A-Za-z][A-Za-z/]*(?:_[A-Za-z/]+)*(?:\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)?)/gi;

/** `- All times are in UTC`: a note about the timeline, not an entry of it. */
function statesAllTimes(s: string): boolean {
  if (!/\btimes?\b|\btimestamps\b/i.test(s)) return false;
  for (const m of allMatches(s, ALL_TIMES)) if (m[1] && isZoneText(m[1])) return true;
  return false;
}

/** The zone an "All times in UTC" line states, its character in the line. */
interface LineZone { text: string; at: number }

/**
 * Each line's stated zone, in the line view's per-line cache (`lineCache`: a view built after
 * the version before starts with its values for every line the edit did not reach): a
 * keystroke reads the edited lines again, not every line with a regex (~1.7 ms a keystroke at
 * 10,000 lines when no line states a zone).
 */
const ZONES = {};

function lineZone(li: LineInfo): LineZone | null {
  if (li.block === 'code' || !/\btimes?\b|\btimestamps\b/i.test(li.content)) return null;
  for (const m of allMatches(li.content, ALL_TIMES)) {
    const zone = m[1];
    if (!zone || !isZoneText(zone)) continue;
    return { text: zone, at: li.contentStart + (m.index ?? 0) + m[0].length - zone.length };
  }
  return null;
}

/** An "All times in UTC" line anywhere in the document. */
export function findAllTimesZone(lines: DocumentLines): { text: string; range: ReturnType<typeof lineRange> } | null {
  const known = lines.lineCache<LineZone | null>(ZONES);
  for (let i = 0; i < lines.length; i++) {
    let zone = known[i];
    if (zone === undefined) {
      const li = lines.at(i);
      if (!li) continue;
      known[i] = zone = lineZone(li);
    }
    if (zone) return { text: zone.text, range: lineRange(i, zone.at, zone.at + zone.text.length) };
  }
  return null;
}

/**
 * The text without trailing `|`, `<br>` and closing tags. Stripped from the end in a loop: the
 * regex it replaces retried from every blank of a long run (quadratic on a line of spaces).
 */
function stripTrailingCellMarkup(raw: string): string {
  let s = raw.trimEnd();
  for (;;) {
    if (s.endsWith('|')) { s = s.slice(0, -1).trimEnd(); continue; }
    const lt = s.lastIndexOf('<');
    if (lt >= 0 && /^(?:<br\s*\/?>|<\/[a-z]+>)$/i.test(s.slice(lt))) { s = s.slice(0, lt).trimEnd(); continue; }
    return s;
  }
}
