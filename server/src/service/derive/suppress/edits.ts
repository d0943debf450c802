/**
 * The edits behind "disable this rule for this line / for this file". They merge into an
 * existing directive where one is in place, and they never break the Markdown around them:
 * a comment line inserted between two table rows, two list items or two lines of a paragraph
 * would split the table, the list or the paragraph, so there the directive goes at the end
 * of the line instead (`<!-- postmortem-disable-line rule -->`, invisible when rendered).
 */
import type { TextEdit } from '../../text/source-text';
import { lineRange, range } from '../../text/source-text';
import { excludedLines, frontMatterEnd } from './blocks';
import { directivesOnLine, isDirectiveOnlyLine, parseDirectives } from './directives';
import type { Directive, DirectiveKind } from './directives';

function comment(kind: DirectiveKind, rule: RuleNames): string {
  return `<!-- postmortem-${kind} ${names(rule).join(' ')} -->`;
}

/** One rule name or several (one directive for all the findings on a line). */
export type RuleNames = string | readonly string[];

function names(rule: RuleNames): string[] {
  return typeof rule === 'string' ? [rule] : [...new Set(rule)];
}

/** Adds the rules to a directive; undefined when it already covers them all. */
function mergeInto(d: Directive, rule: RuleNames): TextEdit | undefined {
  if (d.rules.length === 0) return undefined;
  const missing = names(rule).filter((n) => !d.rules.some((r) => r.name === n));
  if (missing.length === 0) return undefined;
  return { range: lineRange(d.line, d.insertAt, d.insertAt), newText: ` ${missing.join(' ')}` };
}

const ATX_HEADING = /^ {0,3}#{1,6}(\s|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s*([-*+]|\d{1,9}[.)])(\s|$)/;
const TABLE_ROW = /^\s*\|/;
const FENCE = /^\s*(`{3,}|~{3,})\s*$/;

/** May a comment line go above `line` without joining or splitting the block around it? */
function commentFitsAbove(lines: readonly string[], line: number): boolean {
  const text = lines[line] ?? '';
  if (LIST_ITEM.test(text) || TABLE_ROW.test(text)) return false;
  if (line === 0 || ATX_HEADING.test(text)) return true;
  const prev = lines[line - 1] ?? '';
  if (prev.trim() === '') return true;
  return ATX_HEADING.test(prev) || THEMATIC_BREAK.test(prev) || FENCE.test(prev) || /^\s*<!--.*-->\s*$/.test(prev);
}

/**
 * Silences `rule` on one line. Undefined when the rule is silenced there already, or when the
 * line cannot carry a comment (front matter, fenced code): offer the file-level edit then.
 */
export function disableForLineEdit(
  lines: readonly string[],
  line: number,
  rule: RuleNames,
  eol: string,
  isCode?: (line: number) => boolean,
): TextEdit | undefined {
  if (line < 0 || line >= lines.length || excludedLines(lines, isCode)(line)) return undefined;
  const text = lines[line] ?? '';
  const own = directivesOnLine(text, line).find((d) => d.kind === 'disable-line');
  if (own) return mergeInto(own, rule);
  if (line > 0) {
    const prevDirectives = directivesOnLine(lines[line - 1] ?? '', line - 1);
    const above = prevDirectives.find((d) => d.kind === 'disable-next-line');
    if (above && isDirectiveOnlyLine(lines[line - 1] ?? '', prevDirectives)) return mergeInto(above, rule);
  }
  if (commentFitsAbove(lines, line)) {
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    // Four columns of indentation would make the comment an indented code line.
    const keep = indent.replace(/\t/g, '    ').length >= 4 ? '' : indent;
    return { range: lineRange(line, 0, 0), newText: `${keep}${comment('disable-next-line', rule)}${eol}` };
  }
  // At the end of the text, before trailing spaces and a trailing backslash (hard breaks).
  const end = /\\?[ \t]*$/.exec(text)?.index ?? text.length;
  return { range: lineRange(line, end, end), newText: ` ${comment('disable-line', rule)}` };
}

/** Silences `rule` in the whole document: merged into a disable-file comment, else one after the front matter. */
export function disableForFileEdit(
  lines: readonly string[],
  rule: RuleNames,
  eol: string,
  isCode?: (line: number) => boolean,
): TextEdit | undefined {
  const existing = parseDirectives(lines, isCode).filter((d) => d.kind === 'disable-file');
  const wanted = names(rule);
  if (existing.some((d) => d.rules.length === 0 || wanted.every((n) => d.rules.some((r) => r.name === n)))) return undefined;
  const first = existing[0];
  if (first) return mergeInto(first, rule);
  const fm = frontMatterEnd(lines);
  const text = comment('disable-file', rule);
  if (fm < 0) return { range: range(0, 0, 0, 0), newText: `${text}${eol}` };
  if (fm + 1 < lines.length) return { range: range(fm + 1, 0, fm + 1, 0), newText: `${text}${eol}` };
  const end = (lines[fm] ?? '').length;
  return { range: range(fm, end, fm, end), newText: `${eol}${text}` };
}
