/**
 * Configuration: the one table of settings behind VS Code's settings (`postmortem.*`),
 * `.postmortemrc.json` and CLI options. Each setting is written once, here: its zod schema,
 * its default, its description and where it may be written. Everything else is derived:
 * `UserConfigSchema` and `DEFAULTS` (below), the manifest's `contributes.configuration`, the
 * rc file's JSON schema and the table in docs/configuration.md (`npm run docs`, checked by
 * test/unit/docs/drift.test.ts). Validated once at the edge; the core only sees `ResolvedConfig`.
 */
// The namespace import lets esbuild keep only the parts of zod used (its locales alone are ~350 KB).
import * as z from 'zod';
import { SectionKindSchema } from '../model/schema';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_NAME } from './profiles';

export const SeveritySettingSchema = z.enum(['off', 'hint', 'info', 'warning', 'error']);

export const DEFAULT_GLOBS = [
  '**/*postmortem*.md',
  '**/*post-mortem*.md',
  '**/postmortems/**/*.md',
  '**/incidents/**/*.md',
  '**/incident-reports/**/*.md',
];

export const ProfileSchema = z.object({
  /** Required sections, in order. */
  sections: z.array(SectionKindSchema).min(1),
  description: z.string().optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** How a setting reads the name of another one: `postmortem.profiles` in the editor, `profiles` in an rc file. */
export type SettingName = (key: string) => string;

export interface Setting<T extends z.ZodType> {
  schema: T;
  default: z.output<T>;
  /** Markdown, shared by the editor's settings, the rc file's schema and the docs. */
  description: (name: SettingName) => string;
  /** Said in the editor's settings only. */
  editorNote?: string;
  /** VS Code's scope: `resource` when a folder may set it differently (the default is `window`). */
  scope?: 'resource';
  /** How layers combine: a later layer replaces the value (default), or merges it key by key. */
  merge?: 'replace' | 'by-key';
}

function setting<T extends z.ZodType>(s: Setting<T>): Setting<T> {
  return s;
}

const code = (s: string): string => `\`${s}\``;

/**
 * The settings of the core (editor, rc files and CLI alike). A new key here is validated,
 * merged, defaulted, contributed to VS Code and documented with nothing else to write.
 */
export const SETTINGS = {
  enable: setting({
    schema: z.enum(['auto', 'always', 'never']),
    default: 'auto',
    description: () => 'Which Markdown files are linted as postmortems: `auto` detects them (front matter, path globs, first lines, known sections); `always` lints every Markdown file; `never` lints none.',
  }),
  globs: setting({
    schema: z.array(z.string()),
    default: DEFAULT_GLOBS,
    description: () => 'Paths (globs, relative to the workspace folder) whose Markdown files are postmortems.',
  }),
  profile: setting({
    schema: z.string(),
    default: DEFAULT_PROFILE_NAME,
    description: (name) => `The profile: which sections are required, in which order. Built in: ${Object.keys(BUILTIN_PROFILES).map(code).join(', ')}; define your own under ${code(name('profiles'))}.`,
  }),
  profiles: setting({
    // Strict: an unknown key in a profile is a mistake the editors should underline.
    schema: z.record(z.string(), ProfileSchema.strict()),
    default: {},
    merge: 'by-key',
    description: () => 'Your own profiles, by name: the required sections, in order.',
  }),
  timeZone: setting({
    schema: z.string(),
    default: '',
    description: () => 'The time zone assumed when the document names none (an IANA name such as `America/New_York` or an abbreviation such as `UTC`).',
  }),
  maxFileSize: setting({
    /** Kilobytes (of 1024 characters). */
    schema: z.number().int().min(1).max(1_000_000),
    default: 1024,
    scope: 'resource',
    description: () => 'The size budget in kilobytes (default 1024, i.e. 1 MB): a longer document is not linted, and one finding (`file-too-large`) says so. Reading costs a few microseconds per character and blocks the other documents meanwhile.',
  }),
  rules: setting({
    schema: z.record(z.string(), SeveritySettingSchema),
    default: {},
    merge: 'by-key',
    scope: 'resource',
    description: () => 'Severity per rule: `off`, `hint`, `info`, `warning` or `error`.',
    editorNote: 'A `.postmortemrc.json` file wins over this setting (see docs/configuration.md).',
  }),
  inlayHints: setting({
    schema: z.boolean(),
    default: true,
    description: () => "Show the step from the previous timeline entry (`+10m`) after each entry's time.",
  }),
  codeLens: setting({
    schema: z.boolean(),
    default: true,
    description: () => "Show the incident's figures (start, detection, mitigation, resolution, duration) as a code lens above the timeline.",
  }),
  trackerUrl: setting({
    schema: z.string(),
    default: '',
    description: () => 'Where ticket references (`ABC-123`, `#123`) link to: an http(s) URL with `{id}` in it, e.g. `https://tracker.example/browse/{id}` (`{id}` is `ABC-123`, or `123` for `#123`). Empty: tickets are not linked.',
  }),
  peopleUrl: setting({
    schema: z.string(),
    default: '',
    description: () => 'Where `@owner` mentions link to: an http(s) URL with `{handle}` in it, e.g. `https://people.example/{handle}` (the handle without `@`). Empty: owners are not linked.',
  }),
};

/** Settings only the VS Code client reads (the core never sees them). */
export const EDITOR_ONLY_SETTINGS = {
  newPostmortemFolder: setting({
    schema: z.string(),
    default: 'postmortems',
    scope: 'resource',
    description: () => 'Where **Postmortem: New Postmortem** creates files: a folder relative to the workspace folder (or an absolute path). Files are named `<YYYY-MM-DD>-<slug>.md`.',
  }),
};

type Settings = typeof SETTINGS;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

type OptionalShape = { [K in SettingKey]: z.ZodOptional<Settings[K]['schema']> };
function optionalShape(): OptionalShape {
  const shape: Record<string, z.ZodType> = {};
  for (const key of SETTING_KEYS) shape[key] = SETTINGS[key].schema.optional();
  // Object.entries-style building loses the key-to-schema pairing TypeScript cannot follow.
  return shape as OptionalShape;
}

/** Everything a user may set; every field optional so layers can be merged. */
export const UserConfigSchema = z.object(optionalShape()).strict();
export type UserConfig = z.infer<typeof UserConfigSchema>;

type Values = { [K in SettingKey]: z.output<Settings[K]['schema']> };

/** Every setting's value, as merged (`profile` is the name asked for). */
export type MergedConfig = Values;

export interface ResolvedConfig extends Omit<Values, 'profile' | 'profiles'> {
  /** The profile in use (the default one when the asked-for name is unknown). */
  profileName: string;
  profile: Profile;
  /** The built-in profiles and the user's, by name. */
  profiles: Record<string, Profile>;
}
