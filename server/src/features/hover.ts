/** Hover on a timeline time: UTC and document-zone time, T+ from the start, step from the previous entry. */
import { MarkupKind, type ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { timelineHover } from '../service/index';

export function registerHover(ctx: ServerContext): Partial<ServerCapabilities> {
  ctx.connection.onHover(async ({ textDocument, position }) => {
    const a = await ctx.analysisFor(textDocument.uri);
    if (!a?.detection.postmortem) return null;
    const { config } = await ctx.configFor(textDocument.uri);
    const h = timelineHover(a.model, config, position);
    return h ? { range: h.range, contents: { kind: MarkupKind.Markdown, value: h.markdown } } : null;
  });
  return { hoverProvider: true };
}
