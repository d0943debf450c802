/**
 * The workspace tracker and export: `postmortem/actionItems` lists the open tasks of every
 * postmortem (from the server's index), `postmortem/actionItemsChanged` tells the client to
 * re-ask, and `postmortem/exportActionItems` renders one document's or the workspace's
 * items as CSV, Markdown or JSON.
 */
import type { ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';
import {
  ActionItemsChangedNotification, ActionItemsRequest, ExportActionItemsRequest, FilesChangedNotification,
  type TrackedDocument,
} from '../protocol';
import { exportItems, type ExportDoc } from '../service/index';
import { ActionIndex, type IndexedDoc } from './action-index-store';

/** Typing fires many changes; the index and the tracker follow at this pace. */
const DEBOUNCE_MS = 400;

function tracked(d: IndexedDoc): TrackedDocument {
  return {
    uri: d.uri,
    title: d.title,
    tasks: d.tasks.filter((t) => t.status !== 'done').map((t) => ({
      line: t.line, text: t.text, owner: t.owner?.text ?? null, due: t.due?.text ?? null, priority: t.priority?.text ?? null, status: t.status,
    })),
  };
}

export function register(ctx: ServerContext): Partial<ServerCapabilities> {
  let notifyTimer: NodeJS.Timeout | undefined;
  const changed = (): void => {
    clearTimeout(notifyTimer);
    notifyTimer = setTimeout(() => { void ctx.connection.sendNotification(ActionItemsChangedNotification, {}); }, DEBOUNCE_MS);
  };
  const index = new ActionIndex(ctx, changed);
  const pending = new Map<string, NodeJS.Timeout>();
  const later = (uri: string): void => {
    if (!index.built) return; // nobody asked yet: the first request builds from scratch
    clearTimeout(pending.get(uri));
    pending.set(uri, setTimeout(() => {
      pending.delete(uri);
      void index.update(uri).catch((e: unknown) => ctx.log(`action index: ${String(e)}`));
    }, DEBOUNCE_MS));
  };

  ctx.onDidChangeDocument(later);
  ctx.connection.onNotification(FilesChangedNotification, ({ changes }) => {
    for (const c of changes) {
      if (c.type === 'deleted') { if (index.built) index.remove(c.uri); } else if (!ctx.store.has(c.uri)) later(c.uri);
    }
  });

  ctx.connection.onRequest(ActionItemsRequest, async () => {
    const docs = await index.all();
    return { documents: docs.map(tracked).filter((d) => d.tasks.length > 0) };
  });

  ctx.connection.onRequest(ExportActionItemsRequest, async ({ uri, format }) => {
    let docs: ExportDoc[];
    if (uri !== null) {
      const a = await ctx.analysisFor(uri);
      if (!a?.detection.postmortem) return { content: exportItems([], format), documents: 0, tasks: 0 };
      await index.ensure();
      const indexed = (await index.all()).find((d) => d.uri === uri);
      docs = [{ file: indexed?.file ?? uri.split('/').pop() ?? uri, title: a.model.title?.text ?? null, tasks: a.model.tasks, measures: a.model.measures }];
    } else {
      docs = (await index.all()).map((d) => ({ file: d.file, title: d.title, tasks: d.tasks, measures: d.measures }));
    }
    return { content: exportItems(docs, format), documents: docs.length, tasks: docs.reduce((n, d) => n + d.tasks.length, 0) };
  });
  return {};
}
