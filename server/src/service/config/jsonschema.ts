/**
 * The JSON schema of `.postmortemrc.json`, generated from the zod schema (so they cannot
 * drift) with the rule names enumerated under `rules`. The editor validates and completes
 * the file with it (contributed through `jsonValidation`).
 */
// The namespace import lets esbuild keep only the parts of zod used (its locales alone are ~350 KB).
import * as z from 'zod';
import { SETTING_KEYS, SETTINGS, SeveritySettingSchema, UserConfigSchema } from './schema';
import type { RuleMeta } from '../rules/types';
import { BUILTIN_PROFILES } from './profiles';

/** In an rc file a setting names another by its bare key. */
export const rcName = (key: string): string => key;

/** The keys only an rc file has. */
const RC_ONLY = {
  $schema: z.string().optional().describe('The JSON schema of this file, for editors.'),
  root: z
    .boolean()
    .optional()
    .describe('Stop looking for `.postmortemrc.json` files in parent directories: settings above this one do not apply.'),
};

function describedSettings(): z.ZodRawShape {
  const shape: Record<string, z.ZodType> = {};
  for (const key of SETTING_KEYS) shape[key] = UserConfigSchema.shape[key].describe(SETTINGS[key].description(rcName));
  return shape;
}

/** The rc file: every user setting, plus `root` and `$schema`. */
export const RcFileSchema = UserConfigSchema.extend({ ...RC_ONLY, ...describedSettings() });

/** The rc-only keys and their descriptions, for the docs. */
export const RC_ONLY_KEYS: readonly { key: string; description: string }[] = [
  { key: 'root', description: RC_ONLY.root.description ?? '' },
];

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
  return schema;
}
