/**
 * What changes around the documents: the editor's settings (`workspace/didChangeConfiguration`),
 * files on disk (`workspace/didChangeWatchedFiles`: the one dispatcher, rc files and Markdown
 * files alike, handed to the service), and the "lint as a postmortem" mark.
 */
import { FileChangeType, type Connection, type Disposable } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';
import type { LspWorkspace } from '../settings';
import { MarkAsPostmortemNotification } from '../protocol';

const TYPE: Record<FileChangeType, 'created' | 'changed' | 'deleted'> = {
  [FileChangeType.Created]: 'created',
  [FileChangeType.Changed]: 'changed',
  [FileChangeType.Deleted]: 'deleted',
};

export function registerConfiguration(onDidChangeConfiguration: Connection['onDidChangeConfiguration'], workspace: LspWorkspace, service: PostmortemService): Disposable {
  return onDidChangeConfiguration((change) => {
    workspace.setPushed((change.settings as Record<string, unknown> | null)?.postmortem);
    service.settingsChanged();
  });
}

export function registerFileEvents(onDidChangeWatchedFiles: Connection['onDidChangeWatchedFiles'], service: PostmortemService): Disposable {
  return onDidChangeWatchedFiles(({ changes }) => service.filesChanged(changes.map((c) => ({ uri: c.uri, type: TYPE[c.type] ?? 'changed' }))));
}

export function registerMarkAsPostmortem(onNotification: Connection['onNotification'], service: PostmortemService): Disposable {
  return onNotification(MarkAsPostmortemNotification, ({ uri, postmortem }) => service.markAsPostmortem(uri, postmortem));
}
