/**
 * "Convert to Markdown headings and lists": a postmortem written as plain lines (`Timeline:`
 * then `12:30 PM: ...` lines) renders on GitHub as one run-on paragraph. This rewrites every
 * plain section header into a heading and every plain timeline entry, measure and task into
 * a list item, adding only `#`, `- ` and blank lines: not one word changes (only a header's
 * trailing colon goes). The model says which line is what, so nothing else is touched.
 */
import type { DocumentLines } from '../../parse/document-lines';
import type { Postmortem, Section } from '../../model/schema';
import { lineRoles } from '../../model/roles';
import { sectionLevel } from '../structure/shared';
import { lineRange, type SourceText, type TextEdit } from '../../text/source-text';

/** May this line be rewritten: a plain line of a top-level paragraph, outside quotes and lists. */
function plainLine(lines: DocumentLines, line: number): boolean {
  const li = lines.at(line);
  return li !== undefined && li.block === 'paragraph' && li.quoteDepth === 0 && li.listDepth === 0;
}

/**
 * Line `l` renders on the line before it, in one paragraph: both are lines of the same
 * paragraph (no blank line, no list marker, same quote and list depth) and the line before
 * ends without a hard break (two spaces or a backslash).
 */
export function joinsPrevious(lines: DocumentLines, source: SourceText, l: number): boolean {
  const a = lines.at(l - 1);
  const b = lines.at(l);
  if (!a || !b || a.block !== 'paragraph' || b.block !== 'paragraph') return false;
  if (b.listItemStart || a.quoteDepth !== b.quoteDepth || a.listDepth !== b.listDepth) return false;
  return !/(?: {2,}|\\)$/.test(source.lineAt(l - 1));
}

const ITEM_ROLES = new Set(['entry', 'untimed-entry', 'measure', 'task']);

export interface RunOnGroup {
  /** The item lines (timeline entries, untimed entries, measures, tasks) rendering in one paragraph. */
  lines: number[];
  /** Their roles, from model/roles.ts. */
  roles: string[];
}

/** How many lines of timeline entries, measures and tasks are plain paragraph lines (not list items), counting to two. */
function plainItemLines(model: Postmortem, lines: DocumentLines): number {
  let n = 0;
  for (const list of [model.timeline, model.untimedEntries, model.measures, model.tasks]) {
    for (const item of list) {
      const li = lines.at(item.line);
      if (li && li.block === 'paragraph' && !li.listItemStart && ++n >= 2) return n;
    }
  }
  return n;
}

/**
 * Two or more item lines written as plain lines that render in one paragraph, split where a
 * section starts (a plain-line document can be one paragraph from its timeline to its tasks),
 * but not where a part of the timeline starts: one timeline in one paragraph is one group.
 */
export function runOnGroups(model: Postmortem, lines: DocumentLines, source: SourceText): RunOnGroup[] {
  // A group is of model items' lines written as plain paragraph lines; with fewer than two
  // such lines there is none, and the roles of every line are not worked out (a timeline of
  // list items, the usual case: ~7 ms a keystroke at 10,000 lines, server CPU profile).
  if (plainItemLines(model, lines) < 2) return [];
  const roles = lineRoles(model, lines);
  const para: number[] = [];
  for (let l = 0; l < lines.length; l++) para.push(l > 0 && joinsPrevious(lines, source, l) ? (para[l - 1] ?? l) : l);
  // A part of the timeline (`Detection and Response:` over its entries, read as a section
  // under it) is the timeline still: its entries group with the rest of the paragraph.
  const timelinePart = (i: number): number => {
    let at = i;
    for (let sec = model.sections[at]; sec && sec.parent !== null && sec.kinds.includes('timeline') && model.sections[sec.parent]?.kinds.includes('timeline'); sec = model.sections[at]) at = sec.parent;
    return at;
  };
  const sectionOf = (l: number): number => timelinePart(model.sections.reduce((at, sec, i) => (sec.line <= l ? i : at), -1));
  const groups = new Map<string, RunOnGroup>();
  roles.forEach((r, l) => {
    const li = lines.at(l);
    if (!ITEM_ROLES.has(r.role) || !li || li.block !== 'paragraph' || li.listItemStart) return;
    const key = `${para[l] ?? l}:${sectionOf(l)}`;
    const g = groups.get(key) ?? { lines: [], roles: [] };
    g.lines.push(l);
    g.roles.push(r.role);
    groups.set(key, g);
  });
  return [...groups.values()].filter((g) => g.lines.length >= 2);
}

