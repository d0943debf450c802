/**
 * The text micromark is reading, for the guards (autolinks.ts, tables.ts) that check a
 * construct's necessary conditions on it before micromark tries the construct: set by
 * `withText` around one parse (parseWhole), unset otherwise (then every guard lets the
 * construct run as remark-gfm would).
 */
let current: string | undefined;

/** Runs one parse of `text` with the guards reading it. */
export function withText<T>(text: string, parse: () => T): T {
  const outer = current;
  current = text;
  try {
    return parse();
  } finally {
    current = outer;
  }
}

/** The text being parsed, if a guard may read it. */
export function parsingText(): string | undefined {
  return current;
}
