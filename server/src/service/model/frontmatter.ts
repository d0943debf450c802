/** YAML front matter: parsed with the `yaml` package; validated later by its own rule. */
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import { range } from '../text';
import type { FrontMatter } from './schema';

export function readFrontMatter(tree: Root): FrontMatter | null {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml' || !node.position) return null;
  const r = range(node.position.start.line, 0, node.position.end.line - 2, 0);
  const inner = { start: r.start, end: { line: Math.max(r.start.line, r.end.line), character: 0 } };
  try {
    const data: unknown = parseYaml(node.value);
    if (data === null || data === undefined) return { range: inner, data: {}, error: null };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { range: inner, data: null, error: { message: 'Front matter must be a mapping of keys to values.', line: r.start.line } };
    }
    return { range: inner, data: data as Record<string, unknown>, error: null };
  } catch (e) {
    const err = e as { message?: string; linePos?: { line: number }[] };
    const line = (err.linePos?.[0]?.line ?? 1) - 1 + r.start.line;
    return { range: inner, data: null, error: { message: String(err.message ?? e).split('\n')[0] ?? 'invalid YAML', line } };
  }
}
