/**
 * The document's structure for the editor: document symbols (Outline, breadcrumbs), folding
 * ranges and smart selection, all from the service's outline of a postmortem.
 */
import { SymbolKind, type Connection, type Disposable, type DocumentSymbol, type SelectionRange, type ServerCapabilities } from 'vscode-languageserver';
import type { OutlineNode, PostmortemService } from '../service/index';

export const OUTLINE_CAPABILITIES: Partial<ServerCapabilities> = {
  documentSymbolProvider: { label: 'Postmortem' },
  foldingRangeProvider: true,
  selectionRangeProvider: true,
};

const KIND: Record<OutlineNode['kind'], SymbolKind> = {
  title: SymbolKind.File,
  section: SymbolKind.Namespace,
  entry: SymbolKind.Event,
  task: SymbolKind.Field,
  measure: SymbolKind.Constant,
};

function symbol(n: OutlineNode): DocumentSymbol {
  return { name: n.name, detail: n.detail, kind: KIND[n.kind], range: n.range, selectionRange: n.selectionRange, children: n.children.map(symbol) };
}

export function registerDocumentSymbols(onDocumentSymbol: Connection['onDocumentSymbol'], service: PostmortemService): Disposable {
  return onDocumentSymbol(async ({ textDocument }, token) => (await service.documentSymbols(textDocument.uri, token)).map(symbol));
}

export function registerFoldingRanges(onFoldingRanges: Connection['onFoldingRanges'], service: PostmortemService): Disposable {
  return onFoldingRanges(({ textDocument }, token) => service.foldingRanges(textDocument.uri, token));
}

/** An LSP SelectionRange: the innermost range, each `parent` the next one out. */
function nested(chain: readonly SelectionRange['range'][]): SelectionRange | undefined {
  let out: SelectionRange | undefined;
  for (let i = chain.length - 1; i >= 0; i--) {
    const range = chain[i];
    if (range) out = out ? { range, parent: out } : { range };
  }
  return out;
}

export function registerSelectionRanges(onSelectionRanges: Connection['onSelectionRanges'], service: PostmortemService): Disposable {
  return onSelectionRanges(async ({ textDocument, positions }, token) => {
    const chains = await service.selectionRanges(textDocument.uri, positions, token);
    // One answer per position, in order; a position outside a postmortem selects itself.
    return positions.map((p, i) => nested(chains[i] ?? []) ?? { range: { start: p, end: p } });
  });
}
