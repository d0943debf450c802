/**
 * The one code path from a document to its configuration, shared by the LSP server and the
 * CLI so they agree. Layers, lowest first:
 *
 *   DEFAULTS < editor settings (`postmortem.*`) < rc files (outermost .. nearest) < CLI flags
 *
 * The rc file wins over the editor's settings (RULES.md: "the config file wins"), so a
 * repository's `.postmortemrc.json` gives the same result in the editor and in CI.
 */
import type { ResolvedConfig, UserConfig } from './schema';
import type { ConfigProblem } from './problems';
import { resolveConfigDetailed } from './resolve';
import { loadRcConfig, RcCache } from './rcfile';
import type { ConfigFileSystem } from './rcfile';

export interface ConfigForDocumentOptions {
  /** Where the walk for rc files stops (inclusive); null: the file system's root. */
  workspaceRoot: string | null;
  /** The editor's settings: the lowest layer. */
  editorSettings?: UserConfig;
  /** Command-line flags: the highest layer. */
  cliOverrides?: UserConfig;
  /** Keep one per server or CLI run; clear it when an rc file changes. */
  cache?: RcCache;
  /** Rule names, to warn about unknown ones in `rules`. */
  knownRules?: ReadonlySet<string>;
  /** The editor's workspace is not trusted: rc files set rule severities only. */
  untrusted?: boolean;
}

export interface DocumentConfig {
  config: ResolvedConfig;
  /** The rc files that apply, outermost first. */
  files: string[];
  problems: ConfigProblem[];
}

export function configForDocument(docPath: string, options: ConfigForDocumentOptions, fs: ConfigFileSystem): DocumentConfig {
  const parseOptions = { ...(options.knownRules ? { knownRules: options.knownRules } : {}), ...(options.untrusted === true ? { untrusted: true } : {}) };
  const rc = loadRcConfig(docPath, options.workspaceRoot, fs, options.cache ?? new RcCache(), parseOptions);
  const layers: UserConfig[] = [];
  if (options.editorSettings) layers.push(options.editorSettings);
  layers.push(...rc.layers);
  if (options.cliOverrides) layers.push(options.cliOverrides);
  const resolved = resolveConfigDetailed(layers);
  return { config: resolved.config, files: rc.files, problems: [...rc.problems, ...resolved.problems] };
}

export { BUILTIN_PROFILES, DEFAULT_PROFILE, DEFAULT_PROFILE_NAME } from './profiles';
export { DEFAULTS, parseUserConfig, resolveConfig, resolveConfigDetailed } from './resolve';
export type { ParseOptions } from './resolve';
export { loadRcConfig, parseRcText, RcCache, RC_FILE_NAME } from './rcfile';
export type { ConfigFileSystem, RcDirectoryEntry, RcLoadResult } from './rcfile';
export type { ConfigProblem } from './problems';
export { generateJsonSchema, RcFileSchema } from './jsonschema';
