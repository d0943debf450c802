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
import { resolveTimeline, resolveTimelineAfter, type EarlierResolution } from './timeline/resolve';
import type { ResolvedTimeline } from './timeline/types';
import { entryOutcomes, type EntryOutcomes } from './timeline/outcomes';
import { figuresOf, type Figures } from './figures/index';
import { measureCoverage, taskDuplicates, type Coverage } from './coverage/index';
import type { Duplicates } from './coverage/matching';
import { buildSuppressions, type Suppressions } from './suppress/suppressions';
import { DIRECTIVE_PREFIX } from './suppress/directives';
import { resolutionEntry, type ResolutionEntry } from './timeline/resolution-entry';

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
  /**
   * The entry the timeline resolves the incident with (the restoration that holds, else the
   * first saying it was resolved), which two rules compare the summary's end with: one walk
   * over every entry per analysis.
   */
  readonly resolution: ResolutionEntry | undefined;
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

/** A value computed on first read and kept (the computation is dropped once done). */
function once<T>(compute: () => T, done?: (value: T) => void): () => T {
  let pending: (() => T) | null = compute;
  let value: T | undefined;
  return () => {
    if (pending) {
      value = pending();
      pending = null;
      done?.(value);
    }
    return value as T;
  };
}

/**
 * Facts of the version before that a new version keeps: those that read only the measures
 * and tasks, when the new model has the very same lists (no item touched, none moved).
 * Values only, never a computation: no version keeps the one before it alive.
 */
export interface CarriedFacts {
  readonly coverage?: readonly Coverage[];
  readonly taskDuplicates?: Duplicates;
  /** The version before's resolved timeline, reused when nothing it reads changed (resolveTimelineAfter). */
  readonly timeline?: EarlierResolution;
}

/** What each Derived has computed so far that a next version may keep. */
interface Made { coverage?: readonly Coverage[]; taskDuplicates?: Duplicates; timeline?: { timeZone: string; value: ResolvedTimeline } }
const made = new WeakMap<Derived, Made>();

/**
 * `lines`: where each line of the previous version is in the new one (see EarlierResolution),
 * when the new model was built after the previous one with the same sections; else undefined.
 */
export function carriedFrom(previous: Derived, previousModel: Postmortem, model: Postmortem, lines?: (line: number) => number): CarriedFacts {
  const m = made.get(previous);
  const tl = m?.timeline && lines ? { timeline: { model: previousModel, timeZone: m.timeline.timeZone, timeline: m.timeline.value, lines } } : {};
  if (model.tasks !== previousModel.tasks || model.measures !== previousModel.measures) return tl;
  return { ...(m?.coverage ? { coverage: m.coverage } : {}), ...(m?.taskDuplicates ? { taskDuplicates: m.taskDuplicates } : {}), ...tl };
}

function timelineFactsOf(model: Postmortem, lines: DocumentLines | null, config: Pick<ResolvedConfig, 'timeZone'>, earlier?: EarlierResolution, done?: (t: ResolvedTimeline) => void): TimelineFacts {
  const timeline = once(() => (earlier ? resolveTimelineAfter(earlier, model, config) : resolveTimeline(model, config)), done);
  const outcomes = once(() => entryOutcomes(model, lines));
  const figures = once(() => figuresOf(model, timeline(), outcomes()));
  return {
    get timeline() { return timeline(); },
    get outcomes() { return outcomes(); },
    get figures() { return figures(); },
  };
}

/** The derived facts of one analysed document version under one configuration. */
export function deriveFacts(input: DeriveInput, config: Pick<ResolvedConfig, 'timeZone'>, carried: CarriedFacts = {}): Derived {
  const record: Made = {};
  if (carried.coverage) record.coverage = carried.coverage;
  if (carried.taskDuplicates) record.taskDuplicates = carried.taskDuplicates;
  const tl = timelineFactsOf(input.model, input.lines, config, carried.timeline, (v) => { record.timeline = { timeZone: config.timeZone, value: v }; });
  const kept = carried.coverage;
  const keptDuplicates = carried.taskDuplicates;
  const coverage = once(() => kept ?? measureCoverage(input.model, input.source), (v) => { record.coverage = v; });
  const duplicates = once(() => keptDuplicates ?? taskDuplicates(input.model), (v) => { record.taskDuplicates = v; });
  // Most documents hold no suppression comment: one search of the text settles that, instead
  // of a scan of every line on every keystroke (~2 ms at 10,000 lines, server CPU profile).
  const suppressions = once(() => (input.source.text.includes(DIRECTIVE_PREFIX) ? buildSuppressions(input.source.lines, (l) => input.lines.isCode(l)) : buildSuppressions([])));
  const resolution = once(() => resolutionEntry({ lines: input.lines, outcomes: tl.outcomes }, tl.timeline.timed));
  const derived: Derived = {
    get timeline() { return tl.timeline; },
    get outcomes() { return tl.outcomes; },
    get figures() { return tl.figures; },
    get coverage() { return coverage(); },
    get taskDuplicates() { return duplicates(); },
    get suppressions() { return suppressions(); },
    get resolution() { return resolution(); },
  };
  made.set(derived, record);
  return derived;
}

/**
 * The timeline's facts of a model alone, computed afresh: for callers holding a model
 * without its analysis (the compatible forms of the door's view functions). Entries are
 * read on their own text (no line context).
 */
export function timelineFacts(model: Postmortem, config: Pick<ResolvedConfig, 'timeZone'>): TimelineFacts {
  return timelineFactsOf(model, null, config);
}
