/**
 * Messages quote what they are about in backticks (RULES.md): on one line, at most `max`
 * characters, backticks inside turned to quotes so the Markdown of the message stays whole.
 */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const cut = t.length > max ? `${t.slice(0, max - 1)}…` : t;
  return `\`${cut.replace(/`/g, "'")}\``;
}
