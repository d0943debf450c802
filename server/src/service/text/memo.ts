/**
 * A bounded memo for pure per-line functions. Between two keystrokes almost every line of
 * a document is unchanged, so memoising line-level readings (time tokens, section names,
 * item fields) makes rebuilding the model after an edit cost little more than a scan.
 * When full, the memo starts a new generation and keeps the previous one for lookups, so
 * the entries of the open documents survive while stale ones age out.
 */
export class Memo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly capacity = 20_000) {}

  get(key: string, compute: () => V): V {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    if (this.current.has(key)) return hit as V;
    let value: V;
    if (this.previous.has(key)) value = this.previous.get(key) as V;
    else value = compute();
    if (this.current.size >= this.capacity) {
      this.previous = this.current;
      this.current = new Map();
    }
    // A key is a slice of a document's whole text: stored as it is, it would keep that
    // version's text alive as long as the entry lives. Stored as a flat copy (once per miss).
    this.current.set(key.length < 13 ? key : (' ' + key).slice(1), value);
    return value;
  }
}
