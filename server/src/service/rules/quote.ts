import { withoutStylingTags } from '../text/styling-tags';

/**
 * Messages quote what they are about in backticks (RULES.md): on one line, at most `max`
 * characters, backticks inside turned to quotes so the Markdown of the message stays whole.
 * A longer text is cut at the last word boundary that keeps at least half of it (a word is
 * never cut in two unless it alone is longer than half the limit), then `…`. Styling tags
 * (`<span style=...>`) are not quoted: the reader sees the words.
 */
export function quote(text: string, max = 60): string {
  const t = withoutStylingTags(text).replace(/\s+/g, ' ').trim();
  return `\`${cutAtWord(t, max).replace(/`/g, "'")}\``;
}

function cutAtWord(t: string, max: number): string {
  if (t.length <= max) return t;
  const room = t.slice(0, max); // `max - 1` characters and the ellipsis fit; the next one tells whether a word ends here
  const space = room.lastIndexOf(' ');
  const head = space >= Math.floor(max / 2) ? room.slice(0, space) : room.slice(0, max - 1);
  return `${head.replace(/[\s,;:.\-–—(]+$/, '')}…`;
}
