/**
 * Completion: missing section headings at the start of a line, time zones after a timeline
 * time, owners after `@` (front matter authors and owners used in the open documents of the
 * workspace), rule names inside suppression comments. The choices are computed by the pure
 * service (service/completion); this file only converts them to LSP.
 */
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { completionsAt, documentOwners, type Completion, type CompletionKind } from '../service/completion/index';
import { ALL_RULES } from '../service/rules/index';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  section: CompletionItemKind.Module,
  zone: CompletionItemKind.Unit,
  owner: CompletionItemKind.Reference,
  rule: CompletionItemKind.Property,
  directive: CompletionItemKind.Keyword,
};

export const TRIGGER_CHARACTERS = ['@', '#', ' ', '-'];

function toItem(c: Completion): CompletionItem {
  const item: CompletionItem = { label: c.label, kind: KIND[c.kind], textEdit: { range: c.range, newText: c.newText } };
  if (c.detail) item.detail = c.detail;
  if (c.documentation) item.documentation = c.documentation;
  if (c.filterText) item.filterText = c.filterText;
  if (c.sortText) item.sortText = c.sortText;
  if (c.snippet) item.insertTextFormat = InsertTextFormat.Snippet;
  return item;
}

/** Owners named in the other open documents (the workspace as the server sees it). */
function workspaceOwners(ctx: ServerContext, except: string): string[] {
  const out: string[] = [];
  for (const uri of ctx.store.uris()) {
    if (uri === except) continue;
    const parsed = ctx.store.parsed(uri);
    if (parsed) out.push(...documentOwners(parsed.model));
  }
  return out;
}

export function register(ctx: ServerContext): Partial<ServerCapabilities> {
  ctx.connection.onCompletion(async (params) => {
    const uri = params.textDocument.uri;
    const version = ctx.store.version(uri);
    const analysis = await ctx.analysisFor(uri);
    if (!analysis || ctx.store.version(uri) !== version) return [];
    const { config } = await ctx.configFor(uri);
    const items = completionsAt(
      { parsed: analysis, postmortem: analysis.detection.postmortem, config, rules: ALL_RULES.map((r) => r.meta), workspaceOwners: workspaceOwners(ctx, uri) },
      params.position,
    );
    return items.map(toItem);
  });
  return { completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false } };
}
