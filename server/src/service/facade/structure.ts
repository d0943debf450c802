/**
 * The structure features over a session: one document's outline, folds, smart selection and
 * links (from its analysis, postmortems only), and the owners across every postmortem of the
 * workspace (references, rename) and the incidents (workspace symbols). Open documents are
 * read from the store at their version; closed ones from the file system (version null).
 */
import { analyze, type Parsed } from '../analysis';
import type { Position, Range, TextEdit } from '../text/source-text';
import type { CancellationToken } from '../ports';
import { documentOutline, foldingRanges, selectionChain, type FoldRange, type OutlineNode } from '../language/outline';
import { documentLinks, type DocumentLink } from '../language/links';
import { HANDLE, ownerAt, ownerOccurrences } from '../language/owners';
import { matchIncident, type IncidentSummary } from '../language/incidents';
import { cancelled } from './cancel';
import type { Session } from './session';

export type { FoldRange, OutlineNode } from '../language/outline';
export type { DocumentLink } from '../language/links';

export async function outlineOf(s: Session, uri: string, token?: CancellationToken): Promise<OutlineNode[]> {
  const a = await s.postmortem(uri, token);
  return a ? documentOutline(a.source, a.model) : [];
}

export async function foldsOf(s: Session, uri: string, token?: CancellationToken): Promise<FoldRange[]> {
  return foldingRanges(await outlineOf(s, uri, token));
}

/** One chain per position, innermost first (the LSP answers one SelectionRange per position). */
export async function selectionsOf(s: Session, uri: string, positions: readonly Position[], token?: CancellationToken): Promise<Range[][]> {
  const a = await s.postmortem(uri, token);
  if (!a) return [];
  const outline = documentOutline(a.source, a.model);
  return positions.map((p) => selectionChain(a.source, outline, p));
}

export async function linksOf(s: Session, uri: string, token?: CancellationToken): Promise<DocumentLink[]> {
  const a = await s.postmortem(uri, token);
  if (!a) return [];
  return documentLinks(a.lines, { trackerUrl: a.config.trackerUrl || null, peopleUrl: a.config.peopleUrl || null });
}

/** A postmortem of the workspace as read now: its text's version (null: closed, read from disk). */
interface Read { uri: string; version: number | null; parsed: Parsed }

/** An open document's postmortem analysis with the version it is of (re-read when an edit lands meanwhile). */
async function readOpen(s: Session, uri: string, token?: CancellationToken): Promise<Read | null> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const version = s.store.version(uri);
    const a = await s.postmortem(uri, token);
    if (!a || version === undefined) return null;
    if (s.store.version(uri) === version) return { uri, version, parsed: a };
  }
  return null;
}

/** `mentioning`: skip the analysis of a file whose text does not contain it (most files, for an owner). */
async function readClosed(s: Session, uri: string, mentioning: string): Promise<Read | null> {
  const text = await s.ports.fs.readFile(uri).catch(() => undefined);
  if (text === undefined || !text.toLowerCase().includes(mentioning.toLowerCase())) return null;
  const r = await s.configs.configFor(uri);
  const a = analyze(text, { path: r.relativePath, config: r.config, rules: [] });
  return a.detection.postmortem ? { uri, version: null, parsed: a } : null;
}

/**
 * Visits every postmortem of the workspace (the index's, and every open one) whose text has
 * `mentioning`, sorted by URI, one at a time: a closed file's analysis is dropped after its
 * visit (a rename across 700 files held 550 MB when they were collected first).
 */
async function eachPostmortem(s: Session, mentioning: string, token: CancellationToken | undefined, visit: (d: Read) => void): Promise<void> {
  const uris = new Set([...(await s.index.all(token)).map((d) => d.uri), ...s.store.uris()]);
  for (const uri of [...uris].sort()) {
    if (cancelled(token)) return;
    const read = s.store.has(uri) ? await readOpen(s, uri, token) : await readClosed(s, uri, mentioning);
    if (read) visit(read);
  }
}

export interface OwnerLocation { uri: string; range: Range }

/** The owner under the cursor (the range of its name, without `@`), or null. */
export async function ownerUnder(s: Session, uri: string, position: Position, token?: CancellationToken): Promise<{ handle: string; range: Range } | null> {
  const a = await s.postmortem(uri, token);
  return a ? ownerAt(a.lines, a.model, position) : null;
}

/** Every occurrence of the owner under the cursor in every postmortem of the workspace. */
export async function ownerReferences(s: Session, uri: string, position: Position, token?: CancellationToken): Promise<OwnerLocation[]> {
  const owner = await ownerUnder(s, uri, position, token);
  if (!owner) return [];
  const out: OwnerLocation[] = [];
  await eachPostmortem(s, owner.handle, token, (d) => {
    for (const o of ownerOccurrences(d.parsed.lines, d.parsed.model, owner.handle)) out.push({ uri: d.uri, range: o.range });
  });
  return out;
}

export interface DocumentEdits { uri: string; version: number | null; edits: TextEdit[] }
export type RenameAnswer = { ok: true; documents: DocumentEdits[] } | { ok: false; message: string };

/** The new name as a handle: `@` optional; null when it is not one. */
export function handleFrom(newName: string): string | null {
  const h = newName.trim().replace(/^@/, '');
  return HANDLE.test(h) ? h : null;
}

/** Rename the owner under the cursor in every postmortem: one edit list per document, bound to its version. */
export async function renameOwner(s: Session, uri: string, position: Position, newName: string, token?: CancellationToken): Promise<RenameAnswer> {
  const handle = handleFrom(newName);
  if (handle === null) {
    return { ok: false, message: `"${newName}" is not an owner handle: use letters, digits, ".", "_" or "-" (not ending in "." or "-"), with or without a leading @.` };
  }
  const owner = await ownerUnder(s, uri, position, token);
  if (!owner) return { ok: false, message: 'There is no owner here to rename (an @handle, an owner field or a front-matter author).' };
  const documents: DocumentEdits[] = [];
  await eachPostmortem(s, owner.handle, token, (d) => {
    const edits = ownerOccurrences(d.parsed.lines, d.parsed.model, owner.handle).map((o) => ({ range: o.range, newText: handle }));
    if (edits.length > 0) documents.push({ uri: d.uri, version: d.version, edits });
  });
  return { ok: true, documents };
}

export interface IncidentSymbol { uri: string; file: string; incident: IncidentSummary; score: number }

/** Incidents matching every word of the query (best first, then by file), from the workspace index. */
export async function incidentSymbols(s: Session, query: string, token?: CancellationToken): Promise<IncidentSymbol[]> {
  const out: IncidentSymbol[] = [];
  for (const d of await s.index.all(token)) {
    const score = matchIncident(d.incident, d.file, query);
    if (score !== null) out.push({ uri: d.uri, file: d.file, incident: d.incident, score });
  }
  return out.sort((a, b) => b.score - a.score || a.file.localeCompare(b.file));
}
