/** The texts of items that matching compares: a measure's whole text, a task's words without its fields. */
import type { Item } from '../../model/schema';
import type { SourceText } from '../../text/source-text';
import { withoutStylingTags } from '../../text/styling-tags';

/**
 * An item's whole text: its first line and the lines it runs on to (a title's description,
 * the details under a bullet), list markers and emphasis aside. What a measure asks for is
 * often in those lines ("Review provider contracts:" / "Compare the throttling terms ...").
 */
export function fullText(source: SourceText, item: Item): string {
  const parts = [item.text];
  for (let l = item.line + 1; l <= item.endLine; l++) {
    parts.push(source.lineAt(l).replace(/^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])?\s*(?:\[[ xX]?\]\s*)?/, '').trim());
  }
  return withoutStylingTags(parts.filter((p) => p !== '').join(' '));
}

/**
 * What a task says, without the fields it carries (owner, due date, priority, ticket) and
 * their labels and status words, so two tasks that differ only in those compare equal.
 */
export function coreText(item: Item): string {
  const base = item.textRange.start;
  const cuts: [number, number][] = [];
  for (const f of [item.owner, item.due, item.priority, item.tracking]) {
    if (!f || f.range.start.line !== base.line || f.range.end.line !== base.line) continue;
    cuts.push([f.range.start.character - base.character, f.range.end.character - base.character]);
  }
  let t = item.text;
  for (const [s, e] of cuts.sort((a, b) => b[0] - a[0])) if (s >= 0 && e <= t.length) t = `${t.slice(0, s)} ${t.slice(e)}`;
  return withoutStylingTags(t)
    .replace(/\b(?:owners?|assignee|assigned to|due(?: date| by| on)?|deadline|by|priority|status|ticket)\s*[:=]?\s*(?=[\s,;)\]]|$)/gi, ' ')
    .replace(/\b(?:DONE|TODO|WIP)\b/g, ' ')
    .replace(/[([]\s*[,;]?\s*[)\]]/g, ' ')
    .replace(/(?<!\s)\s*[,;]\s*(?=[,;)]|$)/g, ' ') // starts at its blank run: linear
    .replace(/\s+/g, ' ')
    .trim();
}
