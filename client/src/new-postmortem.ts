/**
 * Postmortem: New Postmortem. Asks for a title and a profile, creates
 * `<folder>/<YYYY-MM-DD>-<slug>.md` from the profile's template (folder: the
 * `postmortem.newPostmortemFolder` setting, relative to the workspace folder) and opens it.
 * The file holds the structure, today's date, the configured zone and a placeholder for every
 * fact (`[describe ...]`, `hh:mm`, `yyyy-mm-dd`), which the `placeholder` rule reports until
 * it is filled: nothing in it reads as an incident that happened.
 * Tests and other extensions may pass `{ title, profile, folder? }` to skip the prompts; the
 * command returns the new file's URI (undefined when the user cancels).
 */
import * as vscode from 'vscode';
import { TEMPLATES, expandTemplate, type TemplateProfile } from '../../server/src/service/index';

export const NEW_POSTMORTEM_COMMAND = 'postmortem.newPostmortem';

export interface NewPostmortemArgs {
  title?: string;
  profile?: TemplateProfile;
  /** Overrides the setting; relative to the workspace folder. */
  folder?: string;
}

function isProfile(p: unknown): p is TemplateProfile {
  return typeof p === 'string' && Object.prototype.hasOwnProperty.call(TEMPLATES, p);
}

/**
 * A file-name slug: ASCII letters and digits joined by `-`. Written by hand because it is
 * three string operations; a slug library would add a dependency for no extra safety.
 */
export function slugify(title: string): string {
  const s = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return (s.slice(0, 60).replace(/-+$/, '') || 'postmortem');
}

function pad(n: number): string { return String(n).padStart(2, '0'); }

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const fromActive = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
  if (fromActive) return fromActive;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the new postmortem' });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

async function askProfile(configured: string): Promise<TemplateProfile | undefined> {
  const items = (Object.keys(TEMPLATES) as TemplateProfile[]).map((p) => ({ label: p, description: p === configured ? 'configured profile' : '', detail: TEMPLATES[p].description, profile: p }));
  items.sort((a, b) => Number(b.profile === configured) - Number(a.profile === configured));
  return (await vscode.window.showQuickPick(items, { placeHolder: 'Profile: which sections the postmortem has' }))?.profile;
}

export async function newPostmortem(args: NewPostmortemArgs = {}): Promise<vscode.Uri | undefined> {
  const folder = await pickFolder();
  if (!folder) {
    void vscode.window.showErrorMessage('Postmortem: open a folder first; the new postmortem is created inside it.');
    return undefined;
  }
  const config = vscode.workspace.getConfiguration('postmortem', folder.uri);
  const title = args.title ?? (await vscode.window.showInputBox({
    prompt: 'Postmortem title: what happened',
    placeHolder: 'Checkout failures after the queue consumer deploy',
    validateInput: (v) => (v.trim() === '' ? 'A title is required.' : undefined),
  }));
  if (title === undefined || title.trim() === '') return undefined;
  const configured = config.get<string>('profile', 'default');
  const profile = args.profile ?? (await askProfile(configured));
  if (!isProfile(profile)) return undefined;

  const now = new Date();
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}`;
  const zone = config.get<string>('timeZone', '');
  const text = expandTemplate(TEMPLATES[profile].body, { date, time, title: title.trim(), ...(zone ? { zone } : {}) });

  const rel = args.folder ?? config.get<string>('newPostmortemFolder', 'postmortems');
  // An absolute folder lies on the workspace folder's file system (vscode-vfs in github.dev).
  // node:path is not used: the browser client bundles this file too.
  const absolute = /^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(rel);
  const dir = !absolute ? vscode.Uri.joinPath(folder.uri, rel) : folder.uri.scheme === 'file' ? vscode.Uri.file(rel) : folder.uri.with({ path: rel });
  await vscode.workspace.fs.createDirectory(dir);
  const base = `${date}-${slugify(title)}`;
  let file = vscode.Uri.joinPath(dir, `${base}.md`);
  for (let n = 2; await exists(file); n++) file = vscode.Uri.joinPath(dir, `${base}-${n}.md`);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(file);
  await vscode.window.showTextDocument(doc);
  return file;
}

export function registerNewPostmortem(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(NEW_POSTMORTEM_COMMAND, (args?: NewPostmortemArgs) => newPostmortem(args ?? {})));
}
