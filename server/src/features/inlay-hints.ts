/** Inlay hints after each timeline time: the step from the previous entry (`+10m`); `postmortem.inlayHints`. */
import { InlayHintKind, type ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { timelineStepHints } from '../service/index';

export function registerInlayHints(ctx: ServerContext): Partial<ServerCapabilities> {
  ctx.connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    const a = await ctx.analysisFor(textDocument.uri);
    if (!a?.detection.postmortem) return [];
    const { config } = await ctx.configFor(textDocument.uri);
    if (!config.inlayHints) return [];
    return timelineStepHints(a.model, config, range).map((h) => ({
      position: h.position, label: h.label, kind: InlayHintKind.Parameter, paddingLeft: true, tooltip: h.tooltip,
    }));
  });
  return { inlayHintProvider: true };
}
