/**
 * Path globs from settings and `.postmortemrc.json`, matched in bounded time.
 *
 * Why not picomatch: it compiles a glob to a backtracking RegExp, and a cloned repository's
 * rc file chooses the glob. `**\/*a*a*a*a*a*a*a*a*a*a*a*a*b` against a 30-character name took
 * seconds and one more `*a` doubles it; `**\/a*\/**\/a*\/**\/b` against a deep path, or an extglob
 * `*(a*)`, never finishes. No linear-time glob library is in the project (re2js would need
 * picomatch's lookaheads, which RE2 lacks), so this is a small NFA simulation: the work is at
 * most (pattern tokens) x (path characters), and both are capped.
 *
 * Supported: `*`, `?`, `**` as a whole segment, `[abc]` `[a-z]` `[!x]` `[^x]`, `{a,b}` (nested,
 * expanded), `\` escapes, a leading `!` (negation) and `./`. Rejected with a reason: extglobs
 * `@(...)` `*(...)` `+(...)` `?(...)` `!(...)`, POSIX classes, over-long patterns, too many
 * brace alternatives. Matching is case-insensitive and `*` matches dot files (as the
 * detection always did with picomatch's `dot` and `nocase`).
 */

export const MAX_GLOB_LENGTH = 256;
export const MAX_GLOBS = 100;
const MAX_ALTERNATIVES = 64;
/** Paths longer than this are not tested (no file system makes them; a glob cannot match). */
export const MAX_MATCHED_PATH = 4096;

type Token =
  | { k: 'lit'; c: string }
  | { k: 'one' }
  | { k: 'star' }
  | { k: 'class'; negated: boolean; ranges: [string, string][] }
  /** `**\/` : nothing, or any characters ending with `/`. */
  | { k: 'dirs' }
  /** trailing `/**` : nothing, or `/` and anything. */
  | { k: 'tail' }
  /** a pattern that is `**` alone: anything. */
  | { k: 'all' };

export type GlobCompileResult = { ok: true; match: (path: string) => boolean } | { ok: false; reason: string };

const EXTGLOB = /[@*+?!]\(/;

/** Why a glob cannot be used, or null when it can. */
export function globProblem(glob: string): string | null {
  const r = compileGlob(glob);
  return r.ok ? null : r.reason;
}

export function compileGlob(glob: string): GlobCompileResult {
  if (glob.length > MAX_GLOB_LENGTH) return { ok: false, reason: `longer than ${MAX_GLOB_LENGTH} characters` };
  let body = glob;
  let negated = false;
  while (body.startsWith('!')) { negated = !negated; body = body.slice(1); }
  if (body.startsWith('./')) body = body.slice(2);
  if (EXTGLOB.test(body)) return { ok: false, reason: 'extglob patterns such as `@(a|b)` or `*(a)` are not supported; use `{a,b}`' };
  if (body.includes('[[:') || body.includes('[:')) return { ok: false, reason: 'POSIX character classes such as `[[:alpha:]]` are not supported' };
  const alternatives = expandBraces(body);
  if (alternatives === null) return { ok: false, reason: `more than ${MAX_ALTERNATIVES} brace alternatives` };
  const programs: Token[][] = [];
  for (const alt of alternatives) {
    const tokens = tokenize(alt);
    if (typeof tokens === 'string') return { ok: false, reason: tokens };
    programs.push(tokens);
  }
  const match = (path: string): boolean => {
    if (path.length > MAX_MATCHED_PATH) return negated;
    const p = path.startsWith('./') ? path.slice(2) : path;
    const hit = programs.some((t) => run(t, p));
    return negated ? !hit : hit;
  };
  return { ok: true, match };
}

/** Matches when any usable glob matches (as picomatch does with a list); unusable globs are skipped. */
export function globListMatcher(globs: readonly string[]): (path: string) => boolean {
  const ms: ((p: string) => boolean)[] = [];
  for (const g of globs.slice(0, MAX_GLOBS)) {
    const r = compileGlob(g);
    if (r.ok) ms.push(r.match);
  }
  return (p) => ms.some((m) => m(p));
}

/** `{a,{b,c}}d` -> ad, bd, cd; null when there would be too many. A `{` without a matching `}` or a `,` is literal. */
function expandBraces(s: string): string[] | null {
  const open = findUnescaped(s, '{', 0);
  if (open < 0) return [s];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') { i++; continue; }
    if (c === '{') depth++;
    else if (c === '}') { depth--; if (depth === 0) { close = i; break; } }
    else if (c === ',' && depth === 1) commas.push(i);
  }
  if (close < 0 || commas.length === 0) {
    // Literal brace: keep it (escaped) and expand the rest.
    const rest = expandBraces(s.slice(open + 1));
    return rest === null ? null : rest.map((r) => `${s.slice(0, open)}\\{${r}`);
  }
  const parts: string[] = [];
  let from = open + 1;
  for (const c of [...commas, close]) { parts.push(s.slice(from, c)); from = c + 1; }
  const out: string[] = [];
  for (const part of parts) {
    const expanded = expandBraces(`${s.slice(0, open)}${part}${s.slice(close + 1)}`);
    if (expanded === null) return null;
    out.push(...expanded);
    if (out.length > MAX_ALTERNATIVES) return null;
  }
  return out;
}

