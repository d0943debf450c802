/**
 * Open documents with their parse, kept up to date edit by edit: each change re-parses only
 * the blocks it touches (parse/incremental), and the model and findings are cached per
 * document version, so every feature reads the same analysis.
 */
import type { Root } from 'mdast';
import { parseMarkdown, parseMarkdownInSteps } from './parse/markdown';
import { applyChanges, type ContentChange } from './parse/incremental';
import { applyTextChanges, composeLineChanges, type LineChange } from './parse/lines';
import type { DocumentLines } from './parse/document-lines';
import { parseDocument, lintParsed, lintParsedInSteps, budgetedAnalysis, budgetChars, type Analysis, type AnalyzeOptions, type Parsed } from './analysis';
import { DEFAULTS } from './config/resolve';
import type { CancellationToken } from './ports';

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
  /** The size budget (characters) of the last analysis: a longer text is never parsed. */
  limit: number;
  /**
   * The last parse of an earlier version, and its analysis: the next parse is built from the
   * one (model/incremental), the next analysis keeps findings of the other where the edit
   * cannot have changed them. Each is dropped once used: an entry holds one earlier version.
   */
  earlierParsed: Parsed | null;
  earlierAnalysis: { key: string; value: Analysis } | null;
  /**
   * The lines the incremental parser read again since the version whose line view is `from`
   * (ParseResult.lines, composed over the changes since): the next parse reads only those
   * lines' view again when it is built from that version. Null when unknown (a full parse).
   */
  changed: { from: DocumentLines; lines: LineChange } | null;
}

const DEFAULT_LIMIT = DEFAULTS.maxFileSize * 1024;

/**
 * Documents at least this long are analysed in steps (parse, model, groups of rules) with a
 * turn of the event loop between them, so requests for other documents are answered
 * meanwhile, and the work stops when the document changes. Shorter ones take a few ms.
 */
export const STEPPED_CHARS = 128 * 1024;

/** A stepped analysis under way: who waits for it, and whether it must finish (analysisInSteps). */
interface Running {
  key: string;
  value: Promise<Analysis | undefined>;
  tokens: (CancellationToken | undefined)[];
  finish: boolean;
}

export interface ParseStats { full: number; partial: number; reparsedChars: number }

export class DocumentStore {
  private readonly docs = new Map<string, Entry>();
  readonly stats: ParseStats = { full: 0, partial: 0, reparsedChars: 0 };

