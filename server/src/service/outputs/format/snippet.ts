/**
 * LSP snippet text (`${1:owner}`, `$0`, `${2|a,b|}`, `\$`) to the plain text it inserts by
 * default, for outputs that carry fixes without an editor (SARIF, `--fix`). Hand-written:
 * the only snippet parser is VS Code's internal one, not a package.
 */
export function snippetToText(snippet: string): string {
  return parse(snippet, 0, false).text;
}

function parse(s: string, start: number, nested: boolean): { text: string; end: number } {
  let out = '';
  let i = start;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length && '$}\\|,'.includes(s[i + 1] ?? '')) {
      out += s[i + 1];
      i += 2;
    } else if (nested && c === '}') {
      return { text: out, end: i + 1 };
    } else if (c === '$') {
      const simple = /^\$(\d+|[A-Za-z_]\w*)/.exec(s.slice(i));
      if (simple) {
        i += simple[0].length; // a tabstop or variable with no default inserts nothing
        continue;
      }
      const open = /^\$\{(\d+|[A-Za-z_]\w*)/.exec(s.slice(i));
      if (!open) {
        out += c;
        i++;
        continue;
      }
      i += open[0].length;
      const next = s[i];
      if (next === ':') {
        const inner = parse(s, i + 1, true);
        out += inner.text;
        i = inner.end;
      } else if (next === '|') {
        const close = s.indexOf('|}', i + 1);
        const choices = close < 0 ? '' : s.slice(i + 1, close);
        out += (choices.split(/(?<!\\),/)[0] ?? '').replace(/\\(.)/g, '$1');
        i = close < 0 ? s.length : close + 2;
      } else if (next === '}') {
        i++;
      } else {
        // Transforms (`${1/re/fmt/}`) are skipped to their close: nothing is inserted.
        const inner = parse(s, i, true);
        i = inner.end;
      }
    } else {
      out += c;
      i++;
    }
  }
  return { text: out, end: i };
}
