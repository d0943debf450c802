/**
 * Whether making a line a heading would change how the line after it renders: a line
 * indented by four spaces or a tab right under a paragraph or list item continues it (a
 * lazy line, the item's body), but under a heading it starts an indented code block.
 */
import type { SourceText } from '../../text/source-text';

export function nextLineTurnsCode(source: SourceText, line: number): boolean {
  if (line + 1 >= source.lineCount) return false;
  const next = source.lineAt(line + 1);
  return next.trim() !== '' && /^(?: {0,3}\t| {4})/.test(next);
}
