// Authoring scenario (runs inside VS Code through the e2e probe): the New Postmortem command
// creates a document from the default template; we break it in three fixable ways, save
// with `editor.codeActionsOnSave: { "source.fixAll.postmortem": "explicit" }` (workspace
// settings), and the saved document has no fixable finding left. Then a suppression comment
// silences the one rule it names on the next line and nothing else. Returns plain JSON for
// test/e2e/vscode-authoring.test.ts; asserts nothing itself beyond what it needs to go on.
'use strict';

const ours = (ds) => ds.filter((d) => d.source === 'postmortem');
const codesOn = (ds, line) => ours(ds).filter((d) => d.range.start.line === line).map((d) => d.code).sort();
const FIXABLE = ['heading-syntax', 'heading-empty', 'checkbox-syntax'];

exports.run = async (vscode, h) => {
  const created = await h.executeCommand('postmortem.newPostmortem', { title: 'Checkout failures after deploy', profile: 'default' });
  if (!created) throw new Error('postmortem.newPostmortem returned no file');
  const uri = vscode.Uri.parse(created.toString());
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  const templateText = doc.getText();
  // Informational only (the template may well have no diagnostic, so nothing to wait for).
  const templateDiagnostics = h.diagnostics(uri);
  h.log(`created ${vscode.workspace.asRelativePath(uri)}; template diagnostics: ${ours(templateDiagnostics).map((d) => d.code).join(', ') || '(none)'}`);

  // Break it: a heading without its space, an empty heading, a malformed checkbox.
  const broken = templateText
    .replace(/^## Timeline/m, '##Timeline')
    .replace(/^## Root Cause/m, '##\n## Root Cause')
    .replace(/^- \[ \] /m, '- [] ');
  await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), broken));
  const beforeSave = await h.waitForDiagnostics(uri, (ds) => FIXABLE.every((c) => ours(ds).some((d) => d.code === c)), 60000);
  await h.screenshotRequest('before-save', { waitFor: '.squiggly-warning' });

  // An explicit save, as Ctrl+S: the code actions on save run before the file is written.
  await h.executeCommand('workbench.action.files.save');
  const savedText = await h.waitForText(uri, (t) => !t.includes('##Timeline') && !t.includes('- [] ') && !/^##[ \t]*$/m.test(t), 60000);
  const afterSave = await h.waitForDiagnostics(uri, (ds) => !ours(ds).some((d) => FIXABLE.includes(d.code)), 60000);
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const fixAllLeft = await h.codeActions(uri, whole, 'source.fixAll.postmortem');
  const diskText = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
  const dirtyAfterSave = doc.isDirty;
  await h.screenshotRequest('after-save');

  // Suppression: a second Tasks heading written without its space draws heading-syntax and
  // the section rules; the comment above it silences heading-syntax only.
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  await editor.edit((e) => e.insert(end, '\n\n#Followup notes\n'));
  const target = doc.lineCount - 2;
  const unsuppressed = await h.waitForDiagnostics(uri, (ds) => codesOn(ds, target).includes('heading-syntax'), 60000);
  await editor.edit((e) => e.insert(new vscode.Position(target, 0), '<!-- postmortem-disable-next-line heading-syntax -->\n'));
  const suppressed = await h.waitForDiagnostics(uri,
    (ds) => codesOn(ds, target + 1).length > 0 && !codesOn(ds, target + 1).includes('heading-syntax'), 60000);
  await h.screenshotRequest('suppressed');

  return {
    file: vscode.workspace.asRelativePath(uri),
    templateText,
    templateCodes: ours(templateDiagnostics).map((d) => d.code),
    beforeSaveCodes: ours(beforeSave).map((d) => d.code),
    savedText,
    diskText,
    dirtyAfterSave,
    afterSaveCodes: ours(afterSave).map((d) => d.code),
    fixAllLeft,
    unsuppressedCodes: codesOn(unsuppressed, target),
    suppressedCodes: codesOn(suppressed, target + 1),
    otherCodesBefore: ours(unsuppressed).filter((d) => d.range.start.line !== target).map((d) => d.code).sort(),
    otherCodesAfter: ours(suppressed).filter((d) => d.range.start.line !== target + 1).map((d) => d.code).sort(),
  };
};
