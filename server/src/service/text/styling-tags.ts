/**
 * Inline HTML that only styles its text: `<span style="color: red;">Tasks:</span>`,
 * `<font color=...>`, `<mark>`, `<u>`. A reader sees the words, not the tags; what the
 * document says (a label, a task, a quote in a message) is read without them.
 */
const NAMES = 'span|font|mark|small|big|u';

export const STYLING_TAG = new RegExp(`<\\/?(?:${NAMES})\\b[^>]*>`, 'gi');

export function withoutStylingTags(text: string): string {
  return text.includes('<') ? text.replace(STYLING_TAG, '') : text;
}

const OPENING = new RegExp(`^(?:<(?:${NAMES})\\b[^>]*>\\s*)+`, 'i');
const CLOSING = new RegExp(`(?:\\s*<\\/(?:${NAMES})\\s*>)+\\s*$`, 'i');

/** How many characters of styling tags open and close a text (`<span ...>Add a probe</span>`). */
export function stylingAround(text: string): { open: number; close: number } {
  const open = OPENING.exec(text)?.[0].length ?? 0;
  const close = CLOSING.exec(text.slice(open))?.[0].length ?? 0;
  return { open, close: close < text.length - open ? close : 0 };
}

/**
 * Decoration before a line's text that renders as an indent or a bullet: spacing entities
 * (`&emsp;`, `&nbsp;`, `&#8195;`) and emoji shortcodes (`:small_orange_diamond:`).
 */
export const DECORATION = String.raw`&(?:[a-z]{2,8}|#\d{2,6});|:[a-z][a-z0-9_+-]*:`;
