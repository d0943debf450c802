/**
 * Word wrap for line-oriented terminal output. Widths count code points (a terminal shows
 * most characters of a message in one column; wide CJK characters and emoji, which take
 * two, are rare in findings and only make such a line a little longer).
 */

export function textWidth(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Splits `text` into lines of at most `width` columns at spaces; a word longer than the
 * width is cut where the line ends (a URL, a long path). Never returns an empty array.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((x) => x !== '')) {
    let rest = word;
    if (line !== '' && textWidth(line) + 1 + textWidth(rest) <= w) { line += ` ${rest}`; continue; }
    if (line !== '') { lines.push(line); line = ''; }
    while (textWidth(rest) > w) {
      const cps = [...rest];
      lines.push(cps.slice(0, w).join(''));
      rest = cps.slice(w).join('');
    }
    line = rest;
  }
  lines.push(line);
  return lines;
}
