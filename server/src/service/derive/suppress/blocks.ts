/**
 * Which lines can carry a suppression comment: not front matter (YAML, where `<!-- -->` is
 * text) and not fenced code (where it is shown, not obeyed). A line scan rather than a
 * Markdown parse, because the caller may have no syntax tree (the CLI's quick path) and the
 * server passes its own `isCode` from the parsed model when it has one.
 */

/** The index of the front matter's closing line, or -1 when the document has none. */
export function frontMatterEnd(lines: readonly string[]): number {
  const first = lines[0]?.trimEnd();
  if (first !== '---' && first !== '+++') return -1;
  for (let i = 1; i < lines.length; i++) {
    const l = (lines[i] ?? '').trimEnd();
    if (first === '---' ? l === '---' || l === '...' : l === '+++') return i;
  }
  return -1;
}

const OPEN = /^\s*(`{3,}|~{3,})(.*)$/;

/**
 * A predicate for lines inside fenced code blocks (the fences included). Fences may be
 * indented (list items nest them); an unclosed fence runs to the end, as in CommonMark.
 */
export function fencedCodeLines(lines: readonly string[]): (line: number) => boolean {
  const inCode = new Uint8Array(lines.length);
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (fence === null) {
      const m = OPEN.exec(l);
      if (m && m[1] && !(m[1].startsWith('`') && (m[2] ?? '').includes('`'))) {
        fence = m[1];
        inCode[i] = 1;
      }
      continue;
    }
    inCode[i] = 1;
    const t = l.trim();
    if (t.length >= fence.length && t[0] === fence[0] && /^(`+|~+)$/.test(t)) fence = null;
  }
  return (line) => inCode[line] === 1;
}

/** Lines that cannot carry a directive: front matter, plus the caller's code lines (or our own scan's). */
export function excludedLines(lines: readonly string[], isCode?: (line: number) => boolean): (line: number) => boolean {
  const fm = frontMatterEnd(lines);
  const code = isCode ?? fencedCodeLines(lines);
  return (line) => line <= fm || code(line);
}
