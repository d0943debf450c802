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

/** Trees known to hold no definition (the parse that made them checked), and trees already walked. */
const definitionFree = new WeakSet<object>();
const walked = new WeakSet<object>();

/**
 * Whether a tree holds no definition: known when the parse that made it checked (the chunked
 * parse checks every piece; the incremental parse keeps a free tree free), else walked once
 * (a 10,000-line tree: ~15 ms, which the first keystroke after opening paid).
 */
export function isDefinitionFree(tree: { children: readonly unknown[] }): boolean {
  if (!walked.has(tree)) {
    walked.add(tree);
    if (!hasDefinition(tree.children)) definitionFree.add(tree);
  }
  return definitionFree.has(tree);
}

/** Records that the parse that made `tree` found no definition in it. */
export function markDefinitionFree(tree: { children: readonly unknown[] }): void {
  walked.add(tree);
  definitionFree.add(tree);
}
