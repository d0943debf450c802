/**
 * Every match of a global regular expression, like `[...allMatches(text, re)]`, found with
 * `re.exec` on `re` itself.
 *
 * Why not `matchAll`: it runs on a copy of the expression (the spec's species constructor),
 * and V8 gives the copy the compiled code of its compilation cache, which drops an entry
 * that went unused through two full garbage collections. An idle server collects its
 * garbage, so every `matchAll` of the first document after a pause compiled its expression
 * again, the warm-up's work lost. Measured (node 20, 16 expressions of the blame list, one
 * line of text each): 35-45 ms cold, 0.05 ms warm, 35 ms again after `gc()` twice with
 * `matchAll`, 0.2 ms with `exec`, whose code lives on the expression object. In the first
 * analysis of a 60-line postmortem after the warm-up and a few collections, the expressions
 * compiled again cost ~15 ms of ~70.
 *
 * The matches are collected before returning, so a caller that uses the same expression
 * inside its loop cannot disturb the walk; `lastIndex` is 0 again afterwards.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression: ${String(re)}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      // An empty match would be found again at the same place: step over it (as matchAll does,
      // by a code point under the `u` or `v` flag).
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = 0;
  }
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
