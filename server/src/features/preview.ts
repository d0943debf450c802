/**
 * The action-items preview's requests: `postmortem/preview` (the payload for the current
 * version) and `postmortem/toggleTask` (a checkbox edit bound to the version it was
 * computed for; a stale request gets null, so nothing is overwritten).
 */
import type { Connection, Disposable, WorkspaceEdit } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';
import { PreviewRequest, ToggleTaskRequest } from '../protocol';

export function registerPreview(onRequest: Connection['onRequest'], service: PostmortemService): Disposable {
  const preview = onRequest(PreviewRequest, ({ uri }, token) => service.preview(uri, token));
  const toggle = onRequest(ToggleTaskRequest, async ({ uri, line, version }, token) => {
    const t = await service.toggleTask(uri, line, version, token);
    if (!t) return null;
    const edit: WorkspaceEdit = { documentChanges: [{ textDocument: { uri, version }, edits: [t.edit] }] };
    return { edit, checked: t.checked };
  });
  return { dispose: () => { preview.dispose(); toggle.dispose(); } };
}
