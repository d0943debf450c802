/**
 * Suppression comments, read from a document's lines:
 *
 *   <!-- postmortem-disable [rules] -->            from here on (no names: every rule)
 *   <!-- postmortem-enable [rules] -->             from here on, undoes disable
 *   <!-- postmortem-disable-next-line [rules] -->  the next line that is not itself a directive
 *   <!-- postmortem-disable-line [rules] -->       this line
 *   <!-- postmortem-disable-file [rules] -->       the whole document, wherever it stands
 *
 * Names are separated by spaces or commas; ` -- ` starts a free-text reason. Directives in
 * front matter, fenced code and inline code spans do not count.
 */
import type { Range } from '../../text/source-text';
import { lineRange } from '../../text/source-text';
import { excludedLines } from './blocks';
import { allMatches } from '../../text/matches';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  line: number;
  /** The whole comment. */
  range: Range;
  /** The rules named; empty means every rule. */
  rules: { name: string; range: Range }[];
  /** Where a new name would be inserted: after the last name (or the keyword). */
  insertAt: number;
}

/** What every directive holds: a text without it holds none. */
export const DIRECTIVE_PREFIX = 'postmortem-';

const DIRECTIVE = /<!--\s*postmortem-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|-->)([\s\S]*?)-->/g;

/** Blanks out inline code spans, keeping every other character's position. */
function maskInlineCode(line: string): string {
  if (!line.includes('`')) return line;
  return line.replace(/(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (m) => ' '.repeat(m.length));
}

/** The directives on one line (the line is assumed to be ordinary Markdown text). */
export function directivesOnLine(text: string, line: number): Directive[] {
  const out: Directive[] = [];
  const masked = maskInlineCode(text);
  for (const m of allMatches(masked, DIRECTIVE)) {
    const kind = m[1] as DirectiveKind;
    const body = m[2] ?? '';
    const start = m.index;
    const bodyStart = start + m[0].length - 3 - body.length;
    const reason = /\s--(\s|$)/.exec(body);
    const names = reason ? body.slice(0, reason.index) : body;
    const rules: Directive['rules'] = [];
    let insertAt = bodyStart;
    for (const n of allMatches(names, /[^\s,]+/g)) {
      const s = bodyStart + n.index;
      rules.push({ name: n[0], range: lineRange(line, s, s + n[0].length) });
      insertAt = s + n[0].length;
    }
    out.push({ kind, line, range: lineRange(line, start, start + m[0].length), rules, insertAt });
  }
  return out;
}

/** Every directive in the document, in order. */
export function parseDirectives(lines: readonly string[], isCode?: (line: number) => boolean): Directive[] {
  const excluded = excludedLines(lines, isCode);
  const out: Directive[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    if (!text.includes(DIRECTIVE_PREFIX) || excluded(i)) continue;
    out.push(...directivesOnLine(text, i));
  }
  return out;
}

/** A line holding nothing but directives (so disable-next-line passes over it). */
export function isDirectiveOnlyLine(text: string, directives: readonly Directive[]): boolean {
  if (directives.length === 0) return false;
  let rest = text;
  for (const d of [...directives].sort((a, b) => b.range.start.character - a.range.start.character)) {
    rest = rest.slice(0, d.range.start.character) + rest.slice(d.range.end.character);
  }
  return rest.trim() === '';
}
