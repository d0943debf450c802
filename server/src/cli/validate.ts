/**
 * The command line's names checked before anything is linted: a misspelt `--rule`,
 * `--time-zone` or `--profile` is a usage error (exit 2) with a did-you-mean, never a
 * setting that silently does nothing (a rule left on, a zone ignored, the default profile).
 */
import { didYouMean } from '../service/index';
import { isZoneName } from '../service/index';
import type { UserConfig } from '../service/index';

function near(name: string, candidates: Iterable<string>): string {
  const n = didYouMean(name, candidates);
  return n === undefined ? '' : ` (did you mean "${n}"?)`;
}

/** `--rule` names outside `knownRules`. */
export function ruleProblems(overrides: UserConfig, knownRules: ReadonlySet<string>): string[] {
  return Object.keys(overrides.rules ?? {})
    .filter((name) => !knownRules.has(name))
    .map((name) => `--rule: no rule is named "${name}"${near(name, knownRules)}.`);
}

function ianaNames(): string[] {
  try { return Intl.supportedValuesOf('timeZone'); } catch { return []; }
}

/** `--time-zone` as the timeline would read it: an IANA name, an abbreviation, an offset, UTC. */
export function zoneProblems(overrides: UserConfig): string[] {
  const tz = overrides.timeZone;
  if (tz === undefined || isZoneName(tz)) return [];
  return [`--time-zone: "${tz}" is not a time zone${near(tz, ianaNames())}; use an IANA name (America/New_York), an abbreviation (UTC, EST) or an offset (UTC+05:30).`];
}

/**
 * `--profile` against the profiles a file sees (the built-in ones and those its rc files
 * define). `known` maps each file to its profile names; one message for all files lacking it.
 */
export function profileProblems(overrides: UserConfig, known: ReadonlyMap<string, readonly string[]>): string[] {
  const name = overrides.profile;
  if (name === undefined) return [];
  const lacking = [...known].filter(([, names]) => !names.includes(name));
  if (lacking.length === 0) return [];
  const [file, names] = lacking[0] ?? ['', []];
  const where = lacking.length === known.size ? '' : ` for ${file}${lacking.length > 1 ? ` and ${lacking.length - 1} more` : ''}`;
  return [`--profile: no profile is named "${name}"${where}${near(name, names)}. Known profiles: ${names.join(', ')}.`];
}
