/**
 * What is generated from the settings table (server/src/service/config/schema.ts): the
 * manifest's `contributes.configuration.properties` (every `postmortem.*` setting, with
 * `postmortem.rules` from the rule metadata) and the settings table of docs/configuration.md.
 * scripts/gen-schema.mjs and scripts/gen-docs.mjs write them; test/unit/docs/drift.test.ts
 * fails when what is on disk differs.
 */
import { z } from 'zod';
import { EDITOR_ONLY_SETTINGS, SETTING_KEYS, SETTINGS, type Setting } from '../../server/src/service/config/schema';
import { RC_ONLY_KEYS, rcName } from '../../server/src/service/config/jsonschema';
import type { RuleMeta } from '../../server/src/service/rules/types';
import { SeveritySettingSchema } from '../../server/src/service/config/schema';

export type JsonObject = Record<string, unknown>;

export const SETTING_PREFIX = 'postmortem.';
export const RULES_SETTING = `${SETTING_PREFIX}rules`;
/** In the editor a setting names another by its full key. */
export const editorName = (key: string): string => `${SETTING_PREFIX}${key}`;

/** The JSON schema of a setting's value as VS Code's manifest wants it (no `$schema`). */
function valueSchema(schema: z.ZodType): JsonObject {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as JsonObject;
  return rest;
}

function editorDescription(s: Setting<z.ZodType>): string {
  const text = s.description(editorName);
  return s.editorNote ? `${text} ${s.editorNote}` : text;
}

function property(s: Setting<z.ZodType>): JsonObject {
  return {
    ...valueSchema(s.schema),
    default: s.default,
    ...(s.scope ? { scope: s.scope } : {}),
    markdownDescription: editorDescription(s),
  };
}

/** The `postmortem.rules` entry: one property per rule, with its default and docs link. */
export function rulesSetting(rules: readonly RuleMeta[]): JsonObject {
  const properties: JsonObject = {};
  for (const r of [...rules].sort((a, b) => a.name.localeCompare(b.name))) {
    properties[r.name] = {
      type: 'string',
      enum: [...SeveritySettingSchema.options],
      default: r.defaultSeverity,
      markdownDescription: `${r.description} Default: \`${r.defaultSeverity}\`. [Docs](docs/rules/${r.name}.md)`,
    };
  }
  const s = SETTINGS.rules;
  return {
    type: 'object',
    default: s.default,
    scope: s.scope,
    additionalProperties: false,
    properties,
    markdownDescription: editorDescription(s),
  };
}

/** `contributes.configuration.properties`: the core's settings, then the client's. */
export function configurationProperties(rules: readonly RuleMeta[]): JsonObject {
  const out: JsonObject = {};
  for (const key of SETTING_KEYS) out[editorName(key)] = key === 'rules' ? rulesSetting(rules) : property(SETTINGS[key]);
  for (const [key, s] of Object.entries(EDITOR_ONLY_SETTINGS)) out[editorName(key)] = property(s);
  return out;
}

export const SETTINGS_START = '<!-- settings:start -->';
export const SETTINGS_END = '<!-- settings:end -->';

function typeOf(schema: JsonObject): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (schema.type === 'array' && typeof schema.items === 'object' && schema.items !== null) return `${typeOf(schema.items as JsonObject)}[]`;
  if (schema.type === 'integer') return 'number';
  return typeof schema.type === 'string' ? schema.type : 'object';
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function defaultOf(v: unknown): string {
  if (Array.isArray(v)) return v.length === 0 ? '`[]`' : v.map((x) => `\`${String(x)}\``).join(', ');
  if (v !== null && typeof v === 'object') return '`{}`';
  return v === '' ? '(none)' : `\`${String(v)}\``;
}

/** The settings table of docs/configuration.md (without the markers). */
export function settingsTable(): string {
  const row = (key: string, where: string, s: Setting<z.ZodType>): string =>
    `| \`${key}\` | ${where} | ${typeOf(valueSchema(s.schema))} | ${defaultOf(s.default)} | ${cell(s.description(rcName))} |`;
  return [
    '| key | where | type | default | meaning |',
    '|---|---|---|---|---|',
    ...RC_ONLY_KEYS.map((k) => `| \`${k.key}\` | rc file | boolean |  | ${cell(k.description)} |`),
    ...SETTING_KEYS.map((key) => row(key, 'rc file, editor', SETTINGS[key])),
    ...Object.entries(EDITOR_ONLY_SETTINGS).map(([key, s]) => row(key, 'editor', s)),
  ].join('\n');
}
