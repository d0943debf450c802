/** Helpers the structure rules share: canonical section names and the document's heading level. */
import type { Postmortem, Section, SectionKind } from '../../model/schema';
import type { DocumentLines } from '../../parse/document-lines';
import { keepsWords } from '../fixes/keeps-words';

export const CANONICAL_NAMES: Record<SectionKind, string> = {
  summary: 'Issue Summary',
  impact: 'Impact',
  timeline: 'Timeline',
  'root-cause': 'Root Cause',
  resolution: 'Resolution',
  measures: 'Corrective and Preventative Measures',
  'action-items': 'Action Items',
  detection: 'Detection',
  response: 'Response',
  leadup: 'Leadup',
  'lessons-learned': 'Lessons Learned',
  'supporting-information': 'Supporting Information',
};

/** The heading level the document uses for its sections (the most common), default 2. */
export function sectionLevel(model: Postmortem): number {
  const counts = new Map<number, number>();
  for (const s of model.sections) {
    if (s.level !== null && (s.markup === 'atx' || s.markup === 'setext' || s.markup === 'html')) counts.set(s.level, (counts.get(s.level) ?? 0) + 1);
  }
  let best = 2;
  let n = 0;
  for (const [level, c] of counts) if (c > n) { best = level; n = c; }
  return best;
}

export { quote } from '../quote';

/**
 * A section the reading saw but does not name ("Conclusion", an unknown heading): it only
 * ends the section before it, and the structure rules leave it alone.
 */
export function isOtherSection(s: Section): boolean {
  return (s.kinds as readonly string[]).includes('other') || s.markup === 'implicit';
}

/**
 * How strongly a header is written, for telling sections from their sub-labels: a heading's
 * level (1-6); a bold or italic line standing alone, 7; anything else (a plain line, a list
 * item, a bold label followed by its text), 8. A lower number is a stronger header.
 */
export function headerRank(s: Section): number {
  if (s.level !== null && (s.markup === 'atx' || s.markup === 'setext' || s.markup === 'html' || s.markup === 'atx-nospace')) return s.level;
  if ((s.markup === 'bold' || s.markup === 'italic') && s.inlineText.trim() === '') return 7;
  return 8;
}

/** A header written firmly enough that its reading is not a guess (a heading, a bold line alone). */
export function isFirmHeader(s: Section): boolean {
  return headerRank(s) <= 7;
}

const NAME_FILLER = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'for', 'to', 'on', 'in', 'our', 'my', 'this', 'issue', 'incident', 'outage', 'event',
  'details', 'detail', 'explanation', 'analysis', 'brief', 'detailed', 'full', 'final', 'short', 'high', 'level', 'report',
]);

/** The words that make a section's name what it is: `Incident Summary` and `Summary` are one name. */
export function coreName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && !NAME_FILLER.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w))
    .join(' ');
}

/**
 * The section that holds `s` as a sub-section, if any: a combined section ("Root Cause and
 * Resolution") followed by sub-labels of its own kinds, or the nearest earlier section
 * written more strongly (a `**Root Cause:**` line under `## Summary`).
 */
export function parentOf(sections: readonly Section[], index: number): Section | null {
  const s = sections[index];
  if (!s) return null;
  for (let j = index - 1; j >= 0; j--) {
    const p = sections[j];
    if (!p || p.markup === 'implicit') continue;
    if (p.kinds.length > 1 && s.kinds.every((k) => p.kinds.includes(k)) && headerRank(p) <= headerRank(s)) {
      const between = sections.slice(j + 1, index);
      if (between.every((b) => b.kinds.every((k) => p.kinds.includes(k)) && headerRank(b) >= headerRank(p))) return p;
    }
    if (headerRank(p) < headerRank(s)) return p;
  }
  return null;
}

const TOP_KINDS: ReadonlySet<string> = new Set(['summary', 'timeline', 'root-cause', 'resolution', 'impact']);

/**
 * The one section header written as a plain line in a document whose other headers (two or
 * more) are all headings, when it runs into the line below (no blank line): it renders as the
 * first words of that paragraph, so it is no header at all to a reader of the page. Only the
 * kinds that stand at the top count (a plain `Tasks:` under the measures is a sub-label).
 * heading-syntax reports these lines; section-style leaves them to it. By line, the section.
 */
export function runInHeaders(model: Postmortem, lines: DocumentLines): Map<number, Section> {
  const out = new Map<number, Section>();
  const headers = model.sections.filter((x) => x.markup !== 'implicit');
  const plain = headers.filter((x) => x.markup === 'plain' && x.kinds.some((k) => TOP_KINDS.has(k)));
  const only = plain[0];
  if (!only || only.inlineText.trim() !== '' || plain.length !== 1 || headers.length < 3 || !headers.every((x) => x === only || x.markup === 'atx' || x.markup === 'setext')) return out;
  const li = lines.at(only.line);
  if (li && li.block === 'paragraph' && li.quoteDepth === 0 && li.listDepth === 0 && lines.at(only.line + 1)?.block === 'paragraph') out.set(only.line, only);
  return out;
}

/**
 * The header's name as written on its line: without the text after it (`**Impact:** 25%`),
 * HTML tags, the list marker, wrapping emphasis and a trailing colon. The heading keeps it
 * whole when the name read from it is shorter (`*The Investigation: A Race Against the
 * Clicks*` is read as "The Investigation"; `Timeline (all times UTC)` has the zone UTC).
 */
function writtenName(line: string, inlineText: string): string {
  let t = line.trimEnd();
  const rest = inlineText.trim();
  if (rest && t.endsWith(rest)) t = t.slice(0, t.length - rest.length);
  t = t.replace(/<[^>]*>/g, '').replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, '').trim();
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(/^(\*\*|__|\*|_)(.*)\1$/s, '$2').replace(/[:;]+$/, '').trim();
  }
  return t;
}

/**
 * The heading a header line becomes (section-style, heading-syntax): the name as read, with its
 * zone, when that keeps every word of the line; else the name as written.
 */
export function headingFor(level: number, line: string, s: Section): string {
  const hashes = '#'.repeat(level);
  const read = `${hashes} ${s.name}${s.zone ? ` (${s.zone})` : ''}`;
  return keepsWords(line, `${read} ${s.inlineText}`) ? read : `${hashes} ${writtenName(line, s.inlineText)}`;
}
