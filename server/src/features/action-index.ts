/**
 * The workspace tracker and export: `postmortem/actionItems` lists the open tasks of every
 * postmortem (from the service's index), `postmortem/actionItemsChanged` tells the client to
 * re-ask, and `postmortem/exportActionItems` renders one document's or the workspace's
 * items as CSV, Markdown or JSON.
 */
import type { Connection, Disposable } from 'vscode-languageserver';
import { ActionItemsChangedNotification, ActionItemsRequest, ExportActionItemsRequest, type TrackedDocument } from '../protocol';
import type { IndexedDoc, PostmortemService } from '../service/index';

function tracked(d: IndexedDoc): TrackedDocument {
  return {
    uri: d.uri,
    title: d.title,
    tasks: d.tasks.filter((t) => t.status !== 'done').map((t) => ({
      line: t.line, text: t.text, owner: t.owner?.text ?? null, due: t.due?.text ?? null, priority: t.priority?.text ?? null, status: t.status,
    })),
  };
}

export function registerActionItems(onRequest: Connection['onRequest'], sendNotification: Connection['sendNotification'], service: PostmortemService): Disposable {
  const changes = service.onDidChangeActionItems(() => { void sendNotification(ActionItemsChangedNotification, {}); });
  const list = onRequest(ActionItemsRequest, async (_params, token) => {
    const docs = await service.actionItems(token);
    return { documents: docs.map(tracked).filter((d) => d.tasks.length > 0) };
  });
  const exports = onRequest(ExportActionItemsRequest, ({ uri, format }, token) => service.exportActionItems(uri, format, token));
  return { dispose: () => { changes.dispose(); list.dispose(); exports.dispose(); } };
}
