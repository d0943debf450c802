// The `h` object handed to a scenario's `run(vscode, h)`. Every wait is event-driven
// (onDidChangeDiagnostics, onDidChangeTextDocument) with a deadline, never a polling loop.
// Paths given as strings are relative to the workspace folder; a vscode.Uri works too.
'use strict';
const path = require('path');
const ser = require('./serialize');

function createHelpers(vscode, cfg, channel) {
  const t0 = Date.now();
  const logLines = [];
  const root = cfg.workspace;
  const toUri = (u) => (typeof u === 'string' ? vscode.Uri.file(path.resolve(root, u)) : u);
  const diagsOf = (uri) => vscode.languages.getDiagnostics(uri).map(ser.diag);

  function log(...parts) {
    const line = `${Date.now() - t0}ms ${parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ')}`;
    logLines.push(line);
    channel.post('/log', { line }).catch(() => { /* progress only */ });
  }

  /** Resolves with the first value for which `check()` is not undefined, re-checking on `subscribe`'s events. */
  function waitFor(subscribe, check, timeoutMs, describe) {
    return new Promise((resolve, reject) => {
      let sub;
      let timer;
      const done = (err, value) => {
        if (sub) sub.dispose();
        clearTimeout(timer);
        if (err) reject(err); else resolve(value);
      };
      const attempt = () => {
        try {
          const v = check();
          if (v !== undefined) { done(null, v); return true; }
        } catch (err) { done(err); return true; }
        return false;
      };
      if (attempt()) return;
      sub = subscribe(attempt);
      timer = setTimeout(() => done(new Error(`timed out after ${timeoutMs}ms waiting for ${describe()}`)), timeoutMs);
    });
  }

  async function open(rel, opts = {}) {
    const doc = await vscode.workspace.openTextDocument(toUri(rel));
    await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false, ...opts });
    log(`opened ${path.relative(root, doc.uri.fsPath)} (${doc.languageId})`);
    return doc;
  }

  /** Waits until predicate(plainDiagnostics) is true; resolves with those diagnostics. */
  function waitForDiagnostics(uri, predicate, timeoutMs = 30000) {
    const u = toUri(uri);
    const key = u.toString();
    return waitFor(
      (fire) => vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((x) => x.toString() === key)) fire(); }),
      () => { const ds = diagsOf(u); return predicate(ds) ? ds : undefined; },
      timeoutMs,
      () => `diagnostics on ${u.fsPath}; last: ${JSON.stringify(diagsOf(u).map((d) => [d.code, d.range.start.line, d.message]))}`,
    );
  }

  /** Waits until predicate(documentText) is true; resolves with the text. */
  async function waitForText(uri, predicate, timeoutMs = 30000) {
    const doc = await vscode.workspace.openTextDocument(toUri(uri));
    return waitFor(
      (fire) => vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === doc) fire(); }),
      () => (predicate(doc.getText()) ? doc.getText() : undefined),
      timeoutMs,
      () => `text of ${doc.uri.fsPath}; now: ${JSON.stringify(doc.getText().slice(0, 200))}`,
    );
  }

  async function codeActions(uri, range, kind) {
    // 4th argument: resolve up to 50 actions (codeAction/resolve), so lazy edits are filled in.
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider',
      toUri(uri), ser.toRange(vscode, range), kind || undefined, 50);
    return (actions || []).map((a) => ser.action(vscode, a));
  }

  async function applyCodeAction(action) {
    const a = (action && action.raw) || action;
    let applied = false;
    if (typeof a.command === 'string') {
      await vscode.commands.executeCommand(a.command, ...(a.arguments || []));
      return true;
    }
    if (a.edit) applied = await vscode.workspace.applyEdit(a.edit);
    if (a.command) {
      await vscode.commands.executeCommand(a.command.command, ...(a.command.arguments || []));
      applied = true;
    }
    log(`applied code action "${a.title}": ${applied}`);
    return applied;
  }

  async function activate(extensionId) {
    const ext = vscode.extensions.getExtension(extensionId);
    if (!ext) throw new Error(`extension ${extensionId} is not installed`);
    return ext.activate();
  }

  return {
    vscode,
    workspace: root,
    uri: toUri,
    log,
    open,
    waitForDiagnostics,
    waitForText,
    diagnostics: (uri) => diagsOf(toUri(uri)),
    codeActions,
    applyCodeAction,
    activate,
    executeCommand: (cmd, ...args) => vscode.commands.executeCommand(cmd, ...args),
    text: async (uri) => (await vscode.workspace.openTextDocument(toUri(uri))).getText(),
    save: async (uri) => (await vscode.workspace.openTextDocument(toUri(uri))).save(),
    /** Whole-page browser screenshot taken by the harness; resolves with its path. */
    screenshotRequest: async (name, opts = {}) => (await channel.post('/screenshot', { name, waitFor: opts.waitFor })).path,
    /** Text of the elements matching a CSS selector in every frame of the page (webviews included). */
    dom: async (selector) => (await channel.post('/dom', { selector })).matches,
    /** Like dom(), but first waits (in the browser) until the selector matches in some frame. */
    waitForDom: async (selector, timeoutMs = 30000) => (await channel.post('/wait-dom', { selector, timeoutMs })).matches,
    /** Clicks the first element matching a CSS selector in any frame (webviews included), with the real mouse. */
    click: async (selector) => (await channel.post('/click', { selector })).frame,
    /** Types `text` with real key presses (one per character, `delayMs` apart) into the focused editor. */
    typeKeys: async (text, delayMs = 0) => { await channel.post('/keyboard', { text, delayMs }); },
    /** Presses one key (Playwright name: 'Enter', 'Escape', 'Control+Space') in the browser. */
    pressKey: async (key) => { await channel.post('/keyboard', { key }); },
    /** Moves the real mouse over the first element matching a CSS selector in any frame. */
    hover: async (selector) => (await channel.post('/hover', { selector })).frame,
    /** Layout (box, scroll/client width, own text, viewport width) of matching elements in every frame. */
    boxes: async (selector) => (await channel.post('/boxes', { selector })).boxes,
    serialize: { diag: ser.diag, action: (a) => ser.action(vscode, a), range: ser.range },
    logLines,
  };
}

module.exports = { createHelpers };
