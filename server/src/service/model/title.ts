/**
 * The title: front matter `title`, else the first heading before any section (any level, or
 * `#Title` without the space), else an early line that names the document ("Postmortem: ...",
 * "Incident report"). A leading line that is not part of the document ("This project is
 * about:") is passed over.
 */
import { lineRange } from '../text/source-text';
import { findDates } from '../lex/time/dates';
import type { DocumentLines } from '../parse/document-lines';
import { readHeaderText } from './headers';
import { classifySectionName, DOCUMENT_NAME_RE } from '../lex/section-names';
import { toDateFact } from './timeline';
import type { Postmortem } from './schema';

const LOOKAHEAD = 12;

export function findTitle(lines: DocumentLines, firstSectionLine: number): Postmortem['title'] {
  const limit = Math.min(lines.length, firstSectionLine);
  let named: number | null = null;
  // Lines of content looked at: raw HTML (`<head>`, comments) before an `<h1>` does not count.
  let seen = 0;
  for (let i = 0; i < limit && seen <= LOOKAHEAD; i++) {
    const li = lines.at(i);
    if (!li || li.block === 'frontmatter' || li.block === 'blank') continue;
    const h = readHeaderText(lines, i) ?? headingText(lines, i);
    if (li.block === 'html' && h?.markup !== 'html') continue;
    seen++;
    const isHeading = h !== null && (h.markup === 'atx' || h.markup === 'setext' || h.markup === 'atx-nospace' || h.markup === 'html');
    if (isHeading && h && h.name.trim() !== '' && classifySectionName(h.name).length === 0) {
      return make(lines, i, h.nameStart, lines.source.lineAt(i).trimEnd().length);
    }
    if (named === null && DOCUMENT_NAME_RE.test(li.content) && li.content.length <= 120 && li.block !== 'code') named = i;
  }
  if (named !== null) {
    const li = lines.at(named);
    if (li) return make(lines, named, li.contentStart, li.contentStart + li.content.length);
  }
  return null;
}

/** A heading the section reader passes over (`# 2021-06-14, API 502s` starts with a date): still the title. */
function headingText(lines: DocumentLines, i: number): { markup: 'atx'; name: string; nameStart: number } | null {
  const li = lines.at(i);
  if (!li || li.block !== 'heading') return null;
  const m = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(li.content);
  const name = (m?.[1] ?? '').trim();
  if (!/[\p{L}\p{N}]/u.test(name)) return null;
  return { markup: 'atx', name, nameStart: li.contentStart + li.content.indexOf(name) };
}

function make(lines: DocumentLines, line: number, start: number, end: number): NonNullable<Postmortem['title']> {
  const raw = lines.source.lineAt(line);
  let text = raw.slice(start, end).replace(/\s+#+\s*$/, '').replace(/^[*_]+|[*_]+$/g, '').replace(/<[^>]+>/g, '').trim();
  if (text === '') text = raw.trim();
  const s = raw.indexOf(text) >= 0 ? raw.indexOf(text) : start;
  const dates = findDates(text);
  const d = dates[0];
  return { text, line, range: lineRange(line, s, s + text.length), date: d ? toDateFact({ ...d, start: d.start, end: d.end }, line, s) : null };
}
