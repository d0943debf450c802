/**
 * A parser and plain-text expander for VS Code's snippet syntax (the TextMate flavour VS Code
 * documents under "Snippet syntax"): `$1`, `${1}`, `${1:default}`, `${1|a,b|}`, `$NAME`,
 * `${NAME}`, `${NAME:default}`, and the escapes `\$`, `\}`, `\\` (and `\,` `\|` in choices).
 *
 * Hand-written because VS Code's own parser (vs/editor/contrib/snippet/browser/snippetParser)
 * is not published as a package, and the templates need only this subset. Variable
 * transforms (`${1/re/fmt/}`) are refused rather than half-supported.
 */

export type SnippetNode =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: SnippetNode[] | null; choices: string[] | null }
  | { kind: 'variable'; name: string; children: SnippetNode[] | null };

export class SnippetSyntaxError extends Error {}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  /** Parses until `stop` (a `}` closing a placeholder) or the end. */
  parseSequence(insidePlaceholder: boolean): SnippetNode[] {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos] ?? '';
      if (ch === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
          continue;
        }
        text += ch;
        this.pos++;
        continue;
      }
      if (ch === '}' && insidePlaceholder) {
        flush();
        return out;
      }
      if (ch === '$') {
        const node = this.parseDollar();
        if (node) {
          flush();
          out.push(node);
          continue;
        }
      }
      text += ch;
      this.pos++;
    }
    if (insidePlaceholder) throw new SnippetSyntaxError(`unclosed placeholder in snippet at ${this.pos}`);
    flush();
    return out;
  }

  /** At a `$`: a tab stop, placeholder, choice or variable; null when it is a literal `$`. */
  private parseDollar(): SnippetNode | null {
    const rest = this.src.slice(this.pos + 1);
    const simple = /^(\d+|[A-Za-z_][A-Za-z_0-9]*)/.exec(rest);
    if (simple) {
      this.pos += 1 + simple[0].length;
      return this.leaf(simple[0], null);
    }
    const open = /^\{(\d+|[A-Za-z_][A-Za-z_0-9]*)/.exec(rest);
    if (!open || open[1] === undefined) return null;
    const id = open[1];
    this.pos += 1 + open[0].length;
    const next = this.src[this.pos];
    if (next === '}') {
      this.pos++;
      return this.leaf(id, null);
    }
    if (next === ':') {
      this.pos++;
      const children = this.parseSequence(true);
      this.pos++; // the closing brace
      return this.leaf(id, children);
    }
    if (next === '|' && /^\d+$/.test(id)) {
      this.pos++;
      return { kind: 'tabstop', index: Number(id), children: null, choices: this.parseChoices() };
    }
    throw new SnippetSyntaxError(`unsupported snippet construct after \${${id} at ${this.pos}`);
  }

  private parseChoices(): string[] {
    const choices: string[] = [];
    let cur = '';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos] ?? '';
      const next = this.src[this.pos + 1];
      if (ch === '\\' && (next === ',' || next === '|' || next === '\\')) {
        cur += next;
        this.pos += 2;
      } else if (ch === ',') {
        choices.push(cur);
        cur = '';
        this.pos++;
      } else if (ch === '|' && next === '}') {
        choices.push(cur);
        this.pos += 2;
        return choices;
      } else {
        cur += ch;
        this.pos++;
      }
    }
    throw new SnippetSyntaxError('unclosed choice in snippet');
  }

  private leaf(id: string, children: SnippetNode[] | null): SnippetNode {
    return /^\d+$/.test(id)
      ? { kind: 'tabstop', index: Number(id), children, choices: null }
      : { kind: 'variable', name: id, children };
  }
}

export function parseSnippet(body: string): SnippetNode[] {
  return new Parser(body).parseSequence(false);
}

export interface ExpandOptions {
  /** Values for variables such as CURRENT_YEAR. A variable not given falls back to its default, else its name (as VS Code does). */
  variables: Record<string, string>;
  /** Values that replace a tab stop's default (and every mirror of it). */
  tabstops?: Record<number, string>;
}

