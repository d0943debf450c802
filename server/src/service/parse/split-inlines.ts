/**
 * The lines that hold part of an inline construct going on over a line break: a link or image
 * (its text, or its destination after the one line ending CommonMark allows there), a link
 * reference, or a code span. Such a line is inside that construct, never a heading or a
 * section header of its own: making `- [Summary](` or `#summary)` a heading would cut the
 * link in two. Read from the tree, so it is whatever the parser made a link, not a guess from
 * brackets.
 */
import type { Nodes, Root } from 'mdast';

const SPANNING = new Set<Nodes['type']>(['link', 'image', 'linkReference', 'imageReference', 'inlineCode']);

/** One byte a line (0-based): 1 where a spanning inline construct covers part of the line. */
export function splitInlineLines(tree: Root, lineCount: number): Uint8Array {
  const marks = new Uint8Array(lineCount);
  const walk = (node: Nodes): void => {
    const p = node.position;
    // A node on one line holds nothing that spans lines.
    if (p && p.end.line === p.start.line) return;
    if (p && SPANNING.has(node.type)) {
      for (let l = p.start.line - 1; l <= p.end.line - 1 && l < lineCount; l++) marks[l] = 1;
    }
    if (!('children' in node)) return;
    const kids: readonly Nodes[] = node.children;
    for (let i = 0; i < kids.length; i++) walk(kids[i] as Nodes);
  };
  walk(tree);
  return marks;
}
