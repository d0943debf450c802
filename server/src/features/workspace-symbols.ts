/**
 * Workspace symbols: one per postmortem of the workspace, found by title, date, service or
 * owner (`payments 2023`). The name carries all of them: VS Code filters the answers again
 * by fuzzy-matching the query against the name, so a fact only in the detail would be lost.
 */
import { SymbolKind, type Connection, type Disposable, type ServerCapabilities, type SymbolInformation } from 'vscode-languageserver';
import type { IncidentSymbol, PostmortemService } from '../service/index';

export const WORKSPACE_SYMBOL_CAPABILITIES: Partial<ServerCapabilities> = { workspaceSymbolProvider: true };

/** More would only fill the picker: the best ones come first. */
const MAX_SYMBOLS = 200;

export function symbolName({ incident }: IncidentSymbol): string {
  return [incident.title, incident.date ?? '', ...incident.services, ...incident.owners.map((o) => `@${o}`)].filter(Boolean).join(' · ');
}

export function registerWorkspaceSymbols(onWorkspaceSymbol: Connection['onWorkspaceSymbol'], service: PostmortemService): Disposable {
  return onWorkspaceSymbol(async ({ query }, token) => {
    const found = await service.workspaceSymbols(query, token);
    return found.slice(0, MAX_SYMBOLS).map((s): SymbolInformation => ({
      name: symbolName(s),
      kind: SymbolKind.File,
      location: { uri: s.uri, range: s.incident.range },
      containerName: s.file,
    }));
  });
}
