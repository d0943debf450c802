/**
 * Owners across a document, for references and rename: every `@handle` in prose, every task
 * or measure whose owner field is that handle, and the front matter's `authors`/`owner`/
 * `owners`. Ranges cover the handle without `@`, so a rename replaces only the name.
 */
import type { Position, Range } from '../text/source-text';
import type { DocumentLines } from '../parse/document-lines';
import type { Postmortem } from '../model/schema';
import type { Nodes } from 'mdast';
import { allMatches } from '../text/matches';

/** Inline code spans (`` `@alice` ``, `` `OPS-1` ``) by line: [start, end) columns. Text there is literal, not a mention or a ticket. */
export function inlineCodeSpans(lines: DocumentLines): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  const walk = (node: Nodes): void => {
    if (node.type === 'inlineCode' && node.position) {
      const { start, end } = node.position;
      for (let l = start.line - 1; l <= end.line - 1; l++) {
        const from = l === start.line - 1 ? start.column - 1 : 0;
        const to = l === end.line - 1 ? end.column - 1 : lines.source.lineAt(l).length;
        out.set(l, [...(out.get(l) ?? []), [from, to]]);
      }
      return;
    }
    if ('children' in node) for (const c of node.children) walk(c);
  };
  walk(lines.tree);
  return out;
}

/** Whether [start, end) on `line` lies in an inline code span. */
export function inCode(spans: Map<number, [number, number][]>, line: number, start: number, end: number): boolean {
  return (spans.get(line) ?? []).some(([a, b]) => start < b && end > a);
}

/** A handle as typed after `@`: letters, digits, `.`, `_`, `-` (not ending in `.` or `-`). */
export const HANDLE = /^[A-Za-z0-9_](?:[\w.-]*[\w])?$/;
const MENTION = /(?<![\w.@/-])@([A-Za-z0-9_](?:[\w.-]*[\w])?)/g;

/** `@handle` mentions in a line (not e-mail addresses): offsets of the handle, without `@`. */
export function handleMentions(text: string): { handle: string; start: number; end: number }[] {
  const out: { handle: string; start: number; end: number }[] = [];
  for (const m of allMatches(text, MENTION)) {
    const handle = m[1] ?? '';
    const start = m.index + 1;
    out.push({ handle, start, end: start + handle.length });
  }
  return out;
}

export interface OwnerOccurrence { handle: string; range: Range; where: 'mention' | 'owner' | 'front-matter' }

const FRONT_MATTER_KEYS = /^\s*(authors?|owners?)\s*:/i;

function tokenRanges(text: string, handle: string, line: number, from = 0): Range[] {
  const out: Range[] = [];
  const re = new RegExp(`(?<![\\w.@-])@?(${handle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![\\w-]|\\.\\w)`, 'gi');
  for (const m of allMatches(text.slice(from), re)) {
    const start = from + m.index + (m[0].startsWith('@') ? 1 : 0);
    out.push({ start: { line, character: start }, end: { line, character: start + (m[1] ?? '').length } });
  }
  return out;
}

/** Every occurrence of `handle` (case-insensitive, without `@`) in the document. */
export function ownerOccurrences(lines: DocumentLines, model: Postmortem, handle: string): OwnerOccurrence[] {
  const h = handle.replace(/^@/, '');
  if (!HANDLE.test(h)) return [];
  const source = lines.source;
  const seen = new Set<string>();
  const out: OwnerOccurrence[] = [];
  const add = (range: Range, where: OwnerOccurrence['where']): void => {
    const key = `${range.start.line}:${range.start.character}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ handle: source.getText(range), range, where });
  };
  const fm = model.frontMatter;
  if (fm) {
    let inKey = false;
    for (let l = fm.range.start.line + 1; l < fm.range.end.line; l++) {
      const text = source.lineAt(l);
      const key = FRONT_MATTER_KEYS.exec(text);
      if (key) inKey = true;
      else if (/^\S/.test(text)) inKey = false;
      if (!inKey) continue;
      for (const r of tokenRanges(text, h, l, key ? key[0].length : 0)) add(r, 'front-matter');
    }
  }
  for (const item of [...model.tasks, ...model.measures]) {
    const o = item.owner;
    if (!o || o.text.replace(/^@/, '').toLowerCase() !== h.toLowerCase()) continue;
    const start = o.range.start.character + (o.text.startsWith('@') ? 1 : 0);
    add({ start: { line: o.range.start.line, character: start }, end: o.range.end }, 'owner');
  }
  const fmEnd = fm ? fm.range.end.line + 1 : 0;
  const code = inlineCodeSpans(lines);
  for (let l = fmEnd; l < source.lineCount; l++) {
    if (lines.isCode(l)) continue;
    for (const m of handleMentions(source.lineAt(l))) {
      if (m.handle.toLowerCase() === h.toLowerCase() && !inCode(code, l, m.start - 1, m.end)) add({ start: { line: l, character: m.start }, end: { line: l, character: m.end } }, 'mention');
    }
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function inside(r: Range, p: Position): boolean {
  return p.line === r.start.line && p.character >= r.start.character && p.character <= r.end.character;
}

/** The owner handle at a position (a mention, an owner field, a front-matter author), or null. */
export function ownerAt(lines: DocumentLines, model: Postmortem, pos: Position): { handle: string; range: Range } | null {
  const text = lines.source.lineAt(pos.line);
  if (lines.isCode(pos.line)) return null;
  const code = inlineCodeSpans(lines);
  for (const m of handleMentions(text)) {
    if (inCode(code, pos.line, m.start - 1, m.end)) continue;
    const r: Range = { start: { line: pos.line, character: m.start }, end: { line: pos.line, character: m.end } };
    if (inside({ ...r, start: { line: pos.line, character: m.start - 1 } }, pos)) return { handle: m.handle, range: r };
  }
  for (const item of [...model.tasks, ...model.measures]) {
    const o = item.owner;
    if (!o || !inside(o.range, pos)) continue;
    const h = o.text.replace(/^@/, '');
    if (!HANDLE.test(h)) return null;
    const start = o.range.start.character + (o.text.startsWith('@') ? 1 : 0);
    return { handle: h, range: { start: { line: o.range.start.line, character: start }, end: o.range.end } };
  }
  const fm = model.frontMatter;
  if (fm && pos.line > fm.range.start.line && pos.line < fm.range.end.line) {
    const word = /[\w.-]+/g;
    for (const m of allMatches(text, word)) {
      if (pos.character < m.index || pos.character > m.index + m[0].length) continue;
      const occ = ownerOccurrences(lines, model, m[0]).find((o) => o.where === 'front-matter' && o.range.start.line === pos.line && o.range.start.character === m.index);
      if (occ) return { handle: m[0], range: occ.range };
    }
  }
  return null;
}
