/**
 * Rule docs open rendered. Each diagnostic's code links (LSP `codeDescription`) to the rule's
 * page shipped with the extension (docs/rules/<rule>.md); VS Code opens such a link as a
 * text editor, and gives an extension no say in how (its opener runs no command link there).
 * So when a tab opens on one of those pages, it is shown in the Markdown preview instead and
 * the text tab is closed. Pages anywhere else (the user's own docs) are left alone.
 */
import * as vscode from 'vscode';

let registered = false;

/** Once per extension host (activate runs again when workspace trust is granted). */
export function registerRuleDocs(context: vscode.ExtensionContext): void {
  if (registered) return;
  registered = true;
  const docsRoot = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() + '/';
  const isRulePage = (uri: vscode.Uri): boolean => uri.toString().startsWith(docsRoot) && uri.path.endsWith('.md');
  context.subscriptions.push(
    vscode.window.tabGroups.onDidChangeTabs(async (e) => {
      for (const tab of e.opened) {
        if (!(tab.input instanceof vscode.TabInputText) || !isRulePage(tab.input.uri)) continue;
        await vscode.commands.executeCommand('markdown.showPreview', tab.input.uri);
        await vscode.window.tabGroups.close(tab);
      }
    }),
  );
}
