/**
 * Link reference and footnote definitions are document-global (a reference anywhere can
 * resolve to one anywhere), so a parse that reads part of a document (the incremental
 * window, the chunked parse) falls back to a whole parse when a tree holds one.
 */
export function hasDefinition(nodes: readonly unknown[]): boolean {
  for (const n of nodes) {
    const node = n as { type?: string; children?: unknown[] };
    if (node.type === 'definition' || node.type === 'footnoteDefinition') return true;
    if (Array.isArray(node.children) && hasDefinition(node.children)) return true;
  }
  return false;
}
