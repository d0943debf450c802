// Rule docs open rendered (runs inside VS Code through the e2e probe): a finding's code in
// the Problems panel links to the rule's page shipped with the extension; clicking it with
// the real mouse opens that page in the Markdown preview, and no raw-text tab of it stays.
// Returns plain JSON for test/e2e/vscode-rule-docs.test.ts.
'use strict';

const ours = (ds) => ds.filter((d) => d.source === 'postmortem');

/** Resolves with check()'s value once it has one, re-checking on every tab change. */
function waitForTabs(vscode, check, timeoutMs, describe) {
  return new Promise((resolve, reject) => {
    let sub;
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out after ${timeoutMs}ms waiting for ${describe()}`)); }, timeoutMs);
    const attempt = () => {
      const v = check();
      if (v === undefined) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    };
    sub = vscode.window.tabGroups.onDidChangeTabs(attempt);
    attempt();
  });
}

const tabsNow = (vscode) => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => ({
  label: t.label,
  kind: t.input instanceof vscode.TabInputText ? 'text' : t.input instanceof vscode.TabInputWebview ? `webview:${t.input.viewType}` : t.input instanceof vscode.TabInputCustom ? `custom:${t.input.viewType}` : 'other',
  uri: t.input && t.input.uri ? t.input.uri.toString() : null,
}));

exports.run = async (vscode, h) => {
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const uri = vscode.Uri.joinPath(folder, 'postmortems', '2024-05-09-db-outage.md');
  await h.open(uri);
  const diags = await h.waitForDiagnostics(uri, (ds) => ours(ds).some((d) => d.code === 'heading-empty'), 60000);
  const target = ours(diags).find((d) => d.code === 'heading-empty').codeTarget;
  // The Problems panel shows each finding's code as a link to its target: click that one.
  await h.executeCommand('workbench.actions.view.problems');
  const LINK = '.markers-panel a.monaco-link[href$="/docs/rules/heading-empty.md"]';
  await h.waitForDom(LINK, 30000);
  const links = await h.dom('.markers-panel a.monaco-link');
  await h.screenshotRequest('problems-panel');
  await h.click(LINK);
  const tabs = await waitForTabs(
    vscode,
    () => {
      const now = tabsNow(vscode);
      const preview = now.some((t) => t.kind.startsWith('webview:') && /markdown/i.test(t.kind) && /heading-empty/.test(t.label));
      const raw = now.some((t) => t.kind === 'text' && t.uri === target);
      return preview && !raw ? now : undefined;
    },
    30000,
    () => `a Markdown preview of heading-empty.md and no text tab of it; tabs: ${JSON.stringify(tabsNow(vscode))}`,
  );
  const headings = (await h.waitForDom('.markdown-body h1', 30000)).map((m) => m.text.trim());
  await h.screenshotRequest('rule-docs-preview');
  return { target, linkTexts: links.map((l) => l.text.trim()), tabs, headings };
};
