/**
 * Validating and merging configuration layers. The editor and the CLI both end here, so they
 * agree: `parseUserConfig` validates one layer at the edge (never throws; keeps every valid
 * setting and reports the rest), `resolveConfig` merges layers over `DEFAULTS`.
 *
 * Merge rules, from the settings table (schema.ts): a later layer wins per setting; a setting
 * marked `merge: 'by-key'` (`rules`, `profiles`) merges per key; arrays (`globs`) are replaced
 * whole. Nothing here names a setting but the profile, which is looked up once merged.
 */
import type { z } from 'zod';
import { ProfileSchema, SETTING_KEYS, SETTINGS, SeveritySettingSchema, UserConfigSchema } from './schema';
import type { MergedConfig, Profile, ResolvedConfig, UserConfig } from './schema';
import { BUILTIN_PROFILES, DEFAULT_PROFILE, DEFAULT_PROFILE_NAME } from './profiles';
import type { ConfigProblem } from './problems';
import { formatPath } from './problems';
import { didYouMean, describeValue, issueMessage } from './messages';
import { globProblem, MAX_GLOBS } from './glob';

/** Every setting's default, from the settings table (schema.ts). */
export const DEFAULTS: Readonly<MergedConfig> = Object.freeze(defaults());

function defaults(): MergedConfig {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) out[key] = copy(SETTINGS[key].default);
  // Built key by key from the table, which has one default per key of MergedConfig.
  return out as MergedConfig;
}

/** A copy of a setting's value, so the result never shares an array or object with a layer or DEFAULTS. */
function copy<T>(v: T): T {
  if (Array.isArray(v)) return [...(v as unknown[])] as T;
  if (isPlainObject(v)) return { ...v } as T; // spread copies `__proto__` as an own key
  return v;
}

export interface ParseOptions {
  /** When given, rule names in `rules` outside this set are reported (and kept). */
  knownRules?: ReadonlySet<string>;
  /** The workspace is not trusted: an rc file sets rule severities only (rcfile.ts). */
  untrusted?: boolean;
}

type Key = keyof UserConfig;
const SHAPE = UserConfigSchema.shape;
const KEYS = Object.keys(SHAPE) as Key[];

function isKey(k: string): k is Key {
  return (KEYS as string[]).includes(k);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function problem(source: string, path: (string | number)[], message: string, severity: ConfigProblem['severity'] = 'error'): ConfigProblem {
  // Warnings here are all about names (unknown settings and rules), so they point at the key.
  return { source, path: formatPath(path), message, severity, segments: path, onKey: severity === 'warning' };
}

function segmentsOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((s) => (typeof s === 'number' ? s : String(s)));
}

function zodProblems(source: string, error: z.ZodError, input: unknown, prefix: (string | number)[]): ConfigProblem[] {
  return error.issues.map((issue) => ({
    source,
    path: formatPath([...prefix, ...issue.path]),
    message: issueMessage(issue, input, prefix),
    severity: 'error' as const,
    segments: [...prefix, ...segmentsOf(issue.path)],
  }));
}

/**
 * Validates one layer. Invalid settings are dropped one by one (a bad rule severity loses
 * that rule only, a bad profile that profile only), each with a problem naming its path.
 */
export function parseUserConfig(raw: unknown, source: string, options: ParseOptions = {}): { config: UserConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return { config: {}, problems };
  if (!isPlainObject(raw)) {
    problems.push(problem(source, [], `The configuration must be an object, found ${describeValue(raw)}.`));
    return { config: {}, problems };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!isKey(key)) {
      const near = didYouMean(key, KEYS);
      problems.push(problem(source, [key], `\`${formatPath([key])}\`: unknown setting${near ? ` (did you mean \`${near}\`?)` : ''}; it is ignored.`, 'warning'));
      continue;
    }
    if (value === undefined) continue;
    if (key === 'rules' && isPlainObject(value)) {
      config.rules = parseRules(value, source, options, problems);
      continue;
    }
    if (key === 'profiles' && isPlainObject(value)) {
      config.profiles = parseProfiles(value, source, problems);
      continue;
    }
    if (key === 'globs' && Array.isArray(value)) {
      config.globs = parseGlobs(value, source, problems);
      continue;
    }
    const r = SHAPE[key].safeParse(value);
    if (r.success) config[key] = r.data;
    else problems.push(...zodProblems(source, r.error, value, [key]));
  }
  // Every key was validated by its own field schema above.
  return { config: config as UserConfig, problems };
}

/** Each glob on its own: a bad one is dropped with the reason, the others kept. */
function parseGlobs(value: readonly unknown[], source: string, problems: ConfigProblem[]): string[] {
  const globs: string[] = [];
  for (const [i, g] of value.entries()) {
    if (i >= MAX_GLOBS) {
      problems.push(problem(source, ['globs', i], `\`globs\`: more than ${MAX_GLOBS} globs; the other ${value.length - MAX_GLOBS} are ignored.`));
      break;
    }
    if (typeof g !== 'string') { problems.push(problem(source, ['globs', i], `\`${formatPath(['globs', i])}\`: expected a string, found ${describeValue(g)}.`)); continue; }
    const why = globProblem(g);
    if (why !== null) { problems.push(problem(source, ['globs', i], `\`${formatPath(['globs', i])}\`: the glob ${JSON.stringify(g.length > 60 ? `${g.slice(0, 60)}…` : g)} is ignored: ${why}.`)); continue; }
    globs.push(g);
  }
  return globs;
}

