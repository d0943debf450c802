/**
 * Reads one line as a possible section header, whatever its markup: ATX or setext heading,
 * `##Timeline` without the space, `**Timeline:**`, `*Tasks*`, a plain `Timeline:` line inside
 * a paragraph, `- Timeline:` as a list item, `<h2>Timeline</h2>`, `>>Issue Summary`.
 */
import { STYLING_TAG } from '../text/styling-tags';
import type { DocumentLines, LineInfo } from '../parse/document-lines';
import type { HeaderMarkup, ModelSectionKind } from './schema';
import { classifySectionName, isOtherSectionName, questionKinds } from '../lex/section-names';
import { leadingKinds } from './infer';
import { Memo } from '../text/memo';

export interface HeaderText {
  markup: HeaderMarkup;
  level: number | null;
  /** The name without markup, trailing punctuation or parenthesised suffix. */
  name: string;
  /** Where the name starts and ends on the line. */
  nameStart: number;
  nameEnd: number;
  inlineText: string;
  /** The parenthesised suffix (`UTC`, `All times WAT`), if any. */
  suffix: string | null;
}

export interface HeaderMatch extends HeaderText {
  kinds: ModelSectionKind[];
  /** The kind comes from the first words of a longer label, not from its whole name. */
  inferred?: boolean;
}

const SKIP_BLOCKS = new Set(['blank', 'code', 'frontmatter', 'table', 'definition', 'thematic', 'setext-underline']);
const LINK_ONLY = /^(?:[*_]{0,2}!?\[[^\]]*\]\([^)]*\)[*_]{0,2}[\s,;|]*)+$|^<?https?:\/\/\S+>?$/;
const STARTS_WITH_TIME = /^[\W_]{0,3}(\d{1,2}[:.h]\d\d|\d{4}-\d\d-\d\d)/;

/** Splits `Name (suffix): inline` into its parts; offsets relative to `s`. */
function splitName(s: string, allowInline: boolean): { name: string; start: number; end: number; suffix: string | null; inline: string; punct: boolean } | null {
  const m = /^(.*?)\s*(?:\(([^()]*)\))?\s*([:;.]+)?\s*$/.exec(s);
  let name = s;
  let suffix: string | null = null;
  let inline = '';
  let punct = false;
  // A colon between digits is a clock's (`From 11 AM to 12:30 AM`), never the label's.
  const paren = /^((?:[^:()]|(?<=\d):(?=\d)){1,80}?)\s*\(([^()]*)\)\s*[:;.]*\s*$/.exec(s);
  if (paren) {
    name = paren[1] ?? '';
    suffix = paren[2] ?? null;
    punct = /[:;.]\s*$/.test(s);
  } else if (allowInline) {
    // A colon inside a parenthesised aside (`Timeline (format: time - text) must contain:`) is
    // the aside's, not the label's.
    const c = /^((?:[^:()]|(?<=\d):(?=\d)|\([^()]*\)(?=.*?:)){1,160}?)\s*(?:\(([^()]*)\))?\s*:(?!(?<=\d:)\d)\s*(.*)$/.exec(s);
    if (c) {
      name = c[1] ?? '';
      suffix = c[2] ?? null;
      inline = (c[3] ?? '').replace(/^[*_`]+|[*_`]+$/g, '').trim();
      punct = true;
    } else if (m) {
      name = m[1] ?? '';
      suffix = m[2] ?? null;
      punct = Boolean(m[3]);
    }
  } else if (m) {
    name = m[1] ?? '';
    suffix = m[2] ?? null;
    punct = Boolean(m[3]);
  }
  name = name.replace(/[*_`]+$/g, '').replace(/^[*_`]+/, '').trim();
  if (name === '') return null;
  const start = s.indexOf(name);
  return { name, start, end: start + name.length, suffix: suffix?.trim() || null, inline, punct };
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, '');
}


/**
 * The line's content without its styling tags, and where each of its characters was: a reader
 * sees `**Tasks:**` in `**<span style="color: red;">Tasks:</span>**`.
 */
function withoutStyling(content: string): { text: string; at: number[] } | null {
  STYLING_TAG.lastIndex = 0;
  if (!STYLING_TAG.test(content)) return null;
  const at: number[] = [];
  let text = '';
  let from = 0;
  STYLING_TAG.lastIndex = 0;
  for (let m = STYLING_TAG.exec(content); m; m = STYLING_TAG.exec(content)) {
    for (let k = from; k < m.index; k++) at.push(k);
    text += content.slice(from, m.index);
    from = m.index + m[0].length;
  }
  for (let k = from; k < content.length; k++) at.push(k);
  at.push(content.length);
  return { text: text + content.slice(from), at };
}