  open(uri: string, version: number, text: string): void {
    this.docs.set(uri, { uri, version, text, tree: null, parsed: null, analysis: null, highest: version, reused: false, limit: this.docs.get(uri)?.limit ?? DEFAULT_LIMIT, earlierParsed: null, earlierAnalysis: null, changed: null });
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
    // The lines read again since the current text (null: unknown, a full parse or none).
    let lines: LineChange | null = { from: 0, oldTo: 0, newTo: 0 };
    const flush = (): void => {
      if (ranged.length === 0) return;
      if (tree) {
        try {
          // A long document that needs a full parse is parsed when read (in steps), not here.
          // The line starts of the text, when its parse has them (the first run of changes).
          const source = e.parsed?.source ?? e.analysis?.value.source;
          const r = applyChanges({ text, tree, ...(source?.text === text ? { lineStarts: source.lineStarts } : {}) }, ranged, { deferFullAbove: STEPPED_CHARS });
          if (r.stats.mode === 'full') this.stats.full++;
          else if (r.stats.mode === 'partial') this.stats.partial++;
          this.stats.reparsedChars += r.stats.reparsedChars;
          text = r.text;
          tree = r.tree;
          lines = lines && r.tree && 'lines' in r && r.lines ? composeLineChanges(lines, r.lines) : null;
        } catch {
          // The tree was consumed or the parse failed: re-parse in full on the next read.
          text = applyTextChanges(text, ranged).text;
          tree = null;
          lines = null;
        }
      } else {
        text = applyTextChanges(text, ranged).text;
        lines = null;
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
        lines = null;
      }
    }
    flush();
    // Over the budget the tree is dropped (it would only be kept up to date, never read).
    if (text.length > e.limit) tree = null;
    // The text follows the client whatever it numbers it, but a number seen before no longer
    // names one text: edits bound to it could land on the wrong text (`versionReused`).
    const reused = version <= e.highest;
    // The parse being replaced is what the next one is built from (or the one before it, when
    // this version was never read); none over the budget, where nothing is parsed.
    // A parse and its analysis are kept together: the rules keep findings only of the analysis
    // of the parse the next one is built from. A version parsed but not analysed (its stepped
    // analysis abandoned, or only a hover read it) gives way to the last analysed one.
    const over = text.length > e.limit;
    const earlierAnalysis = over ? null : e.analysis ?? e.earlierAnalysis;
    const earlierParsed = over ? null : earlierAnalysis?.value ?? e.parsed ?? e.earlierParsed;
    // What the line view of the next parse may keep of `earlierParsed`'s: the lines changed
    // since it, when the changes since are all known.
    const current = e.parsed?.lines ?? e.analysis?.value.lines;
    let changed: Entry['changed'] = null;
    if (earlierParsed && lines && tree) {
      if (earlierParsed.lines === current) changed = { from: current, lines };
      else if (e.changed && earlierParsed.lines === e.changed.from) changed = { from: e.changed.from, lines: composeLineChanges(e.changed.lines, lines) };
    }
    this.docs.set(uri, { uri, version, text, tree, parsed: null, analysis: null, highest: Math.max(e.highest, version), reused, limit: e.limit, earlierParsed, earlierAnalysis, changed });
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

  /** The parse of the current version; undefined over the size budget (never parsed). */
  parsed(uri: string): Parsed | undefined {
    const e = this.docs.get(uri);
    if (!e || e.text.length > e.limit) return undefined;
    if (!e.parsed) {
      if (!e.tree) {
        e.tree = parseMarkdown(e.text);
        this.stats.full++;
        this.stats.reparsedChars += e.text.length;
      }
      e.parsed = parseDocument(e.text, e.tree, e.earlierParsed ?? undefined, this.changedSince(e));
      e.earlierParsed = null;
      e.changed = null;
    }
    return e.parsed;
  }

  /**
   * The parse when it costs no long wait: the one already made, or a short document's (under
   * STEPPED_CHARS). For what reads other documents on the side (owner names for completion),
   * which must not parse a long one in one go while the user types.
   */
  parsedIfCheap(uri: string): Parsed | undefined {
    const e = this.docs.get(uri);
    if (!e) return undefined;
    if (e.parsed) return e.parsed;
    return e.text.length < STEPPED_CHARS ? this.parsed(uri) : undefined;
  }

  /** The analysis for the current version; `key` identifies the configuration used. */
  analysis(uri: string, opts: AnalyzeOptions, key: string): Analysis | undefined {
    const e = this.docs.get(uri);
    if (!e) return undefined;
    e.limit = budgetChars(opts.config);
    if (e.analysis?.key === key) return e.analysis.value;
    if (e.text.length > e.limit) {
      e.tree = null;
      e.parsed = null;
      const over = budgetedAnalysis(e.text, opts);
      e.analysis = { key, value: over };
      this.versions.set(over, e.version);
      return over;
    }
    const parsed = this.parsed(uri);
    if (!parsed) return undefined;
    const value = lintParsed(parsed, opts, this.earlierAnalysis(e, key));
    e.analysis = { key, value };
    this.versions.set(value, e.version);
    e.earlierAnalysis = null;
    return value;
  }

  /**
   * The same as `analysis`, for the server: a long document is analysed in steps (see
   * STEPPED_CHARS) and the work is abandoned (undefined) when the document changes or
   * closes meanwhile, or when every caller waiting for it has cancelled. Callers asking at
   * once for the same version share one analysis. `turn` yields to the event loop (the
   * host's scheduler; the core stays pure).
   *
   * With `finish`, a change of the document no longer abandons the work: it runs to the end
   * and answers with the analysis of the version it started on (a close or every caller
   * cancelling still stops it). For a caller that already had its work abandoned once: while
   * keystrokes come faster than one analysis takes (a 10,000-line document on a slow
   * machine), abandoning each in turn answers nobody until the typing stops.
   */
  analysisInSteps(uri: string, opts: AnalyzeOptions, key: string, turn: () => Promise<void>, token?: CancellationToken, finish = false): Promise<Analysis | undefined> {
    const e = this.docs.get(uri);
    if (!e) return Promise.resolve(undefined);
    e.limit = budgetChars(opts.config);
    if ((e.analysis?.key === key) || e.text.length < STEPPED_CHARS || e.text.length > e.limit) return Promise.resolve(this.analysis(uri, opts, key));
    const running = this.running.get(e);
    if (running?.key === key) {
      running.tokens.push(token);
      // Joining work already under way: from now on it finishes for this caller too.
      if (finish && !running.finish) {
        running.finish = true;
        this.finishingFor(uri, running.value);
      }
      return running.value;
    }
    // Work being finished for an earlier version runs alone: started beside it, an analysis
    // of the newer text would share the CPU with it and both would answer late. This one
    // starts when that one is done, and is finished in turn (having waited once, it would
    // else be abandoned by the next keystroke): under sustained typing the analyses run back
    // to back, each answering everyone who asked during the one before.
    const ahead = this.finishing.get(uri);
    if (ahead) return ahead.then(() => this.analysisInSteps(uri, opts, key, turn, token, true));
    const tokens: (CancellationToken | undefined)[] = [token];
    // A caller without a token never gives up; the work stops when all who asked have.
    const wanted = (): boolean => tokens.some((t) => t?.isCancellationRequested !== true);
    const run: Running = { key, value: Promise.resolve(undefined), tokens, finish };
    const value = this.stepped(e, opts, key, turn, wanted, () => run.finish).finally(() => {
      if (this.running.get(e)?.value === value) this.running.delete(e);
    });
    run.value = value;
    this.running.set(e, run);
    if (finish) this.finishingFor(uri, value);
    return value;
  }

  /** The version each analysis was made for. */
  private readonly versions = new WeakMap<Analysis, number>();

  /** The document version `analysis` (one this store made) was made for. */
  versionOf(analysis: Analysis): number | undefined {
    return this.versions.get(analysis);
  }

  /** Per document, the stepped work that is being finished whatever the edits (at most one). */
  private readonly finishing = new Map<string, Promise<unknown>>();

  private finishingFor(uri: string, value: Promise<Analysis | undefined>): void {
    const done = value.then(() => undefined, () => undefined).finally(() => {
      if (this.finishing.get(uri) === done) this.finishing.delete(uri);
    });
    this.finishing.set(uri, done);
  }

  private readonly running = new WeakMap<Entry, Running>();

  private async stepped(e: Entry, opts: AnalyzeOptions, key: string, turn: () => Promise<void>, wanted: () => boolean, finish: () => boolean): Promise<Analysis | undefined> {
    // The entry is replaced on every change and removed on close: a different one is stale
    // work, unless the work is to finish (then only a close stops it).
    const current = async (): Promise<boolean> => {
      await turn();
      const latest = this.docs.get(e.uri);
      return (latest === e || (finish() && latest !== undefined)) && wanted();
    };
    if (!(await current())) return undefined;
    if (!e.tree) {
      // Piece by piece (parse/chunked.ts), a turn between pieces; undefined: no longer wanted.
      const tree = await parseMarkdownInSteps(e.text, current);
      if (!tree) return undefined;
      e.tree = tree;
      this.stats.full++;
      this.stats.reparsedChars += e.text.length;
      if (!(await current())) return undefined;
    }
    if (!e.parsed) {
      e.parsed = parseDocument(e.text, e.tree, e.earlierParsed ?? undefined, this.changedSince(e));
      e.earlierParsed = null;
      e.changed = null;
      if (!(await current())) return undefined;
    }
    if (e.analysis?.key === key) return e.analysis.value;
    const value = await lintParsedInSteps(e.parsed, opts, current, this.earlierAnalysis(e, key));
    if (!value) return undefined;
    const latest = this.docs.get(e.uri);
    if (latest !== e && !(finish() && latest !== undefined)) return undefined;
    // (On a replaced entry, when finishing: the answer for the version the work started on.)
    e.analysis = { key, value };
    this.versions.set(value, e.version);
    e.earlierAnalysis = null;
    return value;
  }

  /** The lines changed since the parse the next one is built from, when known. */
  private changedSince(e: Entry): LineChange | undefined {
    const c = e.changed;
    return c && e.earlierParsed && c.from === e.earlierParsed.lines ? c.lines : undefined;
  }

  /** The earlier version's analysis, when it was made under the same configuration. */
  private earlierAnalysis(e: Entry, key: string): Analysis | undefined {
    const a = e.earlierAnalysis;
    return a?.key === key ? a.value : undefined;
  }

  /** Forget cached analyses (configuration changed). */
  invalidateAnalyses(): void {
    for (const e of this.docs.values()) {
      e.analysis = null;
      e.earlierAnalysis = null;
    }
  }
}