/** Past this many problems of one kind in a layer, one problem says how many more there are. */
export const MAX_PROBLEMS_PER_KIND = 20;

/**
 * Sets an own key, so a name such as `__proto__` is a key like any other (an assignment
 * would replace the object's prototype). Reads go through `Object.hasOwn` for the same
 * reason (`constructor`, `toString`).
 */
function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function summarise(source: string, path: (string | number)[], what: string, count: number, problems: ConfigProblem[]): void {
  if (count > MAX_PROBLEMS_PER_KIND) problems.push(problem(source, path, `\`${formatPath(path)}\`: ${count - MAX_PROBLEMS_PER_KIND} more ${what} (${count} in all).`, 'warning'));
}

function parseRules(value: Record<string, unknown>, source: string, options: ParseOptions, problems: ConfigProblem[]): NonNullable<UserConfig['rules']> {
  const rules: NonNullable<UserConfig['rules']> = {};
  let invalid = 0;
  let unknown = 0;
  for (const [name, sev] of Object.entries(value)) {
    const r = SeveritySettingSchema.safeParse(sev);
    if (!r.success) {
      if (++invalid <= MAX_PROBLEMS_PER_KIND) problems.push(...zodProblems(source, r.error, sev, ['rules', name]));
      continue;
    }
    setOwn(rules, name, r.data);
    if (options.knownRules && !options.knownRules.has(name) && ++unknown <= MAX_PROBLEMS_PER_KIND) {
      const near = didYouMean(name, options.knownRules);
      problems.push(problem(source, ['rules', name], `\`${formatPath(['rules', name])}\`: no rule is named \`${name}\`${near ? ` (did you mean \`${near}\`?)` : ''}.`, 'warning'));
    }
  }
  summarise(source, ['rules'], 'invalid severities', invalid, problems);
  summarise(source, ['rules'], 'unknown rule names', unknown, problems);
  return rules;
}

function parseProfiles(value: Record<string, unknown>, source: string, problems: ConfigProblem[]): Record<string, Profile> {
  const profiles: Record<string, Profile> = {};
  let invalid = 0;
  for (const [name, def] of Object.entries(value)) {
    const r = ProfileSchema.strict().safeParse(def);
    if (!r.success) {
      if (++invalid <= MAX_PROBLEMS_PER_KIND) problems.push(...zodProblems(source, r.error, def, ['profiles', name]));
      continue;
    }
    const seen = new Set<string>();
    for (const [i, kind] of r.data.sections.entries()) {
      if (seen.has(kind)) problems.push(problem(source, ['profiles', name, 'sections', i], `\`${formatPath(['profiles', name, 'sections', i])}\`: \`${kind}\` is listed twice.`, 'warning'));
      seen.add(kind);
    }
    setOwn(profiles, name, r.data);
  }
  summarise(source, ['profiles'], 'invalid profiles', invalid, problems);
  return profiles;
}

/** Merges layers (later wins) over DEFAULTS, and reports an unknown profile name. */
export function resolveConfigDetailed(layers: readonly UserConfig[]): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const merged: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) merged[key] = copy(DEFAULTS[key]);
  for (const layer of layers) {
    for (const key of SETTING_KEYS) {
      const value: unknown = layer[key];
      if (value === undefined) continue;
      const by: string = SETTINGS[key].merge ?? 'replace';
      merged[key] = by === 'by-key' && isPlainObject(value) ? { ...(merged[key] as Record<string, unknown>), ...value } : copy(value);
    }
  }
  // Every key of MergedConfig was set from DEFAULTS, then only from values its schema accepted.
  return finish(merged as MergedConfig);
}

/** The merged values with the profile looked up, and a problem when its name is unknown. */
function finish(merged: MergedConfig): { config: ResolvedConfig; problems: ConfigProblem[] } {
  const profiles: Record<string, Profile> = { ...BUILTIN_PROFILES, ...merged.profiles };
  const problems: ConfigProblem[] = [];
  let profileName = merged.profile;
  // Own keys only: `profile: "constructor"` is a name to look up, not Object's constructor.
  let profile = Object.hasOwn(profiles, profileName) ? profiles[profileName] : undefined;
  if (profile === undefined) {
    const near = didYouMean(profileName, Object.keys(profiles));
    const known = Object.keys(profiles);
    problems.push({
      source: 'profile',
      path: 'profile',
      severity: 'error',
      message: `\`profile\`: no profile is named "${profileName}"${near ? ` (did you mean "${near}"?)` : ''}; using "${DEFAULT_PROFILE_NAME}". Known profiles: ${known.slice(0, MAX_PROBLEMS_PER_KIND).join(', ')}${known.length > MAX_PROBLEMS_PER_KIND ? ` and ${known.length - MAX_PROBLEMS_PER_KIND} more` : ''}.`,
    });
    profileName = DEFAULT_PROFILE_NAME;
    profile = profiles[DEFAULT_PROFILE_NAME] ?? DEFAULT_PROFILE;
  }
  // The asked-for name and the user's own profiles give way to what was looked up.
  const { profile: _asked, profiles: _own, ...values } = merged;
  return { config: { ...values, profileName, profile, profiles }, problems };
}

/** `resolveConfigDetailed` without the problems, for callers that validated already. */
export function resolveConfig(layers: readonly UserConfig[]): ResolvedConfig {
  return resolveConfigDetailed(layers).config;
}
