/**
 * Document URIs to the POSIX paths the configuration walk and globs read (config/paths.ts),
 * and back. A `file:` URI's path is its decoded path component (`file:///c:/work/a.md` is
 * `/c:/work/a.md`, the form config/paths expects on Windows). Hand-written: the library for
 * this (vscode-uri) is not a dependency, and node:url may not enter the core; the grammar
 * needed is only `scheme://authority/path`.
 */

export interface UriPath {
  /** `scheme://authority`, to rebuild URIs of other files on the same file system. */
  base: string;
  path: string;
}

const HIERARCHICAL = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/;

/** The base and decoded path of a hierarchical URI, or null (`untitled:Untitled-1`, bad escapes). */
export function splitUri(uri: string): UriPath | null {
  const m = HIERARCHICAL.exec(uri);
  if (!m) return null;
  const [, scheme = '', authority = '', raw = ''] = m;
  // As node:url's fileURLToPath on POSIX: a file URI names a local path only.
  if (scheme.toLowerCase() === 'file' && authority !== '' && authority !== 'localhost') return null;
  // An encoded `/` would turn one segment into two.
  if (/%2f/i.test(raw)) return null;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (!path.startsWith('/')) return null;
  return { base: `${scheme}://${scheme.toLowerCase() === 'file' ? '' : authority}`, path };
}

/** The URI of `path` on the file system `base` (a `splitUri` base). */
export function joinUri(base: string, path: string): string {
  return base + path.split('/').map((s) => encodeURIComponent(s).replace(/%3A/gi, ':')).join('/');
}
