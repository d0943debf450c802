/**
 * Open documents with their parse, kept up to date edit by edit: each change re-parses only
 * the blocks it touches (parse/incremental), and the model and findings are cached per
 * document version, so every feature reads the same analysis.
 */
import type { Root } from 'mdast';
import { parseMarkdown } from './parse/markdown';
import { applyChanges, type ContentChange } from './parse/incremental';
import { applyTextChanges } from './parse/lines';
import { parseDocument, lintParsed, type Analysis, type AnalyzeOptions, type Parsed } from './analysis';

interface Entry {
  uri: string;
  version: number;
  text: string;
  tree: Root | null;
  parsed: Parsed | null;
  analysis: { key: string; value: Analysis } | null;
  /** The highest version seen; a change at or below it reuses a version number. */
  highest: number;
  /** The current version number was used before for other text (the client went backwards). */
  reused: boolean;
}

export interface ParseStats { full: number; partial: number; reparsedChars: number }

export class DocumentStore {
  private readonly docs = new Map<string, Entry>();
  readonly stats: ParseStats = { full: 0, partial: 0, reparsedChars: 0 };

  open(uri: string, version: number, text: string): void {
    this.docs.set(uri, { uri, version, text, tree: null, parsed: null, analysis: null, highest: version, reused: false });
  }

  /**
   * Apply LSP content changes in order: ranged ones (incremental sync) re-parse only what
   * they touch; a change without a range replaces the whole text. The store is the one
   * owner of the document's text.
   */
  change(uri: string, version: number, changes: readonly (ContentChange | { text: string })[]): void {
    const e = this.docs.get(uri);
    if (!e) return;
    let text = e.text;
    let tree = e.tree;
    let ranged: ContentChange[] = [];
    const flush = (): void => {
      if (ranged.length === 0) return;
      if (tree) {
        try {
          const r = applyChanges({ text, tree }, ranged);
          if (r.stats.mode === 'full') this.stats.full++;
          else this.stats.partial++;
          this.stats.reparsedChars += r.stats.reparsedChars;
          text = r.text;
          tree = r.tree;
        } catch {
          // The tree was consumed or the parse failed: re-parse in full on the next read.
          text = applyTextChanges(text, ranged).text;
          tree = null;
        }
      } else {
        text = applyTextChanges(text, ranged).text;
      }
      ranged = [];
    };
    for (const c of changes) {
      if ('range' in c) {
        ranged.push(c);
      } else {
        flush();
        text = c.text;
        tree = null;
      }
    }
    flush();
    // The text follows the client whatever it numbers it, but a number seen before no longer
    // names one text: edits bound to it could land on the wrong text (`versionReused`).
    const reused = version <= e.highest;
    this.docs.set(uri, { uri, version, text, tree, parsed: null, analysis: null, highest: Math.max(e.highest, version), reused });
  }

  /** True while the document's version number is one the client used before (it went backwards). */
  versionReused(uri: string): boolean { return this.docs.get(uri)?.reused === true; }

  close(uri: string): void {
    this.docs.delete(uri);
  }

  has(uri: string): boolean { return this.docs.has(uri); }

  uris(): string[] { return [...this.docs.keys()]; }

  version(uri: string): number | undefined { return this.docs.get(uri)?.version; }

  text(uri: string): string | undefined { return this.docs.get(uri)?.text; }

  parsed(uri: string): Parsed | undefined {
    const e = this.docs.get(uri);
    if (!e) return undefined;
    if (!e.parsed) {
      if (!e.tree) {
        e.tree = parseMarkdown(e.text);
        this.stats.full++;
        this.stats.reparsedChars += e.text.length;
      }
      e.parsed = parseDocument(e.text, e.tree);
    }
    return e.parsed;
  }

  /** The analysis for the current version; `key` identifies the configuration used. */
  analysis(uri: string, opts: AnalyzeOptions, key: string): Analysis | undefined {
    const e = this.docs.get(uri);
    const parsed = this.parsed(uri);
    if (!e || !parsed) return undefined;
    if (e.analysis?.key === key) return e.analysis.value;
    const value = lintParsed(parsed, opts);
    e.analysis = { key, value };
    return value;
  }

  /** Forget cached analyses (configuration changed). */
  invalidateAnalyses(): void {
    for (const e of this.docs.values()) e.analysis = null;
  }
}