/** The header reading of a line, before deciding whether its name is a section name. */
export function readHeaderText(lines: DocumentLines, i: number): HeaderText | null {
  const li = lines.at(i);
  // Part of a link or code span split over lines (`- [Summary](` over `#summary)`).
  if (li && li.block !== 'heading' && lines.splitsInline(i)) return null;
  if (!li || SKIP_BLOCKS.has(li.block) || li.block === 'html') return readHeaderOf(lines, i, li);
  const styled = withoutStyling(li.content);
  if (!styled) return readHeaderOf(lines, i, li);
  const h = readHeaderOf(lines, i, { ...li, content: styled.text });
  if (!h) return null;
  // Back to the line's own columns.
  const start = styled.at[h.nameStart - li.contentStart];
  const last = styled.at[h.nameEnd - li.contentStart - 1];
  if (start === undefined || last === undefined) return null;
  return { ...h, nameStart: li.contentStart + start, nameEnd: li.contentStart + last + 1 };
}

function readHeaderOf(lines: DocumentLines, i: number, li: LineInfo | undefined): HeaderText | null {
  if (!li || SKIP_BLOCKS.has(li.block)) return null;
  const raw = lines.source.lineAt(i);
  const content = li.content;
  if (content === '' || content.length > 120) return null;
  // A table-of-contents line `- [Summary](#summary)`, an image or a bare link is a link, not a header.
  if (li.block !== 'heading' && LINK_ONLY.test(content)) return null;

  if (li.block === 'heading') {
    const atx = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(content);
    const raw = atx ? (atx[2] ?? '') : content;
    const offset = li.contentStart + (atx ? content.indexOf(raw) : 0);
    // `### Description <a href="#description" id="description"></a>`: the anchor is not the name.
    const text = /<[a-z/][^>]*>/i.test(raw) ? stripTags(raw).trimEnd() : raw;
    return fromText(text, offset, atx ? 'atx' : 'setext', li.headingDepth, true);
  }
  // A line of an HTML block with no tag on it (`*Improvements:*` right under `<h3>Measures</h3>`,
  // which Markdown keeps in the block) is Markdown to its writer: read as any other line.
  const rawInHtml = li.block === 'html' && markdownInHtml(lines, i);
  if (li.block === 'html' && !rawInHtml) {
    // A rule or a break after the heading on its line (`<h3>Timeline</h3><hr>`) is not its name.
    const h = /^<h([1-6])\b[^>]*>(.*?)<\/h\1>(?:\s*<(?:hr|br)\s*\/?>)*\s*$/i.exec(content);
    if (h) return fromText(stripTags(h[2] ?? ''), li.contentStart + content.indexOf('>') + 1, 'html', Number(h[1]), true);
    const inner = stripTags(content).trim();
    if (inner === '' || inner === content) return null;
    const bold = /<(strong|b)>/i.test(content);
    return fromText(inner, li.contentStart + Math.max(0, content.indexOf(inner.slice(0, 3))), bold ? 'bold' : 'plain', null, bold);
  }
  // `##Timeline` is a heading to its writer; `#11205 Revert ...` and `#!/bin/sh` are not.
  const nospace = /^(#{1,6})(?=\p{L})(.*)$/u.exec(content);
  if (nospace) return fromText(nospace[2] ?? '', li.contentStart + (nospace[1]?.length ?? 0), 'atx-nospace', nospace[1]?.length ?? 1, false);

  if (li.quoteDepth >= 2 && /^\s*>\s*>/.test(raw)) return fromText(content, li.contentStart, 'quote-prefix', null, false, true);

  // A list marker Markdown did not read as one (a tab-indented `- **Tasks:**` continuing a
  // paragraph) is still a list item to the reader.
  const loose = li.listItemStart ? null : /^(?:[-*+•]|\d{1,2}[.)])[ \t]+(?=\S)/.exec(content);
  if (loose) {
    const rest = content.slice(loose[0].length);
    const asItem = readListLine(rest, li.contentStart + loose[0].length);
    if (asItem !== undefined) return asItem;
  }
  // A task-list item (`- [ ] Action item 1`) is a task to its writer, whatever it says.
  if (li.listItemStart && li.checked !== null) return null;
  const wrapped = /^(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(.*)$/.exec(content);
  if (wrapped) {
    const marker = wrapped[1] ?? '';
    const markup: HeaderMarkup = li.listItemStart ? 'list-item' : marker.length === 2 ? 'bold' : 'italic';
    const inner = (wrapped[2] ?? '') + ((wrapped[3] ?? '').match(/^\s*[:;.]+/)?.[0] ?? '');
    // Stray emphasis markers after the name (`*Timeline:***`) are no text of the line.
    const after = (wrapped[3] ?? '').replace(/^\s*[:;.]+/, '').replace(/^[\s*_]+$/, '').trim();
    const h = fromText(inner, li.contentStart + marker.length, markup, null, false, true);
    if (!h) return null;
    // `- **Detection:** at 15:30 ...` inside a list is an entry, not a section.
    if (after !== '' && li.listItemStart) return null;
    return { ...h, inlineText: after };
  }
  if (li.listItemStart) {
    if (li.listDepth !== 1) return null;
    return fromText(content, li.contentStart, 'list-item', null, false, true);
  }
  // `Root cause: an expired certificate` as a plain line: a label and its text (the section
  // reader takes it as a field only, never as a section).
  return fromText(content, li.contentStart, 'plain', null, true, false, li, lines, i);
}

/**
 * A line of an HTML block opened by an HTML heading (`<h3>Measures</h3>` with text right under
 * it), with no tag of its own: Markdown the writer meant, not HTML. Not a comment's line.
 */
export function markdownInHtml(lines: DocumentLines, i: number): boolean {
  const li = lines.at(i);
  if (!li || li.block !== 'html' || /[<>]/.test(li.content)) return false;
  let k = i;
  while (k > 0 && i - k < 40 && lines.at(k - 1)?.block === 'html') k--;
  return k < i && /^<h[1-6]\b[^>]*>.*<\/h[1-6]>(?:\s*<(?:hr|br)\s*\/?>)*\s*$/i.test(lines.at(k)?.content ?? '');
}

/**
 * A line that is a list item to the reader but not to Markdown: `**Name:**` alone is a
 * list-item header; anything else is no header (undefined: let the caller read it as usual).
 */
function readListLine(rest: string, offset: number): HeaderText | null | undefined {
  const wrapped = /^(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1\s*([:;.]*)\s*$/.exec(rest);
  if (!wrapped) return null;
  const marker = wrapped[1] ?? '';
  return fromText((wrapped[2] ?? '') + (wrapped[3] ?? ''), offset + marker.length, 'list-item', null, false, true);
}

function fromText(
  text: string,
  offset: number,
  markup: HeaderMarkup,
  level: number | null,
  allowInline: boolean,
  lenient = false,
  li?: LineInfo,
  lines?: DocumentLines,
  i?: number,
): HeaderText | null {
  if (STARTS_WITH_TIME.test(text)) return null;
  const parts = splitName(text, allowInline);
  if (!parts) return null;
  // A heading may go on after its name (`## Timeline (PST) Saturday Oct 30th - Monday`); other lines may not.
  if (parts.name.replace(/\s*\([^()]*\)/g, '').length > (level !== null ? 110 : 70)) return null;
  if (markup === 'plain' && li && lines && i !== undefined) {
    // A plain line is a header only when it stands out: trailing punctuation, alone in its
    // block, or in capitals. Sentences that merely contain a section word are not headers.
    const alone = lines.at(i - 1)?.block !== 'paragraph' && lines.at(i + 1)?.block !== 'paragraph';
    const caps = parts.name === parts.name.toUpperCase() && /[A-Z]/.test(parts.name);
    // A label's colon marks a header even after prose; a full stop does not ("...listed
    // below as\nAction items." is the end of a sentence).
    const colon = /[:;]\s*$/.test(text) || parts.inline !== '';
    if (!colon && !alone && !caps && !startsAfterBreak(lines, i, parts.name)) return null;
  }
  if (!lenient && markup === 'plain' && parts.inline === '' && /[.!?]$/.test(text.trim()) && text.trim().split(/\s+/).length > 6) return null;
  // A plain line is a header only when it reads like one: capitalised (`actions taken (what
  // parts were investigated)` in a brief is prose), with at most a short aside in brackets.
  if (markup === 'plain' && (!/^[^\p{L}\p{N}]*[\p{Lu}\p{N}]/u.test(parts.name) || ((parts.suffix?.length ?? 0) > 30 && !/:\s*$/.test(text)))) return null;
  return {
    markup,
    level,
    name: parts.name,
    nameStart: offset + parts.start,
    nameEnd: offset + parts.end,
    inlineText: parts.inline,
    suffix: parts.suffix,
  };
}

/**
 * A capitalised name on a line of its own, where the line before does not run on into it (it
 * ends a sentence or a label, or is short), is a header to any reader even inside a paragraph:
 * `Timeline` directly followed by timed lines. A wrapped sentence ("... in the\nsummary of
 * events") is not: it starts lower-case, or the line before runs on.
 */
function startsAfterBreak(lines: DocumentLines, i: number, name: string): boolean {
  if (!/^[A-Z0-9]/.test(name)) return false;
  const prev = lines.at(i - 1);
  if (!prev || prev.block !== 'paragraph') return true;
  const before = prev.content.trimEnd();
  return /[.!?:)\]"'*_`>]$|\\$/.test(before) || /<br\s*\/?>$/i.test(before) || before.length <= 60;
}

// A header reading depends on the line, its block context and its neighbours' blocks only.
const headerMemo = new Memo<HeaderMatch | null>();

export function matchHeader(lines: DocumentLines, i: number): HeaderMatch | null {
  // Read once a line, and after an edit only where the edit can have changed the reading
  // (DocumentLines.lineCache: the line and its neighbours decide it). An HTML line is read
  // each time: markdownInHtml looks further back than one line.
  const cache = lines.lineCache<HeaderMatch | null>(headerMemo);
  const known = cache[i];
  if (known !== undefined) return known;
  const h = readHeaderMatch(lines, i);
  if (lines.at(i)?.block !== 'html') cache[i] = h;
  return h;
}

function readHeaderMatch(lines: DocumentLines, i: number): HeaderMatch | null {
  const li = lines.at(i);
  if (!li || SKIP_BLOCKS.has(li.block) || li.content === '' || li.content.length > 120) return null;
  // Timeline entries (the bulk of a long document) start with a time or date: never headers.
  if (li.block !== 'heading' && STARTS_WITH_TIME.test(li.content)) return null;
  // Part of a link or code span split over lines (readHeaderText): asked before the memo,
  // since the lines around decide it, not this one's text.
  if (li.block !== 'heading' && lines.splitsInline(i)) return null;
  const prev = lines.at(i - 1);
  const prevEnd = prev?.block === 'paragraph' ? `${prev.content.length > 60 ? 'L' : 'S'}${prev.content.slice(-6)}` : '';
  const key = `${li.block}${li.block === 'html' && markdownInHtml(lines, i) ? 'md' : ''}|${li.headingDepth}|${li.quoteDepth}|${li.listDepth}|${li.listItemStart}|${prev?.block}|${prevEnd}|${lines.at(i + 1)?.block}|${lines.source.lineAt(i)}`;
  return headerMemo.get(key, () => readMatch(lines, i));
}

function readMatch(lines: DocumentLines, i: number): HeaderMatch | null {
  const h = readHeaderText(lines, i);
  if (!h) return null;
  const kinds = classifySectionName(h.name);
  if (kinds.length > 0) return { ...h, kinds };
  if (isProper(h) || ((h.markup === 'bold' || h.markup === 'italic') && h.inlineText === '')) {
    // `*Lessons Learned: A Recipe for Uptime*` names its section before the colon, too.
    // `## Timeline (all times PST) Saturday Oct 30th - Monday Nov 1st`, `## Timeline - 4 March`:
    // a heading whose first part is a section name names that section.
    const m = /^(.{3,40}?)\s*(?:\(|\s[-–—]\s|:(?!(?<=\d:)\d))/.exec(h.name);
    const head = m?.[1];
    const headKinds = head ? classifySectionName(head) : [];
    if (head && headKinds.length > 0) {
      const at = lines.source.lineAt(i).indexOf(head, h.nameStart);
      const start = at >= 0 ? at : h.nameStart;
      const rest = h.name.slice(head.length);
      const suffix = h.suffix ?? /\(([^()]*)\)/.exec(rest)?.[1]?.trim() ?? null;
      return { ...h, name: head, nameStart: start, nameEnd: start + head.length, suffix, kinds: headKinds };
    }
  }
  // `## Why nobody's sweep caught it`: a question heading names what it asks about. Inferred.
  const asked = isProper(h) ? questionKinds(h.name) : [];
  if (asked.length > 0) return { ...h, kinds: asked, inferred: true };
  if (isOtherSectionName(h.name, isProper(h))) return { ...h, kinds: ['other'] };
  // `Impact on Branches and Head Office:` alone on its line, or a heading `## The fault, in
  // three layers`: a name whose first words name the section. Inferred, so rules judge nothing
  // else about it; read here (not after the split) so that its sub-headings are read as its own.
  // Not a list item: `3. **Investigation and Diagnosis:**` is a step of a list that merely
  // starts with a section word; only a whole section name makes a list item a header.
  if (h.markup !== 'list-item' && (isProper(h) || h.inlineText === '') && (isProper(h) || /[:]\s*[*_]*\s*$/.test(lines.source.lineAt(i)))) {
    const lead = leadingKinds(h.name);
    if (lead.length > 0) return { ...h, kinds: lead, inferred: true };
  }
  return null;
}

export function isProper(h: { markup: string }): boolean {
  return h.markup === 'atx' || h.markup === 'setext' || h.markup === 'html' || h.markup === 'atx-nospace';
}
