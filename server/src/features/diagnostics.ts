/**
 * Diagnostics: pull (LSP 3.17) for clients that support it, push otherwise (Neovim 0.7),
 * decided once per client at initialize, never both. Push coalesces a burst of changes:
 * a pass runs after the queue of incoming messages drains, for the newest version only.
 */
import { DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type Diagnostic } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { toDiagnostic } from './convert';

export async function diagnosticsFor(ctx: ServerContext, uri: string): Promise<{ version: number; items: Diagnostic[] } | undefined> {
  const version = ctx.store.version(uri);
  const analysis = await ctx.analysisFor(uri);
  if (version === undefined || !analysis || ctx.store.version(uri) !== version) return undefined;
  return { version, items: analysis.findings.map((f) => toDiagnostic(f, uri, version)) };
}

/**
 * Lets messages already received (more keystrokes) be processed before analysing, so one
 * analysis answers a burst of typing instead of one stale analysis per keystroke queuing
 * up behind another. Returns as soon as a turn passes with no new version.
 */
async function settle(ctx: ServerContext, uri: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const before = ctx.store.version(uri);
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (ctx.store.version(uri) === before) return;
  }
}

export function registerDiagnostics(ctx: ServerContext): void {
  const { connection } = ctx;
  if (ctx.support.pullDiagnostics) {
    connection.languages.diagnostics.on(async (params) => {
      const uri = params.textDocument.uri;
      await settle(ctx, uri);
      // The document may change while the analysis awaits settings: an empty report would
      // wipe its diagnostics until the next pull, so answer for the newest version instead.
      for (let attempt = 0; attempt < 5; attempt++) {
        const r = await diagnosticsFor(ctx, uri);
        if (r) return { kind: DocumentDiagnosticReportKind.Full, items: r.items };
        if (!ctx.store.has(uri)) break;
      }
      if (ctx.store.has(uri)) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document kept changing', { retriggerRequest: true });
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    });
    return;
  }
  const pending = new Set<string>();
  let scheduled = false;
  const flush = async (): Promise<void> => {
    scheduled = false;
    const uris = [...pending];
    pending.clear();
    for (const uri of uris) {
      if (!ctx.store.has(uri)) {
        await connection.sendDiagnostics({ uri, diagnostics: [] });
        continue;
      }
      const r = await diagnosticsFor(ctx, uri);
      if (r) await connection.sendDiagnostics({ uri, version: r.version, diagnostics: r.items });
      else if (ctx.store.has(uri)) pending.add(uri);
    }
    if (pending.size > 0) schedule();
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => { void flush().catch((e: unknown) => ctx.log(`diagnostics failed: ${String(e)}`)); });
  };
  ctx.onDidChangeDocument((uri) => {
    pending.add(uri);
    schedule();
  });
}