/**
 * What the conversion rewrites: plain section headers (to headings) and the item lines of
 * run-on groups (to list items), and the body lines that continue an item (left as its
 * continuation). An item alone in its paragraph (a measure's title over its description)
 * renders as its own paragraph already and stays. A field line (`Root Cause: ...`) is never
 * a body: it gets a paragraph of its own.
 */
export function plainStructure(model: Postmortem, lines: DocumentLines): { headers: Section[]; items: number[]; bodies: Set<number> } {
  const roles = lineRoles(model, lines);
  const fieldLines = new Set(model.fields.map((f) => f.line));
  const headers = model.sections.filter(
    (s) =>
      s.markup === 'plain' && !s.inferred && roles[s.line]?.role === 'header' && s.headerRange.start.line === s.line && plainLine(lines, s.line) &&
      lines.source.lineAt(s.line).slice(0, s.headerRange.start.character).trim() === '',
  );
  const runOn = new Set(runOnGroups(model, lines, lines.source).flatMap((g) => g.lines));
  const items: number[] = [];
  const bodies = new Set<number>();
  roles.forEach((r, l) => {
    if (!plainLine(lines, l) || fieldLines.has(l)) return;
    if (ITEM_ROLES.has(r.role) && runOn.has(l)) items.push(l);
    else if (r.role === 'entry-body' || r.role === 'item-body') bodies.add(l);
  });
  return { headers, items, bodies };
}

/**
 * The edits, one per rewritten line (each replaces its whole line), against `source`.
 * Empty when the document has no plain structure.
 */
export function markdownStructureEdits(model: Postmortem, lines: DocumentLines, source: SourceText): TextEdit[] {
  const { headers, items, bodies: bodyLines } = plainStructure(model, lines);
  if (headers.length === 0 && items.length === 0) return [];
  const eol = source.eol;
  const base = sectionLevel(model);
  const headerAt = new Map(headers.map((h) => [h.line, h]));
  const itemAt = new Set(items);
  const blank = (l: number): boolean => l < 0 || l >= lines.length || lines.at(l)?.block === 'blank';
  const isListLine = (l: number): boolean => itemAt.has(l) || lines.at(l)?.listItemStart === true;
  const edits: TextEdit[] = [];
  for (let l = 0; l < lines.length; l++) {
    const raw = source.lineAt(l);
    const header = headerAt.get(l);
    if (header) {
      const level = Math.min(6, base + (header.parent !== null ? 1 : 0));
      const hs = header.headerRange.start.character;
      const he = header.headerRange.end.character;
      // The header as written (a zone suffix included), without its trailing colon; what follows it becomes a paragraph.
      const name = raw.slice(hs, he).replace(/\s*:\s*$/, '');
      const rest = raw.slice(he).replace(/^\s*:?\s*/, '');
      const before = blank(l - 1) ? '' : eol;
      edits.push({ range: lineRange(l, 0, raw.length), newText: `${before}${'#'.repeat(level)} ${name}${rest ? `${eol}${eol}${rest}` : ''}` });
      continue;
    }
    if (!itemAt.has(l)) continue;
    const li = lines.at(l);
    const at = li?.contentStart ?? 0;
    // A list right after a paragraph line: a blank line first, so the paragraph ends here.
    const before = !blank(l - 1) && !isListLine(l - 1) && !bodyLines.has(l - 1) && !headerAt.has(l - 1) ? eol : '';
    // The line after the list's last item: a blank line, or it would continue the item.
    let last = l;
    while (bodyLines.has(last + 1) && plainLine(lines, last + 1) && !itemAt.has(last + 1) && !headerAt.has(last + 1)) last++;
    const next = last + 1;
    const needsEnd = last === l && !blank(next) && !isListLine(next) && !headerAt.has(next) && lines.at(next)?.block === 'paragraph';
    // Indentation goes (four columns would make an indented code block after a blank line);
    // an indented line that already starts with a marker (`\t- 11:00pm ...`) only loses it.
    const body = raw.slice(at);
    const marker = /^(?:[-*+]|\d{1,9}[.)])[ \t]/.test(body);
    edits.push({ range: lineRange(l, 0, raw.length), newText: `${before}${marker ? '' : '- '}${body}${needsEnd ? eol : ''}` });
    if (last !== l && !blank(next) && !isListLine(next) && !headerAt.has(next) && lines.at(next)?.block === 'paragraph') {
      const lastRaw = source.lineAt(last);
      edits.push({ range: lineRange(last, lastRaw.length, lastRaw.length), newText: eol });
    }
  }
  return edits;
}
