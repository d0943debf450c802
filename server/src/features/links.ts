/** Document links: tickets through `trackerUrl`, `@owners` through `peopleUrl` (no template, no link). */
import type { Connection, Disposable, ServerCapabilities } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';

export const LINK_CAPABILITIES: Partial<ServerCapabilities> = { documentLinkProvider: { resolveProvider: false } };

export function registerDocumentLinks(onDocumentLinks: Connection['onDocumentLinks'], service: PostmortemService): Disposable {
  return onDocumentLinks(async ({ textDocument }, token) =>
    (await service.documentLinks(textDocument.uri, token)).map((l) => ({ range: l.range, target: l.target, tooltip: l.tooltip })));
}
