/** Text document sync (incremental): the service owns each open document's text. */
import { TextDocumentSyncKind, type Connection, type Disposable, type ServerCapabilities } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';

export const DOCUMENT_SYNC_CAPABILITIES: Partial<ServerCapabilities> = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
};

type Sync = Pick<Connection, 'onDidOpenTextDocument' | 'onDidChangeTextDocument' | 'onDidCloseTextDocument'>;

export function registerDocuments(sync: Sync, service: PostmortemService): Disposable {
  const subs = [
    sync.onDidOpenTextDocument(({ textDocument: d }) => service.open(d.uri, d.version, d.text)),
    sync.onDidChangeTextDocument(({ textDocument, contentChanges }) => service.change(textDocument.uri, textDocument.version, contentChanges)),
    sync.onDidCloseTextDocument(({ textDocument }) => service.close(textDocument.uri)),
  ];
  return { dispose: () => { for (const s of subs) s.dispose(); } };
}
