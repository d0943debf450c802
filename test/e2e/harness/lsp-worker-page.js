// Loaded into a blank page by web-worker.test.ts: starts dist/browser-server.js as a
// dedicated worker (served at /browser-server.js) and speaks LSP to it over postMessage, as
// vscode-languageclient/browser does. Answers the server's postmortem/readFile requests from
// `files` (URI -> text) and any other server request with null. Resolves with timings,
// the first diagnostics, the rc files asked for, and a hover.
'use strict';
// eslint-disable-next-line no-unused-vars
async function drive({ doc, files }) {
  const worker = new Worker('/browser-server.js');
  const errors = [];
  worker.onerror = (e) => { errors.push(String(e.message)); };
  const pending = new Map();
  const asked = [];
  let onDiagnostics;
  worker.onmessage = (e) => {
    const m = e.data;
    if (m.method === 'textDocument/publishDiagnostics' && m.params.diagnostics.length > 0) {
      if (onDiagnostics) onDiagnostics(m.params.diagnostics);
    } else if (m.method === 'postmortem/readFile' && m.id !== undefined) {
      asked.push(m.params.uri);
      worker.postMessage({ jsonrpc: '2.0', id: m.id, result: m.params.uri in files ? { text: files[m.params.uri] } : null });
    } else if (m.method !== undefined && m.id !== undefined) {
      worker.postMessage({ jsonrpc: '2.0', id: m.id, result: null });
    } else if (m.id !== undefined && pending.has(m.id)) {
      pending.get(m.id)(m.result);
    }
  };
  let next = 1;
  const request = (method, params) => new Promise((resolve) => {
    const id = next++;
    pending.set(id, resolve);
    worker.postMessage({ jsonrpc: '2.0', id, method, params });
  });
  const notify = (method, params) => worker.postMessage({ jsonrpc: '2.0', method, params });

  const root = 'vscode-vfs://github/acme/ops';
  const t0 = performance.now();
  // No pull-diagnostics capability: the server pushes (publishDiagnostics).
  await request('initialize', { processId: null, rootUri: root, workspaceFolders: [{ uri: root, name: 'ops' }], capabilities: {}, initializationOptions: { docsRoot: 'https://example.test/docs/rules' } });
  const initializeMs = performance.now() - t0;
  notify('initialized', {});
  const uri = `${root}/incidents/2024-03-14-queue-backlog.md`;
  const diagnostics = new Promise((resolve) => { onDiagnostics = resolve; });
  const t1 = performance.now();
  notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: doc } });
  const ds = await diagnostics;
  const firstDiagnosticsMs = performance.now() - t1;
  const hover = await request('textDocument/hover', { textDocument: { uri }, position: { line: 11, character: 4 } });
  worker.terminate();
  return {
    initializeMs, firstDiagnosticsMs, codes: ds.map((d) => [d.code, d.severity]), asked,
    hover: hover && hover.contents ? hover.contents.value : null, errors,
  };
}
