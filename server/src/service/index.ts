/**
 * The door to the core. Everything outside server/src/service (the LSP shell, the CLI, the
 * VS Code client) imports from here and nowhere deeper; the import boundaries are checked by
 * `npm run lint:boundaries` (.dependency-cruiser.cjs). An editor host needs only
 * `createPostmortemService` (./service.ts) and the ports it implements (./ports.ts); the CLI
 * uses the pipeline and the outputs directly. The map of the rooms is in ./README.md.
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
export type { Derived, TimelineFacts } from './derive/index';
export type { Figures } from './derive/figures/index';
export { TRIGGER_CHARACTERS } from './language/completion/index';
export type { Completion, CompletionKind, CompletionTrigger } from './language/completion/index';
export { dateVariables, snippetToText } from './text/snippet';
export { TEMPLATES, expandTemplate } from './language/templates';
export type { TemplateProfile } from './language/templates';
export { formatDuration } from './lex/time/durations';
export { isZoneName } from './lex/time/zones';
export { lineRoles, roleRuns } from './model/roles';
export type { Item, Postmortem } from './model/schema';
export { EXPORT_FORMATS, exportItems } from './outputs/export/index';
export type { ExportDoc } from './outputs/export/index';
export { DEFAULT_FORMAT, DEFAULT_WIDTH, FORMAT_NAMES, FORMATS, HOME, VERSION, checkedLine, countSeverities, formatReports, formatStylish, isFormatName, plural, ruleDocsUrl } from './outputs/format/index';
export type { FileReport, FormatName } from './outputs/format/index';
export { printable } from './outputs/format/types';
export type { PreviewData, PreviewFigures, PreviewMeasure, PreviewTask, PreviewTimelineEntry } from './outputs/preview/data';
export { applyEdits, fixAllEdits } from './rules/fixes/fix-all';
export { ALL_RULES, RULES_BY_NAME } from './rules/index';
export { sizeLabel } from './rules/structure/file-too-large';
export type { Finding, Fix, Severity } from './rules/types';
export type { CancellationToken, Disposable, FileStat, FileSystem, FileType, FindFilesOptions, Log, Scheduler, Workspace } from './ports';
export type { DocumentEdits, DocumentLink, FoldRange, IncidentSummary, IncidentSymbol, OutlineNode, OwnerLocation, RenameAnswer } from './service';
export { createPostmortemService, isActionHandle } from './service';
export { warmUp } from './facade/warm-up';
export type { ActionHandle, CodeActionChoice, CodeActionQuery, DiagnosticRef, DocumentChange, Event, FileEvent, IndexedDoc, PostmortemService, PostmortemServiceOptions } from './service';
export type { ScanProgress, WorkspaceFileReport, WorkspaceScan, WorkspaceScanQuery } from './service';
export type { StepHint, Viewed } from './language/views';
export type { Previewed } from './outputs/preview/from-model';
export type { ExportFormat } from './outputs/export/index';
