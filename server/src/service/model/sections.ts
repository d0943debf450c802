/**
 * Splits a document into sections. A recognised header starts a section; it ends at the
 * next recognised header, or at an unrecognised heading of the same or a higher level.
 * Recognised headings deeper than a timeline's or an action list's own heading stay inside it
 * (a timeline split into `### Detection`, `### Response` subsections is still one timeline).
 */
import { lineRange } from '../text';
import type { DocumentLines } from './lines';
import { matchHeader, readHeaderText, type HeaderMatch } from './headers';
import type { Section, SectionKind } from './schema';

const CONTAINERS: SectionKind[] = ['timeline', 'measures', 'action-items', 'lessons-learned'];

function isProperHeading(h: { markup: string }): boolean {
  return h.markup === 'atx' || h.markup === 'setext' || h.markup === 'html' || h.markup === 'atx-nospace';
}

function toSection(h: HeaderMatch, line: number, contentStart: number): Section {
  return {
    kind: h.kinds[0] ?? 'summary',
    kinds: h.kinds,
    name: h.name,
    markup: h.markup,
    level: h.level,
    line,
    headerRange: lineRange(line, h.nameStart, h.nameEnd),
    inlineText: h.inlineText,
    contentStart,
    end: contentStart,
    zone: h.suffix,
  };
}

export function findSections(lines: DocumentLines, from: number): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  const close = (end: number): void => {
    if (current) current.end = Math.max(current.contentStart, end);
    current = null;
  };
  for (let i = from; i < lines.length; i++) {
    const h = matchHeader(lines, i);
    if (h) {
      const cur: Section | null = current;
      if (
        cur &&
        CONTAINERS.includes(cur.kind) &&
        isProperHeading(h) &&
        cur.level !== null &&
        h.level !== null &&
        h.level > cur.level
      ) {
        continue;
      }
      close(i);
      const contentStart = lines.at(i + 1)?.block === 'setext-underline' ? i + 2 : i + 1;
      current = toSection(h, i, contentStart);
      sections.push(current);
      continue;
    }
    const cur: Section | null = current;
    const li = lines.at(i);
    // Only a heading can close a heading-level section; most lines are not one.
    if (cur && cur.level !== null && li && (li.block === 'heading' || li.block === 'html' || li.content.startsWith('#'))) {
      const other = readHeaderText(lines, i);
      if (other && isProperHeading(other) && other.level !== null && other.level <= cur.level) close(i);
    }
  }
  close(lines.length);
  return sections;
}

/** The first line at or after `from`, before `to`, that has content. */
export function firstContentLine(lines: DocumentLines, from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    const li = lines.at(i);
    if (li && li.block !== 'blank' && li.content !== '' && !/^#+$/.test(li.content)) return i;
  }
  return null;
}