/**
 * Resolves a snippet to the text VS Code would insert if the user tabbed through it without
 * typing: placeholders keep their defaults, choices their first option, mirrors copy their
 * placeholder, `$0` vanishes.
 */
export function expandSnippet(body: string, options: ExpandOptions): string {
  const nodes = parseSnippet(body);
  const values = new Map<number, string>();
  for (const [k, v] of Object.entries(options.tabstops ?? {})) values.set(Number(k), v);

  const render = (list: SnippetNode[]): string => list.map(renderNode).join('');
  const renderNode = (node: SnippetNode): string => {
    if (node.kind === 'text') return node.value;
    if (node.kind === 'variable') {
      const v = options.variables[node.name];
      if (v !== undefined) return v;
      return node.children ? render(node.children) : node.name;
    }
    return values.get(node.index) ?? '';
  };
  // The first occurrence that carries a default or choices defines a tab stop's value.
  const collect = (list: SnippetNode[]): void => {
    for (const node of list) {
      if (node.kind === 'text' || !node.children) {
        if (node.kind === 'tabstop' && node.choices && !values.has(node.index)) values.set(node.index, node.choices[0] ?? '');
        continue;
      }
      collect(node.children);
      if (node.kind === 'tabstop' && !values.has(node.index)) values.set(node.index, render(node.children));
    }
  };
  collect(nodes);
  return render(nodes);
}

/** Every tab stop index that appears in a snippet, with the choice lists written for it. */
export function listTabstops(body: string): Map<number, { choices: string[][] }> {
  const out = new Map<number, { choices: string[][] }>();
  const walk = (list: SnippetNode[]): void => {
    for (const node of list) {
      if (node.kind === 'text') continue;
      if (node.kind === 'tabstop') {
        const entry = out.get(node.index) ?? { choices: [] };
        if (node.choices) entry.choices.push(node.choices);
        out.set(node.index, entry);
      }
      if (node.children) walk(node.children);
    }
  };
  walk(parseSnippet(body));
  return out;
}

function escapeSnippetText(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function escapeSnippetChoice(s: string): string {
  return s.replace(/[\\,|]/g, (c) => `\\${c}`);
}

/**
 * The same snippet with the named variables resolved to text and everything else (tab stops,
 * placeholders, choices, other variables) kept, for clients whose snippet support knows no
 * variables such as CURRENT_YEAR (the LSP grammar lists only the TM_ ones).
 */
export function substituteVariables(body: string, variables: Record<string, string>): string {
  const render = (list: SnippetNode[]): string => list.map(renderNode).join('');
  const renderNode = (node: SnippetNode): string => {
    if (node.kind === 'text') return escapeSnippetText(node.value);
    if (node.kind === 'variable') {
      const v = variables[node.name];
      if (v !== undefined) return escapeSnippetText(v);
      return node.children ? `\${${node.name}:${render(node.children)}}` : `\${${node.name}}`;
    }
    if (node.choices) return `\${${node.index}|${node.choices.map(escapeSnippetChoice).join(',')}|}`;
    return node.children ? `\${${node.index}:${render(node.children)}}` : `\${${node.index}}`;
  };
  return render(parseSnippet(body));
}

/** Values for VS Code's date and time snippet variables at `now` (local time). */
export function dateVariables(now: Date): Record<string, string> {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const year = String(now.getFullYear());
  return {
    CURRENT_YEAR: year,
    CURRENT_YEAR_SHORT: year.slice(2),
    CURRENT_MONTH: pad(now.getMonth() + 1),
    CURRENT_DATE: pad(now.getDate()),
    CURRENT_HOUR: pad(now.getHours()),
    CURRENT_MINUTE: pad(now.getMinutes()),
    CURRENT_SECOND: pad(now.getSeconds()),
  };
}
