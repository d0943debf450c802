/**
 * What a line and its neighbours look like, for the section reading (sections.ts): the next line
 * with content, a paragraph set apart, a label's indented value, a heading that is a date or a
 * time, images alone under a heading, a line inside an HTML comment. Questions about the line view
 * only; what a candidate header is to its section stays in sections.ts.
 */
import type { DocumentLines } from '../parse/document-lines';
import { matchEntryTime } from '../lex/time/entry-time';
import type { HeaderText } from './headers';

export const DATE_OR_TIME = /^[\W_]{0,3}(?:\d{1,2}[:.h]\d\d|\d{4}-\d\d-\d\d|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|day\s+\d)/i;
export const HAS_CLOCK = /\b\d{1,2}[:.h]\d\d\b|\b\d{3,4}\s?hrs\b|\b\d{1,2}\s?[ap]\.?m\b/i;

/** The next line with content after `line` starts with a time: the label heads timeline entries. */
export function headsEntries(lines: DocumentLines, line: number): boolean {
  for (let i = line + 1; i < Math.min(lines.length, line + 4); i++) {
    const li = lines.at(i);
    if (!li || li.block === 'blank' || li.content === '') continue;
    const tok = matchEntryTime(li.content.replace(/^\|?\s*/, ''));
    return tok !== null && tok.status !== 'unknown';
  }
  return false;
}

const MEDIA_LINE = /^(?:[-*+]\s+)?(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|\[!\[)/i;

/** Under the heading at `i`, up to the next heading: images, each with at most a short caption. */
export function onlyMedia(lines: DocumentLines, i: number): boolean {
  let media = 0;
  for (let k = i + 1; k < lines.length; k++) {
    const li = lines.at(k);
    if (!li || li.block === 'blank' || li.content === '') continue;
    if (li.block === 'heading') break;
    if (MEDIA_LINE.test(li.content)) media++;
    else if (li.content.length > 40 || /[.!?]$/.test(li.content)) return false;
  }
  return media > 0;
}

/** The line after `i` continues its paragraph, indented: the value of the label on `i`. */
export function indentedValue(lines: DocumentLines, i: number): boolean {
  const li = lines.at(i);
  const next = lines.at(i + 1);
  if (!li || !next || li.block !== 'paragraph' || next.block !== 'paragraph' || next.content === '') return false;
  return /^[ \t]+\S/.test(lines.source.lineAt(i + 1)) && !/^[ \t]/.test(lines.source.lineAt(i));
}

/** The line is a paragraph of its own: blank lines (or the document's edge) on both sides. */
export function setApart(lines: DocumentLines, i: number): boolean {
  const before = lines.at(i - 1);
  const after = lines.at(i + 1);
  return (!before || before.block === 'blank') && (!after || after.block === 'blank');
}

/** The next line with content after `i` is a Markdown heading. */
export function nextIsHeading(lines: DocumentLines, i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const li = lines.at(k);
    if (!li || li.block === 'blank' || li.content === '') continue;
    // `## 16:40` below a plain `Timeline` is its first entry, not the next section.
    return li.block === 'heading' && !DATE_OR_TIME.test(li.content.replace(/^#{1,6}\s*/, '').replace(/[*_`]/g, ''));
  }
  return false;
}

/** A bold or italic label alone on its line, with a blank line after it: a heading to its writer. */
export function standsAlone(lines: DocumentLines, i: number, h: HeaderText): boolean {
  return h.inlineText === '' && (h.markup === 'bold' || h.markup === 'italic') && lines.at(i + 1)?.block === 'blank';
}

/** A heading whose text is a date or a time (never a section name): `## Mar 4`, `### 16:40`. */
export function dateHeading(lines: DocumentLines, i: number): HeaderText | null {
  const li = lines.at(i);
  if (!li || li.block !== 'heading') return null;
  const m = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(li.content);
  const text = (m ? m[2] : li.content)?.replace(/[*_`]/g, '').trim() ?? '';
  if (!DATE_OR_TIME.test(text)) return null;
  const start = li.contentStart + Math.max(0, li.content.indexOf(text));
  return { markup: m ? 'atx' : 'setext', level: li.headingDepth, name: text, nameStart: start, nameEnd: start + text.length, inlineText: '', suffix: null };
}

/** The line is part of an HTML comment block (`<!-- ... -->`). */
function inComment(lines: DocumentLines, i: number): boolean {
  let k = i;
  while (k > 0 && lines.at(k)?.block === 'html' && lines.at(k - 1)?.block === 'html') k--;
  return lines.at(k)?.block === 'html' && /^<!--/.test(lines.at(k)?.content ?? '');
}

/** The first line at or after `from`, before `to`, that has content. */
export function firstContentLine(lines: DocumentLines, from: number, to: number): number | null {
  for (let i = from; i < to; i++) {
    const li = lines.at(i);
    // HTML comments (a template's guidance) are not the summary's first line.
    if (li && li.block !== 'blank' && li.content !== '' && !/^#+$/.test(li.content) && !inComment(lines, i)) return i;
  }
  return null;
}
