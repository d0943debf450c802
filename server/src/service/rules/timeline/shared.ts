/** Helpers the timeline and summary rules share: anchors for document-level findings, the summary's facts as a reader finds them. */
import { lineRange, type Range } from '../../text/source-text';
import type { DocumentLines } from '../../parse/document-lines';
import type { Postmortem, Section, SummaryFacts } from '../../model/schema';
import { extractSummary, summaryLines } from '../../model/summary';
import { findTimeRange, findTimes, type TimeRange } from '../../lex/time/ranges';
import type { SourceText } from '../../text/source-text';
import type { RuleContext } from '../types';
import type { ResolvedTimeline } from '../../derive/timeline/types';

export { quote } from '../quote';

function sectionAnchor(s: Section, lines: DocumentLines): Range {
  if (s.markup !== 'implicit') return s.headerRange;
  const li = lines.at(s.line);
  return lineRange(s.line, li?.contentStart ?? 0, (li?.contentStart ?? 0) + (li?.content.length ?? 0));
}

export function summarySection(model: Postmortem): Section | undefined {
  return model.sections.find((s) => s.kinds.includes('summary'));
}

export function timelineSection(model: Postmortem): Section | undefined {
  return model.sections.find((s) => s.kinds.includes('timeline'));
}

/** Where a finding about the summary points: its header, or its first line when implicit. */
export function summaryAnchor(model: Postmortem, lines: DocumentLines): Range | null {
  const s = summarySection(model);
  return s ? sectionAnchor(s, lines) : null;
}

export function timelineAnchor(model: Postmortem, lines: DocumentLines): Range | null {
  const s = timelineSection(model);
  return s ? sectionAnchor(s, lines) : null;
}

/** The resolved timeline of the analysed document (derived once per analysis). */
export function resolved(ctx: RuleContext): ResolvedTimeline {
  return ctx.derived.timeline;
}

/** Timed entries (a valid clock time), the precondition of most timeline rules. */
export function timedCount(model: Postmortem): number {
  // Asked by several rules on every keystroke, of thousands of entries: an indexed loop (a
  // for-of allocates an iterator result per entry until the optimising compiler takes it:
  // ~0.9 MB a keystroke at 10,000 lines in the sampled heap profile).
  const entries = model.timeline;
  let n = 0;
  for (let i = 0; i < entries.length; i++) if (entries[i]?.minutes !== null) n++;
  return n;
}

const TIME_LABEL = /^(?:duration|start|started|end|ended|date|time|when|period|window|dates? and times?|times?|(?:outage|incident|issue|downtime|impact)\s+(?:window|period|duration|start|end|date|time|times|began|ended)|(?:start|end)\s+(?:date|time|date\s*\/\s*time))\b/i;

function stripMarkup(content: string): string {
  return content.replace(/<[^>]*>/g, ' ').replace(/^#{1,6}\s*/, '').replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, '').replace(/[*_`]+/g, '').trim();
}

// A stated length, wherever it is (`Time to recovery: 5 minutes` in a closing stats list).
const DURATION_LABEL = /^(?:total\s+)?(?:down\s?time|duration|length|time to (?:recover|recovery|resolve|resolution|restore|restoration|mitigate|mitigation))\b/i;

export interface FactLines {
  /** The lines to read facts from. */
  lines: number[];
  /** The label lines among them (`Start Time:`, `Duration`), filled in or not. */
  labels: number[];
}

/**
 * Lines a reader takes for the incident's facts although they are outside the summary:
 * fields at the top of the document (`**Date:** ...` before the first section), lines
 * labelled with a time or duration (`Start Time:`, `Duration`) before the timeline with the
 * lines right under such a label, and a labelled duration anywhere.
 */
export function factLines(model: Postmortem, lines: DocumentLines): FactLines {
  const tl = model.sections.find((s) => s.kinds.includes('timeline'));
  const stop = Math.min(tl ? tl.line : lines.length, lines.length);
  const first = model.sections.find((s) => s.markup !== 'implicit')?.line ?? stop;
  const out = new Set<number>();
  const labels: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const li = lines.at(i);
    if (!li || li.block === 'blank' || li.block === 'code' || i === model.title?.line) continue;
    const text = stripMarkup(li.content);
    const colon = text.indexOf(':');
    const label = (colon > 0 && colon <= 40 ? text.slice(0, colon) : text.split(/\s+/).length <= 4 ? text : '').trim();
    if (i < first && colon > 0 && colon <= 40) out.add(i);
    if (label === '' || !((i < stop && TIME_LABEL.test(label)) || DURATION_LABEL.test(label))) continue;
    labels.push(i);
    out.add(i);
    for (let j = i + 1, n = 0; j < lines.length && n < 3; j++) {
      const lj = lines.at(j);
      if (!lj || lj.block === 'blank') continue;
      out.add(j);
      n++;
    }
  }
  return { lines: [...out].sort((a, b) => a - b), labels };
}

/** The summary's facts, completed from the fields and time labels a reader also looks at. */
export function summaryFacts(model: Postmortem, lines: DocumentLines): SummaryFacts {
  const s = model.summary;
  if ((s.start && s.end) || s.duration) return s;
  const more = extractSummary(lines, factLines(model, lines).lines);
  const start = s.start ?? more.start;
  return { ...s, start, end: s.end ?? more.end, duration: s.duration ?? more.duration };
}

/** A time in the summary (or its fields) meant as one but malformed (`3:AM`, `23:59 PM`). */
export function malformedSummaryTime(model: Postmortem, lines: DocumentLines): boolean {
  for (const i of [...summaryLines(lines, model.sections), ...factLines(model, lines).lines]) {
    const li = lines.at(i);
    if (li && findTimes(li.content).some((t) => t.status === 'malformed')) return true;
  }
  return false;
}

/** A line that holds no words: blank, an HTML tag such as `<img ...>`, or an image alone. */
const WORDLESS = /^\s*(?:<[^>]*>\s*)*$|^\s*!\[[^\]]*\]\([^)]*\)\s*$/;

/**
 * The summary section holds no words (an image, a banner) and the heading right after it
 * states the span ("# 2022-10-02 from 11 AM to 12:30 PM: the site served 500s"): a reader
 * takes that heading as the summary. Its line and the span it states, or null.
 */
export function headingSpanAfterSummary(model: Postmortem, source: SourceText): { line: number; span: TimeRange } | null {
  const summary = summarySection(model);
  if (!summary) return null;
  for (let i = summary.line + 1; i < summary.end; i++) if (!WORDLESS.test(source.lineAt(i))) return null;
  const next = model.sections.find((s) => s.line === summary.end);
  if (next === undefined || next.markup === 'implicit') return null;
  const span = findTimeRange(source.lineAt(next.line));
  return span ? { line: next.line, span } : null;
}
