// Issue 11 (runs inside VS Code through the e2e probe): the Outline view of seed 004 (or a
// document of its shape) lists its title, five sections and ten timeline entries; editor.fold
// on the plain `Timeline:` line hides its entries; a ticket link (postmortem.trackerUrl set to
// an HTTP server this scenario starts) opened from the editor reaches that server; renaming
// `@alice` in the rename box changes the open file and the closed one.
// Returns plain JSON for test/e2e/vscode-structure.test.ts.
'use strict';
const http = require('http');

const SEED = 'postmortems/seed-004.md';
const CACHE = 'postmortems/2024-06-11-cache-postmortem.md';
const QUEUE = 'postmortems/2024-07-02-queue-postmortem.md';

/** Resolves with the first value `check` gives (not undefined) on `event`, or rejects after `ms`. */
function when(event, check, ms, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out after ${ms}ms waiting for ${what}`)); }, ms);
    const sub = event((e) => {
      const v = check(e);
      if (v !== undefined) { clearTimeout(timer); sub.dispose(); resolve(v); }
    });
  });
}

async function outline(vscode, h) {
  const doc = await h.open(SEED);
  // Room for every row (the tree renders only the rows in view): collapse the files pane above it.
  await h.executeCommand('outline.focus');
  await h.click('.pane:has(> .pane-body .explorer-folders-view) > .pane-header').catch((e) => h.log(`collapse files: ${String(e)}`));
  const names = async (level) => (await h.dom(`.outline-pane .monaco-list-row${level ? `[aria-level="${level}"]` : ''} .label-name`)).map((m) => m.text.trim());
  // The three reads are separate round trips and the tree re-renders its rows when the
  // Outline refreshes (a diagnostics update, the files pane collapsing): a CI run read no
  // rows and no top level between two renders while the entries were there. Read until one
  // pass is consistent (every row at level 1 or 2, the same rows before and after), each
  // pass after the rows are in the DOM again; a tree that never settles fails with the last pass.
  let pass = { rows: [], top: [], children: [] };
  for (let attempt = 0; attempt < 20; attempt++) {
    await h.waitForDom('.outline-pane .monaco-list-row[aria-level="1"] .label-name', 60000);
    await h.waitForDom('.outline-pane .monaco-list-row[aria-level="2"] .label-name', 60000);
    const rows = await names(null);
    pass = { rows, top: await names(1), children: await names(2) };
    const again = await names(null);
    if (rows.length > 0 && rows.length === pass.top.length + pass.children.length && JSON.stringify(again) === JSON.stringify(rows)) break;
    h.log(`outline pass ${attempt}: ${rows.length} rows, ${pass.top.length} top, ${pass.children.length} children, then ${again.length} rows; reading again`);
  }
  const { rows, top, children } = pass;
  const screenshot = await h.screenshotRequest('outline', { waitFor: '.outline-pane .monaco-list-row' });
  return { doc, rows, top, children, screenshot };
}

async function fold(vscode, h, doc) {
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const header = doc.getText().split('\n').findIndex((l) => l.trim() === 'Timeline:');
  const next = doc.getText().split('\n').findIndex((l, i) => i > header && /^[A-Z]/.test(l) && l.trim().endsWith(':') && !/^\d/.test(l));
  const ranges = (await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', doc.uri)) || [];
  const shown = (line) => editor.visibleRanges.some((r) => r.start.line <= line && line <= r.end.line);
  const hidden = () => (shown(header) && !shown(header + 1) && !shown(next - 1) ? editor.visibleRanges.map((r) => [r.start.line, r.end.line]) : undefined);
  const folded = when(vscode.window.onDidChangeTextEditorVisibleRanges, (e) => (e.textEditor === editor ? hidden() : undefined), 30000, 'the timeline lines to be hidden');
  editor.selection = new vscode.Selection(header, 0, header, 0);
  await h.executeCommand('editor.fold', { selectionLines: [header], levels: 1 });
  const visible = hidden() ?? (await folded);
  await h.screenshotRequest('folded');
  return { header, next, providerRanges: ranges.map((r) => [r.start, r.end]), visible };
}

async function link(vscode, h) {
  const hits = [];
  let onHit = () => undefined;
  const server = http.createServer((req, res) => { hits.push(req.url); res.end('<h1>OPS-41</h1>'); onHit(req.url); });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    await vscode.workspace.getConfiguration('postmortem').update('trackerUrl', `${base}/browse/{id}`, vscode.ConfigurationTarget.Global);
    const doc = await h.open(CACHE);
    await h.waitForDiagnostics(doc.uri, (ds) => ds.some((d) => d.source === 'postmortem'), 60000);
    const links = (await vscode.commands.executeCommand('vscode.executeLinkProvider', doc.uri)) || [];
    const targets = links.map((l) => (l.target ? l.target.toString(true) : ''));
    h.log(`links: ${JSON.stringify(targets)}; trackerUrl now ${vscode.workspace.getConfiguration('postmortem').get('trackerUrl')}`);
    const ours = links.find((l) => l.target && l.target.toString(true).endsWith('/browse/OPS-41'));
    if (!ours) return { base, targets, hits, via: 'none', dialog: null };
    const hit = new Promise((resolve) => { onHit = resolve; });
    const editor = vscode.window.activeTextEditor;
    const at = ours.range.start.translate(0, 2);
    editor.selection = new vscode.Selection(at, at);
    // The editor's own "Open Link" (what Ctrl+click runs) on the link under the cursor.
    await h.executeCommand('editor.action.openLink');
    const dialog = h.waitForDom('.monaco-dialog-box', 20000).then((m) => m.map((x) => x.text).join(' '), () => null);
    let first = await Promise.race([hit.then(() => 'hit'), dialog.then((d) => (d === null ? 'nothing' : 'dialog'))]);
    let dialogText = null;
    if (first === 'dialog') {
      dialogText = await dialog;
      await h.screenshotRequest('open-link-dialog');
      await h.click('.monaco-dialog-box .dialog-buttons .monaco-button');
      first = await Promise.race([hit.then(() => 'hit'), h.waitForDom('.never-there', 20000).then(() => 'nothing', () => 'nothing')]);
    }
    let via = first === 'hit' ? 'editor.action.openLink' : 'none';
    if (via === 'none') {
      h.log('openLink reached nothing: vscode.env.openExternal with the provider\'s target');
      const again = new Promise((resolve) => { onHit = resolve; });
      await vscode.env.openExternal(ours.target);
      const r = await Promise.race([again.then(() => 'hit'), h.waitForDom('.never-there', 20000).then(() => 'nothing', () => 'nothing')]);
      if (r === 'hit') via = 'vscode.env.openExternal';
    }
    return { base, targets, hits, via, dialog: dialogText };
  } finally {
    server.close();
  }
}

async function rename(vscode, h) {
  const doc = await h.open(CACHE);
  const lines = doc.getText().split('\n');
  const line = lines.findIndex((l) => l.includes('(owner: @alice)'));
  const character = lines[line].indexOf('@alice') + 2;
  const editor = vscode.window.activeTextEditor;
  editor.selection = new vscode.Selection(line, character, line, character);
  // The command resolves only once the rename box is done with: not awaited.
  const renaming = Promise.resolve(h.executeCommand('editor.action.rename')).catch((e) => h.log(`rename: ${String(e)}`));
  // The box exists before prepareRename answers: type only once its input has the focus.
  const box = '.rename-box input, .rename-box .rename-input';
  await h.waitForDom(box, 30000);
  const focused = await h.waitForDom('.rename-box input:focus, .rename-box .rename-input:focus', 15000).then(() => true, () => false);
  if (!focused) {
    // The box is there but has not the focus (the page behind another tab): give it, and select its text.
    h.log('rename box without focus: clicking into it');
    await h.click(box);
    await h.pressKey('Control+A');
  }
  await h.typeKeys('alice-sre');
  await h.pressKey('Enter');
  await renaming;
  const cache = await h.waitForText(CACHE, (t) => t.includes('alice-sre'), 30000);
  const queue = await h.waitForText(QUEUE, (t) => t.includes('alice-sre'), 30000);
  await h.screenshotRequest('renamed');
  return { cache, queue };
}

exports.run = async (vscode, h) => {
  const o = await outline(vscode, h);
  const folded = await fold(vscode, h, o.doc);
  const opened = await link(vscode, h);
  const renamed = await rename(vscode, h);
  return { outline: { rows: o.rows, top: o.top, children: o.children }, fold: folded, link: opened, rename: renamed };
};
