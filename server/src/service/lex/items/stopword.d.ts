// stopword 3 ships no types (and @types/stopword describes v2); we use two of its exports.
declare module 'stopword' {
  export function removeStopwords(tokens: string[], stopwords?: readonly string[]): string[];
  export const eng: readonly string[];
}
