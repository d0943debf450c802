/**
 * The incident's figures as a code lens above the timeline (`postmortem.codeLens`), and the
 * `postmortem/figures` request the preview reads.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { figuresLens } from '../service/index';
import { computeFigures } from '../service/index';
import { FiguresRequest } from '../protocol';

export function registerCodeLens(ctx: ServerContext): Partial<ServerCapabilities> {
  ctx.connection.onCodeLens(async ({ textDocument }) => {
    const a = await ctx.analysisFor(textDocument.uri);
    if (!a?.detection.postmortem) return [];
    const { config } = await ctx.configFor(textDocument.uri);
    if (!config.codeLens) return [];
    const lens = figuresLens(a.model, config);
    if (!lens) return [];
    const range = { start: { line: lens.line, character: 0 }, end: { line: lens.line, character: 0 } };
    // An empty command id: VS Code shows the title as an unclickable label.
    return [{ range, command: { title: lens.title, command: '' } }];
  });
  ctx.connection.onRequest(FiguresRequest, async ({ uri }) => {
    const version = ctx.store.version(uri);
    const a = await ctx.analysisFor(uri);
    if (!a?.detection.postmortem || version === undefined) return null;
    const { config } = await ctx.configFor(uri);
    return { version, figures: computeFigures(a.model, config) };
  });
  return { codeLensProvider: { resolveProvider: false } };
}
