/**
 * The incident's figures as a code lens above the timeline (`postmortem.codeLens`), and the
 * `postmortem/figures` request the preview reads.
 */
import type { Connection, Disposable, ServerCapabilities } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';
import { FiguresRequest } from '../protocol';

export const CODE_LENS_CAPABILITIES: Partial<ServerCapabilities> = { codeLensProvider: { resolveProvider: false } };

/** `refresh`: when the client supports `workspace/codeLens/refresh`, re-asked after settings change. */
export function registerCodeLens(onCodeLens: Connection['onCodeLens'], refresh: (() => Promise<unknown>) | null, service: PostmortemService): Disposable {
  const handler = onCodeLens(async ({ textDocument }, token) => {
    const lens = await service.codeLens(textDocument.uri, token);
    if (!lens) return [];
    const range = { start: { line: lens.line, character: 0 }, end: { line: lens.line, character: 0 } };
    // An empty command id: VS Code shows the title as an unclickable label.
    return [{ range, command: { title: lens.title, command: '' } }];
  });
  const refreshes = refresh ? service.onDidChangeAll(() => { void refresh().catch(() => undefined); }) : null;
  return { dispose: () => { handler.dispose(); refreshes?.dispose(); } };
}

export function registerFiguresRequest(onRequest: Connection['onRequest'], service: PostmortemService): Disposable {
  return onRequest(FiguresRequest, ({ uri }, token) => service.figures(uri, token));
}
