/**
 * Completion: missing section headings at the start of a line, time zones after a timeline
 * time, owners after `@` (front matter authors and owners used in the open documents of the
 * workspace), rule names inside suppression comments, the `pm-` templates and snippets. The
 * choices are computed by the pure service (service/completion); this file only converts
 * them to LSP. Only `@` is a trigger character, no item is preselected and none has commit
 * characters: a list the user did not ask for never takes an Enter (issue 10, item 2).
 */
import { CompletionItemKind, CompletionTriggerKind, InsertTextFormat, type CompletionItem, type CompletionParams, type Connection, type Disposable, type ServerCapabilities } from 'vscode-languageserver';
import { TRIGGER_CHARACTERS, type Completion, type CompletionKind, type CompletionTrigger, type PostmortemService } from '../service/index';

export const COMPLETION_CAPABILITIES: Partial<ServerCapabilities> = { completionProvider: { triggerCharacters: [...TRIGGER_CHARACTERS], resolveProvider: false } };

const KIND: Record<CompletionKind, CompletionItemKind> = {
  section: CompletionItemKind.Module,
  zone: CompletionItemKind.Unit,
  owner: CompletionItemKind.Reference,
  rule: CompletionItemKind.Property,
  directive: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
};

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

/**
 * `snippets`: serve the `pm-` snippets (null when the client has its own copy), as snippets
 * when the client inserts them.
 */
export function registerCompletion(onCompletion: Connection['onCompletion'], snippets: { snippetSupport: boolean } | null, service: PostmortemService): Disposable {
  return onCompletion(async (params, token) => {
    const items = await service.completion(params.textDocument.uri, params.position, triggerOf(params), snippets, token);
    return items.map(toItem);
  });
}