function findUnescaped(s: string, ch: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') { i++; continue; }
    if (s[i] === ch) return i;
  }
  return -1;
}

function tokenize(glob: string): Token[] | string {
  if (glob === '**') return [{ k: 'all' }];
  const segments = glob.split('/');
  const out: Token[] = [];
  for (let si = 0; si < segments.length; si++) {
    const seg = segments[si] ?? '';
    const last = si === segments.length - 1;
    if (seg === '**') {
      if (last) {
        // `a/**`: `a`, and everything below it. Drop the `/` just emitted.
        if (out[out.length - 1]?.k === 'dirs') { out[out.length - 1] = { k: 'all' }; continue; }
        if (out.length > 0 && out[out.length - 1]?.k === 'lit') out.pop();
        out.push({ k: 'tail' });
      } else if (out[out.length - 1]?.k !== 'dirs') out.push({ k: 'dirs' });
      continue;
    }
    const r = tokenizeSegment(seg, out);
    if (r !== null) return r;
    if (!last) out.push({ k: 'lit', c: '/' });
  }
  return out;
}

function tokenizeSegment(seg: string, out: Token[]): string | null {
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i] ?? '';
    if (c === '\\') { out.push({ k: 'lit', c: (seg[++i] ?? '\\').toLowerCase() }); continue; }
    if (c === '*') { if (out[out.length - 1]?.k !== 'star') out.push({ k: 'star' }); continue; }
    if (c === '?') { out.push({ k: 'one' }); continue; }
    if (c === '[') {
      const end = seg.indexOf(']', i + 2);
      if (end < 0) { out.push({ k: 'lit', c: '[' }); continue; }
      let body = seg.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let j = 0; j < body.length; j++) {
        const a = body[j] ?? '';
        if (body[j + 1] === '-' && j + 2 < body.length) { ranges.push([a, body[j + 2] ?? a]); j += 2; }
        else ranges.push([a, a]);
      }
      out.push({ k: 'class', negated, ranges });
      i = end;
      continue;
    }
    out.push({ k: 'lit', c: c.toLowerCase() });
  }
  return null;
}

function inClass(t: Extract<Token, { k: 'class' }>, c: string): boolean {
  if (c === '/') return false;
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  const hit = t.ranges.some(([a, b]) => (a <= lower && lower <= b) || (a <= upper && upper <= b));
  return t.negated ? !hit : hit;
}

/**
 * Thompson-style simulation: the set of token positions alive after each character. State
 * `i` means "about to match token i"; `dirs` and `tail` have an inner state (`i + 0.5`, kept
 * as a second set) while they consume characters.
 */
function run(tokens: readonly Token[], path: string): boolean {
  const n = tokens.length;
  let cur = new Uint8Array(n + 1);
  let inner = new Uint8Array(n + 1);
  const close = (set: Uint8Array): void => {
    // Epsilon moves go forward only, so one pass in order closes the set.
    for (let i = 0; i < n; i++) {
      if (!set[i]) continue;
      const k = tokens[i]?.k;
      if (k === 'star' || k === 'dirs' || k === 'tail' || k === 'all') set[i + 1] = 1;
    }
  };
  cur[0] = 1;
  close(cur);
  for (const ch of path.toLowerCase()) {
    const next = new Uint8Array(n + 1);
    const nextInner = new Uint8Array(n + 1);
    for (let i = 0; i < n; i++) {
      const t = tokens[i];
      if (t === undefined) continue;
      if (inner[i]) {
        // Inside `dirs`: anything; a `/` may end it. Inside `tail`: anything, to the end.
        nextInner[i] = 1;
        if (t.k === 'dirs' && ch === '/') next[i + 1] = 1;
      }
      if (!cur[i]) continue;
      switch (t.k) {
        case 'lit': if (t.c === ch) next[i + 1] = 1; break;
        case 'one': if (ch !== '/') next[i + 1] = 1; break;
        case 'class': if (inClass(t, ch)) next[i + 1] = 1; break;
        case 'star': if (ch !== '/') next[i] = 1; break;
        case 'all': next[i] = 1; break;
        case 'dirs': nextInner[i] = 1; if (ch === '/') next[i + 1] = 1; break;
        case 'tail': if (ch === '/') nextInner[i] = 1; break;
      }
    }
    for (let i = 0; i < n; i++) if (nextInner[i] && tokens[i]?.k === 'tail') next[i + 1] = 1;
    close(next);
    cur = next;
    inner = nextInner;
  }
  return cur[n] === 1;
}
