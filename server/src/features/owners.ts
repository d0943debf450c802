/**
 * Owners across the workspace's postmortems: references (every place `@alice` is named) and
 * rename (one workspace edit, each document's edits bound to its version; closed files get
 * version null). A new name that is not a handle is refused with a message the editor shows.
 */
import { LSPErrorCodes, ResponseError, type Connection, type Disposable, type ServerCapabilities, type TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { PostmortemService } from '../service/index';

export const OWNER_CAPABILITIES: Partial<ServerCapabilities> = { referencesProvider: true, renameProvider: { prepareProvider: true } };

export function registerOwnerReferences(onReferences: Connection['onReferences'], service: PostmortemService): Disposable {
  return onReferences(({ textDocument, position }, token) => service.ownerReferences(textDocument.uri, position, token));
}

/** `versionedEdits`: the client applies `documentChanges` (else one `changes` map, unversioned). */
export function registerOwnerRename(onPrepareRename: Connection['onPrepareRename'], onRenameRequest: Connection['onRenameRequest'], versionedEdits: boolean, service: PostmortemService): Disposable {
  const prepare = onPrepareRename(async ({ textDocument, position }, token) => {
    const owner = await service.ownerAt(textDocument.uri, position, token);
    return owner ? { range: owner.range, placeholder: owner.handle } : null;
  });
  const rename = onRenameRequest(async ({ textDocument, position, newName }, token) => {
    const answer = await service.renameOwner(textDocument.uri, position, newName, token);
    if (token.isCancellationRequested) return null;
    if (!answer.ok) return new ResponseError(LSPErrorCodes.RequestFailed, answer.message);
    if (versionedEdits) {
      const documentChanges: TextDocumentEdit[] = answer.documents.map((d) => ({ textDocument: { uri: d.uri, version: d.version }, edits: d.edits }));
      return { documentChanges } satisfies WorkspaceEdit;
    }
    return { changes: Object.fromEntries(answer.documents.map((d) => [d.uri, d.edits])) } satisfies WorkspaceEdit;
  });
  return { dispose: () => { prepare.dispose(); rename.dispose(); } };
}
