/**
 * A copy of a string that shares nothing with the text it was cut from. Strings read from a
 * document are slices of its whole text (V8 keeps a slice's parent alive); facts that outlive
 * their version (kept by the next ones, or as memo keys) would keep every version's whole text
 * alive through them. The one place this trick is written (line views, source texts, the
 * model's moved parts and the memo keys use it).
 */
export function flatString(s: string): string {
  // V8 copies strings under 13 characters when it slices or joins them; longer ones are views.
  // `' ' + s` flattened and sliced is a copy of `s` alone.
  return s.length < 13 ? s : (' ' + s).slice(1);
}
