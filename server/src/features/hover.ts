/** Hover on a timeline time: UTC and document-zone time, T+ from the start, step from the previous entry. */
import { MarkupKind, type Connection, type Disposable, type ServerCapabilities } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';

export const HOVER_CAPABILITIES: Partial<ServerCapabilities> = { hoverProvider: true };

export function registerHover(onHover: Connection['onHover'], service: PostmortemService): Disposable {
  return onHover(async ({ textDocument, position }, token) => {
    const h = await service.hover(textDocument.uri, position, token);
    return h ? { range: h.range, contents: { kind: MarkupKind.Markdown, value: h.markdown } } : null;
  });
}
