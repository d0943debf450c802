/**
 * Completion: missing section headings at the start of a line, time zones after a timeline
 * time, owners after `@` (front matter authors and owners used in the open documents of the
 * workspace), rule names inside suppression comments, the `pm-` templates and snippets. The
 * choices are computed by the pure service (service/completion); this file only converts
 * them to LSP. Only `@` is a trigger character, no item is preselected and none has commit
 * characters: a list the user did not ask for never takes an Enter (issue 10, item 2).
 */
import { CompletionItemKind, CompletionTriggerKind, InsertTextFormat, type CompletionItem, type CompletionParams, type ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { TRIGGER_CHARACTERS, completionsAt, documentOwners, type Completion, type CompletionKind, type CompletionTrigger } from '../service/index';
import { dateVariables } from '../service/index';
import { ALL_RULES } from '../service/index';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  section: CompletionItemKind.Module,
  zone: CompletionItemKind.Unit,
  owner: CompletionItemKind.Reference,
  rule: CompletionItemKind.Property,
  directive: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
};

export { TRIGGER_CHARACTERS };

function toItem(c: Completion): CompletionItem {
  const item: CompletionItem = { label: c.label, kind: KIND[c.kind], textEdit: { range: c.range, newText: c.newText } };
  if (c.detail) item.detail = c.detail;
  if (c.documentation) item.documentation = c.documentation;
  if (c.filterText) item.filterText = c.filterText;
  if (c.sortText) item.sortText = c.sortText;
  item.insertTextFormat = c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText;
  return item;
}

function triggerOf(params: CompletionParams): CompletionTrigger {
  const context = params.context;
  if (!context) return { kind: 'invoked' };
  if (context.triggerKind === CompletionTriggerKind.TriggerCharacter) return { kind: 'character', ...(context.triggerCharacter ? { character: context.triggerCharacter } : {}) };
  return { kind: context.triggerKind === CompletionTriggerKind.TriggerForIncompleteCompletions ? 'incomplete' : 'invoked' };
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
    const snippets = ctx.support.snippetCompletions ? { snippetSupport: ctx.support.completionSnippets, variables: dateVariables(new Date()) } : null;
    const items = completionsAt(
      { parsed: analysis, postmortem: analysis.detection.postmortem, config, rules: ALL_RULES.map((r) => r.meta), workspaceOwners: workspaceOwners(ctx, uri), snippets },
      params.position,
      triggerOf(params),
    );
    return items.map(toItem);
  });
  return { completionProvider: { triggerCharacters: [...TRIGGER_CHARACTERS], resolveProvider: false } };
}
