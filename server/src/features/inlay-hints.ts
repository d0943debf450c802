/** Inlay hints after each timeline time: the step from the previous entry (`+10m`); `postmortem.inlayHints`. */
import { InlayHintKind, type Connection, type Disposable, type ServerCapabilities } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';

export const INLAY_HINT_CAPABILITIES: Partial<ServerCapabilities> = { inlayHintProvider: true };

type InlayHints = Connection['languages']['inlayHint'];

/** `refresh`: when the client supports `workspace/inlayHint/refresh`, re-asked after settings change. */
export function registerInlayHints(on: InlayHints['on'], refresh: InlayHints['refresh'] | null, service: PostmortemService): Disposable {
  const handler = on(async ({ textDocument, range }, token) => {
    const hints = await service.inlayHints(textDocument.uri, range, token);
    return hints.map((h) => ({ position: h.position, label: h.label, kind: InlayHintKind.Parameter, paddingLeft: true, tooltip: h.tooltip }));
  });
  const refreshes = refresh ? service.onDidChangeAll(() => { void refresh().catch(() => undefined); }) : null;
  return { dispose: () => { handler.dispose(); refreshes?.dispose(); } };
}
