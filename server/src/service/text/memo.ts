/**
 * A bounded memo for pure per-line functions. Between two keystrokes almost every line of
 * a document is unchanged, so memoising line-level readings (time tokens, section names,
 * item fields) makes rebuilding the model after an edit cost little more than a scan.
 * When full, the memo starts a new generation and keeps the previous one for lookups, so
 * the entries of the open documents survive while stale ones age out.
 */
/**
 * One flat copy of each key, shared by every memo: a line's text is the key of several memos
 * (its time, its header reading, its day, its zone...), and a copy per memo cost ~9 MB of a
 * 1 MB document's live ~41 MB (a heap snapshot of the 13,500-line timeline of
 * test/protocol/measure-big.ts). Aged in generations like the memos, on its own: a key the
 * pool has let go is copied again, never lost.
 */
const POOL_CAPACITY = 100_000;
let poolCurrent = new Map<string, string>();
let poolPrevious = new Map<string, string>();

/** `key` as a string that holds no other text alive: the pool's copy, made once per text. */
export function pooledKey(key: string): string {
  if (key.length < 13) return key; // V8 copies strings this short: they are never slices.
  const hit = poolCurrent.get(key);
  if (hit !== undefined) return hit;
  // A key is a slice of a document's whole text: stored as it is, it would keep that
  // version's text alive as long as the entry lives. `' ' + key` flattened and sliced is a copy.
  const copy = poolPrevious.get(key) ?? (' ' + key).slice(1);
  if (poolCurrent.size >= POOL_CAPACITY) {
    poolPrevious = poolCurrent;
    poolCurrent = new Map();
  }
  poolCurrent.set(copy, copy);
  return copy;
}

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
    this.current.set(pooledKey(key), value);
    return value;
  }
}
