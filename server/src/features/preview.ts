/**
 * The action-items preview's requests: `postmortem/preview` (the payload for the current
 * version) and `postmortem/toggleTask` (a checkbox edit bound to the version it was
 * computed for; a stale request gets null, so nothing is overwritten).
 */
import type { ServerCapabilities, WorkspaceEdit } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { PreviewRequest, ToggleTaskRequest } from '../protocol';
import { previewFromModel } from '../service/index';
import { toggleTaskEdit } from '../service/index';

export function register(ctx: ServerContext): Partial<ServerCapabilities> {
  ctx.connection.onRequest(PreviewRequest, async ({ uri }) => {
    const version = ctx.store.version(uri);
    const a = await ctx.analysisFor(uri);
    if (!a || version === undefined || !a.detection.postmortem) return null;
    const { config } = await ctx.configFor(uri);
    return previewFromModel(uri, version, a.model, config);
  });

  ctx.connection.onRequest(ToggleTaskRequest, async ({ uri, line, version }) => {
    if (ctx.store.version(uri) !== version) return null;
    const a = await ctx.analysisFor(uri);
    if (!a || ctx.store.version(uri) !== version) return null;
    const t = toggleTaskEdit(a.model, line);
    if (!t) return null;
    const edit: WorkspaceEdit = { documentChanges: [{ textDocument: { uri, version }, edits: [t.edit] }] };
    return { edit, checked: t.checked };
  });
  return {};
}
