/**
 * Tokenizes Markdown lines with the postmortem injection grammar injected into a base
 * Markdown grammar, through vscode-textmate and vscode-oniguruma (what VS Code itself runs).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as onig from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const require = createRequire(import.meta.url);
const root = new URL('../../../', import.meta.url);
export const INJECTION_PATH = new URL('syntaxes/postmortem.injection.tmLanguage.json', root);
export const STAND_IN_PATH = new URL('test/unit/grammar/stand-in-markdown.tmLanguage.json', root);
export const INJECTION_SCOPE = 'markdown.postmortem.injection';

let onigReady: Promise<void> | null = null;
function loadOnig(): Promise<void> {
  onigReady ??= onig.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer);
  return onigReady;
}

/** A Markdown grammar (at `markdownPath`) with the injection registered into it. */
export async function loadMarkdownGrammar(markdownPath: URL | string = STAND_IN_PATH): Promise<IGrammar> {
  await loadOnig();
  const files: Record<string, URL | string> = { 'text.html.markdown': markdownPath, [INJECTION_SCOPE]: INJECTION_PATH };
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new onig.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      const file = files[scopeName];
      if (file === undefined) return null; // embedded languages of the real Markdown grammar
      const path = typeof file === 'string' ? file : file.pathname;
      return parseRawGrammar(readFileSync(path, 'utf8'), path);
    },
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : []),
  });
  const grammar = await registry.loadGrammar('text.html.markdown');
  if (!grammar) throw new Error('Markdown grammar did not load');
  return grammar;
}

export interface Token { text: string; scopes: string[] }

/** Tokens of each line of `text`, tokenized in order (state carried across lines). */
export function tokenize(grammar: IGrammar, text: string): Token[][] {
  let state = INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The text of every token on a line whose innermost-to-outermost scopes include `scope`, joined per contiguous run. */
export function textsWithScope(tokens: Token[], scope: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const t of tokens) {
    if (t.scopes.includes(scope)) run += t.text;
    else if (run) {
      out.push(run);
      run = '';
    }
  }
  if (run) out.push(run);
  return out;
}
