/**
 * The door to the core. Everything outside server/src/service (the LSP shell, the CLI, the
 * VS Code client) imports from here and nowhere deeper; the import boundaries are checked by
 * `npm run lint:boundaries` (eslint.config.mjs). The map of the rooms is in ./README.md.
 */
export { analyze, overBudget, parseDocument } from './analysis';
export type { Analysis, Parsed } from './analysis';
export { RC_FILE_NAME, RcCache, configForDocument, parseRcText, parseUserConfig, resolveConfig } from './config/index';
export type { ConfigFileSystem, ConfigProblem } from './config/index';
export { dirname, isWithin, joinPath, normalizePath, relativeTo } from './config/paths';
export { didYouMean } from './config/messages';
export { BUILTIN_PROFILE_NAMES } from './config/profiles';
export { SETTING_KEYS } from './config/schema';
export type { ResolvedConfig, UserConfig } from './config/schema';
export { computeFigures } from './derive/figures/index';
export type { Derived, TimelineFacts } from './derive/index';
export type { Figures } from './derive/figures/index';
export { disableForFileEdit, disableForLineEdit } from './derive/suppress/index';
export { TRIGGER_CHARACTERS, completionsAt, documentOwners } from './language/completion/index';
export type { Completion, CompletionKind, CompletionTrigger } from './language/completion/index';
export { dateVariables, snippetToText } from './text/snippet';
export { TEMPLATES, expandTemplate } from './language/templates';
export type { TemplateProfile } from './language/templates';
export { toggleTaskEdit } from './language/toggle-task';
export { formatDuration } from './lex/time/durations';
export { isZoneName } from './lex/time/zones';
export { lineRoles, roleRuns } from './model/roles';
export type { Item } from './model/schema';
export { exportItems } from './outputs/export/index';
export type { ExportDoc } from './outputs/export/index';
export { DEFAULT_FORMAT, DEFAULT_WIDTH, FORMAT_NAMES, FORMATS, HOME, VERSION, checkedLine, countSeverities, formatReports, formatStylish, isFormatName, plural, ruleDocsUrl } from './outputs/format/index';
export type { FileReport, FormatName } from './outputs/format/index';
export { printable } from './outputs/format/types';
export type { PreviewData, PreviewFigures, PreviewMeasure, PreviewTask, PreviewTimelineEntry } from './outputs/preview/data';
export { previewFromAnalysis } from './outputs/preview/from-model';
export { applyEdits, fixAllEdits } from './rules/fixes/fix-all';
export { ALL_RULES, RULES_BY_NAME } from './rules/index';
export { sizeLabel } from './rules/structure/file-too-large';
export { CONVERT_TITLE } from './rules/structure/run-on-list';
export type { Finding, Fix, Severity } from './rules/types';
export { DocumentStore, STEPPED_CHARS } from './store';

// The views over an analysis. Each also keeps its former shape (a model and a configuration,
// from before an analysis carried its derived facts) for callers not converted yet: that
// form resolves the timeline afresh on every call.
import type { Position, Range } from './text/source-text';
import type { Postmortem } from './model/schema';
import type { ResolvedConfig as Config } from './config/schema';
import type { PreviewData } from './outputs/preview/data';
import { timelineFacts } from './derive/index';
import { coverage } from './derive/coverage/matching';
import * as views from './language/views';
import { previewFromAnalysis } from './outputs/preview/from-model';
export type { StepHint, Viewed } from './language/views';
export type { Previewed } from './outputs/preview/from-model';

type TimeZoned = Pick<Config, 'timeZone'>;

function viewed(a: views.Viewed | Postmortem, config: TimeZoned | undefined): views.Viewed {
  return 'derived' in a ? a : { model: a, derived: timelineFacts(a, config ?? { timeZone: '' }) };
}

/** Markdown for the hover on a timeline entry's time, or null when `pos` is on none. */
export function timelineHover(a: views.Viewed, pos: Position): ReturnType<typeof views.timelineHover>;
/** @deprecated pass the analysis: `timelineHover(analysis, pos)`. */
export function timelineHover(model: Postmortem, config: TimeZoned, pos: Position): ReturnType<typeof views.timelineHover>;
export function timelineHover(a: views.Viewed | Postmortem, b: Position | TimeZoned, pos?: Position): ReturnType<typeof views.timelineHover> {
  return 'derived' in a ? views.timelineHover(a, b as Position) : views.timelineHover(viewed(a, b as TimeZoned), pos ?? { line: -1, character: 0 });
}

/** `+10m` after each entry's time: the step from the previous timed entry. */
export function timelineStepHints(a: views.Viewed, range?: Range): views.StepHint[];
/** @deprecated pass the analysis: `timelineStepHints(analysis, range)`. */
export function timelineStepHints(model: Postmortem, config: TimeZoned, range?: Range): views.StepHint[];
export function timelineStepHints(a: views.Viewed | Postmortem, b?: Range | TimeZoned, range?: Range): views.StepHint[] {
  return 'derived' in a ? views.timelineStepHints(a, b as Range | undefined) : views.timelineStepHints(viewed(a, b as TimeZoned), range);
}

/** The figures lens above the timeline: its line and title, or null without figures. */
export function figuresLens(a: views.Viewed): ReturnType<typeof views.figuresLens>;
/** @deprecated pass the analysis: `figuresLens(analysis)`. */
export function figuresLens(model: Postmortem, config: TimeZoned): ReturnType<typeof views.figuresLens>;
export function figuresLens(a: views.Viewed | Postmortem, config?: TimeZoned): ReturnType<typeof views.figuresLens> {
  return views.figuresLens(viewed(a, config));
}

/**
 * @deprecated pass the analysis: `previewFromAnalysis(uri, version, analysis)`. This form
 * derives afresh from the model alone, and matches measures to tasks on their first lines.
 */
export function previewFromModel(uri: string, version: number, model: Postmortem, config: TimeZoned): PreviewData {
  const tl = timelineFacts(model, config);
  const own = coverage(model.measures, model.tasks);
  return previewFromAnalysis(uri, version, { model, derived: { timeline: tl.timeline, figures: tl.figures, coverage: own } });
}
