/** initialize: incremental sync always; pull diagnostics only for clients that declare them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocumentSyncKind, type TextDocumentSyncOptions } from 'vscode-languageserver-protocol/node';
import { LspClient } from './client';

function syncKind(c: LspClient): unknown {
  const sync = c.initializeResult.capabilities.textDocumentSync as TextDocumentSyncOptions | undefined;
  return sync?.change;
}

test('a client declaring textDocument.diagnostic gets incremental sync and a diagnosticProvider', async () => {
  const c = await LspClient.start({ pull: true });
  try {
    const caps = c.initializeResult.capabilities;
    assert.equal(syncKind(c), TextDocumentSyncKind.Incremental);
    assert.ok(caps.diagnosticProvider, 'diagnosticProvider missing');
    assert.equal(caps.diagnosticProvider.interFileDependencies, false);
    // Closed files come from workspace/diagnostic (issue 11).
    assert.equal(caps.diagnosticProvider.workspaceDiagnostics, true);
    assert.ok(caps.codeActionProvider);
  } finally {
    await c.shutdown();
  }
});

test('a push-only client (Neovim 0.7) gets incremental sync and no diagnosticProvider', async () => {
  const c = await LspClient.start({ pull: false });
  try {
    assert.equal(syncKind(c), TextDocumentSyncKind.Incremental);
    assert.equal(c.initializeResult.capabilities.diagnosticProvider, undefined);
  } finally {
    await c.shutdown();
  }
});
