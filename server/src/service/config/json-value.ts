/**
 * The value of an rc file's JSON, read so that no file can hurt the reader: a nesting limit
 * checked with the (iterative) scanner before the (recursive) parser runs, a size limit, and
 * keys such as `__proto__`, `constructor` or `toString` are
 * ordinary names, set as own keys (jsonc-parser's own `parse` assigns `obj[key]`, and `__proto__` there
 * replaces the object's prototype instead of adding a key).
 */
import { createScanner, parseTree } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';

export const MAX_RC_DEPTH = 32;
export const MAX_RC_BYTES = 4_000_000;

export type SafeJson =
  | { ok: true; value: unknown; tree: Node | undefined; errors: ParseError[] }
  | { ok: false; message: string; offset: number; length: number };

/** jsonc-parser's SyntaxKind is an ambient const enum, which isolated modules cannot read. */
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/** The offset where nesting first goes deeper than `limit`, or -1. */
function tooDeepAt(text: string, limit: number): number {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === OPEN_BRACE || kind === OPEN_BRACKET) {
      if (++depth > limit) return scanner.getTokenOffset();
    } else if (kind === CLOSE_BRACE || kind === CLOSE_BRACKET) depth = Math.max(0, depth - 1);
  }
  return -1;
}

export function readJsonSafely(text: string): SafeJson {
  if (text.length > MAX_RC_BYTES) return { ok: false, message: `The file is larger than ${MAX_RC_BYTES / 1_000_000} MB; it is ignored.`, offset: 0, length: 1 };
  const deep = tooDeepAt(text, MAX_RC_DEPTH);
  if (deep >= 0) return { ok: false, message: `Values are nested more than ${MAX_RC_DEPTH} deep; the file is ignored.`, offset: deep, length: 1 };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  return { ok: true, value: tree === undefined ? undefined : valueOf(tree), tree, errors };
}

/** Depth is bounded by MAX_RC_DEPTH, so the recursion is too. */
function valueOf(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const obj: Record<string, unknown> = {};
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key === undefined || typeof key.value !== 'string') continue;
        Object.defineProperty(obj, key.value, { value: value === undefined ? undefined : valueOf(value), enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
    case 'array': return (node.children ?? []).map(valueOf);
    default: return node.value as unknown;
  }
}
