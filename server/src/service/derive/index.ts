/**
 * The derived stage: facts computed from one document version's model (and text) and its
 * configuration, once per analysis, before the rules. Rules read them through their
 * context (`ctx.derived`), the editor's views and the preview through `analysis.derived`;
 * nothing else computes them.
 *
 * Each fact is computed on its first read and kept: a keystroke pays only for the facts
 * its readers ask for (a document with no measures never matches them; the figures are
 * read by the lens and the preview, not the rules), and a non-postmortem pays nothing.
 */
import type { ResolvedConfig } from '../config/schema';
import type { Postmortem } from '../model/schema';
import type { DocumentLines } from '../parse/document-lines';
import type { SourceText } from '../text/source-text';
import { resolveTimeline } from './timeline/resolve';
import type { ResolvedTimeline } from './timeline/types';
import { entryOutcomes, type EntryOutcomes } from './timeline/outcomes';
import { figuresOf, type Figures } from './figures/index';
import { measureCoverage, taskDuplicates, type Coverage } from './coverage/index';
import type { Duplicates } from './coverage/matching';
import { buildSuppressions, type Suppressions } from './suppress/suppressions';

/** The timeline's facts: all that the hover, hints, lens and figures need. */
export interface TimelineFacts {
  /** Every entry on one time axis (zones, dates, midnight applied). */
  readonly timeline: ResolvedTimeline;
  /** What each entry says happened: detection, mitigation, resolution. */
  readonly outcomes: EntryOutcomes;
  /** Start, detection, mitigation, resolution, end and the spans between them. */
  readonly figures: Figures;
}

export interface Derived extends TimelineFacts {
  /** The measures (not also tasks) with the tasks that cover them. */
  readonly coverage: readonly Coverage[];
  /** Tasks that say the same thing (identical texts as groups, similar ones as pairs). */
  readonly taskDuplicates: Duplicates;
  /** The inline suppression comments (`<!-- postmortem-disable ... -->`). */
  readonly suppressions: Suppressions;
}

export interface DeriveInput {
  readonly model: Postmortem;
  readonly lines: DocumentLines;
  readonly source: SourceText;
}

/** A value computed on first read and kept. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T | undefined;
  return () => {
    if (!done) { value = compute(); done = true; }
    return value as T;
  };
}

function timelineFactsOf(model: Postmortem, lines: DocumentLines | null, config: Pick<ResolvedConfig, 'timeZone'>): TimelineFacts {
  const timeline = once(() => resolveTimeline(model, config));
  const outcomes = once(() => entryOutcomes(model, lines));
  const figures = once(() => figuresOf(model, timeline(), outcomes()));
  return {
    get timeline() { return timeline(); },
    get outcomes() { return outcomes(); },
    get figures() { return figures(); },
  };
}

/** The derived facts of one analysed document version under one configuration. */
export function deriveFacts(input: DeriveInput, config: Pick<ResolvedConfig, 'timeZone'>): Derived {
  const tl = timelineFactsOf(input.model, input.lines, config);
  const coverage = once(() => measureCoverage(input.model, input.source));
  const duplicates = once(() => taskDuplicates(input.model));
  const suppressions = once(() => buildSuppressions(input.source.lines, (l) => input.lines.isCode(l)));
  return {
    get timeline() { return tl.timeline; },
    get outcomes() { return tl.outcomes; },
    get figures() { return tl.figures; },
    get coverage() { return coverage(); },
    get taskDuplicates() { return duplicates(); },
    get suppressions() { return suppressions(); },
  };
}

/**
 * The timeline's facts of a model alone, computed afresh: for callers holding a model
 * without its analysis (the compatible forms of the door's view functions). Entries are
 * read on their own text (no line context).
 */
export function timelineFacts(model: Postmortem, config: Pick<ResolvedConfig, 'timeZone'>): TimelineFacts {
  return timelineFactsOf(model, null, config);
}
