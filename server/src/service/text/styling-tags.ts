/**
 * Inline HTML that only styles its text: `<span style="color: red;">Tasks:</span>`,
 * `<font color=...>`, `<mark>`, `<u>`. A reader sees the words, not the tags; what the
 * document says (a label, a task, a quote in a message) is read without them.
 */
export const STYLING_TAG = /<\/?(?:span|font|mark|small|big|u)\b[^>]*>/gi;

export function withoutStylingTags(text: string): string {
  return text.includes('<') ? text.replace(STYLING_TAG, '') : text;
}
