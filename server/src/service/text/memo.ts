/**
 * A bounded memo for pure per-line functions. Between two keystrokes almost every line of
 * a document is unchanged, so memoising line-level readings (time tokens, section names,
 * item fields) makes rebuilding the model after an edit cost little more than a scan.
 * When full, the memo starts a new generation and keeps the previous one for lookups, so
 * the entries of the open documents survive while stale ones age out.
 */
import { flatString } from './flat-string';

export class Memo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  /**
   * `storedKey` is the string an entry is stored under (equal to `key`): by default the
   * pool's copy (`pooledKey`), never the key itself, which is a slice of a document's whole
   * text and would keep that version's text alive as long as the entry lives.
   */
  constructor(
    private readonly capacity = 20_000,
    private readonly storedKey: (key: string, value: V) => string = pooledKey,
  ) {}

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
    this.current.set(this.storedKey(key, value), value);
    return value;
  }
}

/**
 * One flat copy of each key, shared by every memo: a line's text is the key of several memos
 * (its time, its header reading, its day, its zone...). A copy per memo cost 2.8 MB of the
 * live ~41 MB of test/protocol/measure-big.ts's 1 MB document (13,500 timeline lines; heap
 * after full collections). The pool is a memo of copies, stored under the copy itself; a
 * key it has let go is copied again, never lost.
 */
const keyPool = new Memo<string>(100_000, (_key, copy) => copy);

/** `key` as a string that holds no other text alive: the pool's copy, made once per text. */
export function pooledKey(key: string): string {
  // V8 copies strings shorter than 13 characters: they are never slices.
  return key.length < 13 ? key : keyPool.get(key, () => flatString(key));
}
