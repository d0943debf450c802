/**
 * What single lines of an action list say about its items, beside the items themselves: an
 * HTML paragraph drawn as a bullet, a line that only gives the item above it a field, an
 * emphasised note that the item is done, the text of an HTML list line.
 */
import { DECORATION } from '../../text/styling-tags';

const GLYPHS = '[•·▪●◦➤►✔✅]';

/** A paragraph of an HTML block that opens with a bullet drawn by an entity or an emoji (`<p>&emsp;:small_orange_diamond:Add a probe</p>`). */
const HTML_BULLET = new RegExp(String.raw`^\s*<p\b[^>]*>\s*(?:&(?:[a-z]{2,8}|#\d{2,6});\s*)*(?::[a-z][a-z0-9_+-]*:|${GLYPHS})`, 'i');
const LEADING_DECORATION = new RegExp(String.raw`^(?:\s*(?:${DECORATION}|${GLYPHS}))+`, 'i');

/** An HTML block line that is a list item to its reader: an `<li>`, or a paragraph drawn as a bullet. */
export function isHtmlItemLine(content: string): boolean {
  return /<li\b/i.test(content) || HTML_BULLET.test(content);
}

/**
 * An HTML list line's text without its tags and its drawn bullet, and where that text starts
 * in the line. When the text is not there verbatim (tags inside it), each tag becomes spaces
 * of its length, so every offset in the text is still the offset in the line.
 */
export function htmlItemText(raw: string, content: string, contentStart: number): { text: string; base: number } {
  const text = content.replace(/<[^>]*>/g, '').replace(LEADING_DECORATION, '').trim();
  const at = raw.indexOf(text, contentStart);
  if (text === '' || at >= 0) return { text, base: Math.max(at, 0) };
  const padded = content.replace(/<[^>]*>/g, (m) => ' '.repeat(m.length));
  return { text: padded.trim(), base: contentStart + (padded.length - padded.trimStart().length) };
}

// `Deadline: Jan 20`, `**Owner:** @ana`.
const FIELD_LINE = /^(?:\*\*|__)?(?:deadline|due(?:\s+date|\s+by)?|owner|assignee|assigned\s+to|responsible|priority|eta|target\s+date)(?:\*\*|__)?\s*[:=](?:\*\*|__)?\s*\S/i;

/** The line only gives a field of the item above it. */
export function isFieldLine(text: string): boolean {
  return FIELD_LINE.test(text);
}

// `... in the current metrics. _done in grafana_.`, `**Done**`.
const DONE_AT_END = /(?:^|[\s.;,])(?:\*\*|__|\*|_)\s*(?:done|completed|implemented|fixed|shipped)\b[^*_\n]{0,40}?(?:\*\*|__|\*|_)\s*\.?\s*$/i;

/** The line ends with an emphasised note that the item is done. */
export function endsDone(line: string): boolean {
  return DONE_AT_END.test(line);
}
