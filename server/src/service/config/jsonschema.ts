/**
 * The JSON schema of `.postmortemrc.json`, generated from the zod schema (so they cannot
 * drift) with the rule names enumerated under `rules`. The editor validates and completes
 * the file with it (contributed through `jsonValidation`).
 */
import { z } from 'zod';
import { SeveritySettingSchema, UserConfigSchema } from './schema';
import type { RuleMeta } from '../rules/types';
import { BUILTIN_PROFILES } from './profiles';

const S = UserConfigSchema.shape;

/** The rc file: every user setting, plus `root` and `$schema`. */
export const RcFileSchema = UserConfigSchema.extend({
  $schema: z.string().optional().describe('The JSON schema of this file, for editors.'),
  root: z
    .boolean()
    .optional()
    .describe('Stop looking for `.postmortemrc.json` files in parent directories: settings above this one do not apply.'),
  enable: S.enable.describe(
    'Which Markdown files are linted as postmortems: `auto` detects them (front matter, path globs, first lines, known sections); `always` lints every Markdown file; `never` lints none.',
  ),
  globs: S.globs.describe('Paths (globs, relative to the workspace folder) whose Markdown files are postmortems.'),
  profile: S.profile.describe(
    `The profile: which sections are required, in which order. Built in: ${Object.keys(BUILTIN_PROFILES).map((p) => `\`${p}\``).join(', ')}; define your own under \`profiles\`.`,
  ),
  profiles: S.profiles.describe('Your own profiles, by name: the required sections, in order.'),
  timeZone: S.timeZone.describe(
    'The time zone assumed when the document names none (an IANA name such as `America/New_York` or an abbreviation such as `UTC`).',
  ),
  rules: S.rules.describe('Severity per rule: `off`, `hint`, `info`, `warning` or `error`.'),
  inlayHints: S.inlayHints.describe('Show inlay hints (computed durations, normalised times).'),
  codeLens: S.codeLens.describe('Show code lenses (timeline and action-item summaries).'),
  maxFileSize: S.maxFileSize.describe('The size budget in kilobytes (default 1024, i.e. 1 MB): a longer document is not linted, and one finding (`file-too-large`) says so.'),
});

type JsonObject = Record<string, unknown>;

function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The schema as a JSON value (draft-07, which the editors' JSON services support best). */
export function generateJsonSchema(rules: readonly RuleMeta[]): JsonObject {
  const schema = z.toJSONSchema(RcFileSchema, { target: 'draft-7', io: 'input' }) as JsonObject;
  schema.title = 'Postmortem linter configuration (.postmortemrc.json)';
  // VS Code's JSON service reads these two: the file is JSON with comments.
  schema.allowComments = true;
  schema.allowTrailingCommas = true;
  const props = schema.properties;
  if (!isObject(props)) return schema;
  const severities = SeveritySettingSchema.options;
  const ruleProps: JsonObject = {};
  for (const meta of [...rules].sort((a, b) => a.name.localeCompare(b.name))) {
    ruleProps[meta.name] = {
      type: 'string',
      enum: [...severities],
      default: meta.defaultSeverity,
      description: `${meta.description} (default: ${meta.defaultSeverity})`,
    };
  }
  const rulesSchema = props.rules;
  if (isObject(rulesSchema)) {
    rulesSchema.properties = ruleProps;
    rulesSchema.additionalProperties = false;
    delete rulesSchema.propertyNames;
  }
  const profileSchema = props.profile;
  if (isObject(profileSchema)) profileSchema.examples = Object.keys(BUILTIN_PROFILES);
  const profilesSchema = props.profiles;
  if (isObject(profilesSchema) && isObject(profilesSchema.additionalProperties)) {
    profilesSchema.additionalProperties.additionalProperties = false;
  }
  return schema;
}
