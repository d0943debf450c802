/**
 * Tiny POSIX path helpers for the pure core (which may not import node:path). Callers hand
 * in POSIX-style paths: on Windows, the path of a `file:` URI (`/c:/work/doc.md`) or a path
 * with its backslashes turned into slashes. Hand-written because the only library that does
 * this (node:path/posix) is a Node built-in.
 */

/** Collapses `//`, `.` and `..` segments; keeps a leading `/`; never returns ''. */
export function normalizePath(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  if (absolute) return '/' + joined;
  return joined === '' ? '.' : joined;
}

/** The directory part: `dirname('/a/b.md') === '/a'`, `dirname('/a') === '/'`. */
export function dirname(p: string): string {
  const n = normalizePath(p);
  if (n === '/') return '/';
  const i = n.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return n.slice(0, i);
}

export function joinPath(...parts: string[]): string {
  return normalizePath(parts.filter((s) => s !== '').join('/'));
}

/** True when `p` is `dir` or lies below it. */
export function isWithin(p: string, dir: string): boolean {
  const a = normalizePath(p);
  const d = normalizePath(dir);
  if (d === '/') return a.startsWith('/');
  return a === d || a.startsWith(d + '/');
}

/** `p` relative to `from` when it lies within it, else `p` unchanged. */
export function relativeTo(p: string, from: string): string {
  const a = normalizePath(p);
  const d = normalizePath(from);
  if (!isWithin(a, d)) return a;
  if (a === d) return '.';
  return d === '/' ? a.slice(1) : a.slice(d.length + 1);
}
