// Foundation scenario (runs inside VS Code's extension host through the e2e probe):
// the extension lints the postmortem and leaves the plain README alone, and the
// heading-syntax quick fix edits the document. Returns plain JSON for
// test/e2e/vscode.test.ts to assert on; it asserts nothing itself beyond what it needs
// to carry on.
'use strict';

const POSTMORTEM = 'postmortems/2024-05-09-db-outage.md';
const README = 'README.md';
const ours = (ds) => ds.filter((d) => d.source === 'postmortem');
const codes = (ds) => ours(ds).map((d) => d.code);

exports.run = async (vscode, h) => {
  // The README is opened FIRST: by the time the postmortem (opened second) has its
  // diagnostics, the server has seen the README's didOpen and diagnostic request too, so
  // "no diagnostics on the README" is checked after an event, not after a sleep.
  const readme = await h.open(README);
  const doc = await h.open(POSTMORTEM);
  const diagnostics = await h.waitForDiagnostics(doc.uri,
    (ds) => codes(ds).includes('heading-syntax') && codes(ds).includes('heading-empty'), 90000);
  h.log(`postmortem diagnostics: ${codes(diagnostics).join(', ')}`);
  await h.executeCommand('workbench.actions.view.problems');
  await h.screenshotRequest('diagnostics', { waitFor: '.squiggly-warning, .squiggly-error, .squiggly-info' });

  const target = ours(diagnostics).find((d) => d.code === 'heading-syntax');
  const actions = await h.codeActions(doc.uri, target.range, 'quickfix');
  // The quick fix for this diagnostic is the one editing its line (preferred first); no
  // matching on titles.
  const onLine = actions.filter((a) => (a.edit || []).some((f) =>
    f.edits.some((e) => e.range.start.line <= target.range.start.line && e.range.end.line >= target.range.start.line)));
  const fix = onLine.find((a) => a.isPreferred) || onLine[0];
  const out = {
    diagnostics, actions, fix: fix || null, applied: false, textAfter: null, diagnosticsAfter: null, previewHeadings: [], readmeDiagnostics: [],
  };
  if (!fix) return { ...out, readmeDiagnostics: h.diagnostics(readme.uri) };

  out.applied = await h.applyCodeAction(fix);
  out.textAfter = await h.waitForText(doc.uri, (t) => t.startsWith('# '), 30000);
  // The server re-lints the edited text: heading-syntax goes away, heading-empty stays.
  out.diagnosticsAfter = await h.waitForDiagnostics(doc.uri,
    (ds) => !codes(ds).includes('heading-syntax') && codes(ds).includes('heading-empty'), 30000);
  await h.screenshotRequest('after-fix');
  // The built-in Markdown preview (a webview) now renders line 1 as a heading: proves the
  // fix, and that the harness reads and photographs webview content.
  await h.executeCommand('markdown.showPreviewToSide', doc.uri);
  out.previewHeadings = (await h.waitForDom('.markdown-body h1', 30000)).map((m) => m.text.trim());
  await h.screenshotRequest('preview');
  out.readmeDiagnostics = h.diagnostics(readme.uri);
  out.readmeLanguage = readme.languageId;
  return out;
};
