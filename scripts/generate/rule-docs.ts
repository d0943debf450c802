/**
 * What is generated from rule metadata (the single source of truth): the README rule table,
 * the `postmortem.rules` VS Code setting and the `.postmortemrc.json` schema. The scripts
 * (scripts/gen-docs.mjs, scripts/gen-schema.mjs) write these; test/unit/docs/drift.test.ts
 * fails when what is on disk differs, or when a rule has no documentation page.
 */
import type { RuleMeta } from '../../server/src/service/rules/types';
import { generateJsonSchema } from '../../server/src/service/config/jsonschema';
import { SeveritySettingSchema } from '../../server/src/service/config/schema';

export const TABLE_START = '<!-- rules:start -->';
export const TABLE_END = '<!-- rules:end -->';
export const SCHEMA_PATH = 'schemas/postmortemrc.schema.json';
export const RULES_SETTING = 'postmortem.rules';

/** The sections every docs/rules/<name>.md must have, in this order. */
export const DOC_SECTIONS = ['When it fires', 'Failing example', 'Fix', 'Why'] as const;

const CATEGORY_ORDER = ['structure', 'summary', 'timeline', 'action-items', 'language', 'metadata'];

function sorted(rules: readonly RuleMeta[]): RuleMeta[] {
  return [...rules].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.name.localeCompare(b.name));
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The README's rule table (without the markers), one row per rule, grouped by category. */
export function ruleTable(rules: readonly RuleMeta[]): string {
  const rows = sorted(rules).map((r) =>
    `| [\`${r.name}\`](docs/rules/${r.name}.md) | ${r.category} | ${r.defaultSeverity} | ${r.fixable ? 'yes' : ''} | ${cell(r.description)} |`);
  return ['| rule | category | default | fix | what it reports |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** `text` with the part between the markers replaced by `content`; null when a marker is missing. */
export function replaceBetweenMarkers(text: string, content: string): string | null {
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start) return null;
  return `${text.slice(0, start + TABLE_START.length)}\n${content}\n${text.slice(end)}`;
}

/** The text between the markers, trimmed; null when a marker is missing. */
export function betweenMarkers(text: string): string | null {
  const start = text.indexOf(TABLE_START);
  const end = text.indexOf(TABLE_END);
  if (start < 0 || end < start) return null;
  return text.slice(start + TABLE_START.length, end).trim();
}

export type JsonObject = Record<string, unknown>;

/** The `postmortem.rules` entry of `contributes.configuration.properties`. */
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
  return {
    type: 'object',
    default: {},
    scope: 'resource',
    additionalProperties: false,
    properties,
    markdownDescription: 'Severity per rule: `off`, `hint`, `info`, `warning` or `error`. A `.postmortemrc.json` file wins over this setting (see docs/configuration.md).',
  };
}

export const JSON_VALIDATION = { fileMatch: '.postmortemrc.json', url: `./${SCHEMA_PATH}` };

/** The schema file's text, as written to disk. */
export function schemaText(rules: readonly RuleMeta[]): string {
  return `${JSON.stringify(generateJsonSchema(rules), null, 2)}\n`;
}

/** Missing or misordered sections of a rule's docs page, as readable problems (empty: fine). */
export function docProblems(name: string, markdown: string): string[] {
  const problems: string[] = [];
  const first = markdown.split(/\r?\n/, 1)[0] ?? '';
  if (first.trim() !== `# ${name}`) problems.push(`its first line must be "# ${name}"`);
  const headings = [...markdown.matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1] ?? '');
  let last = -1;
  for (const section of DOC_SECTIONS) {
    const at = headings.indexOf(section);
    if (at < 0) problems.push(`it needs a "## ${section}" section`);
    else if (at < last) problems.push(`"## ${section}" is out of order (expected: ${DOC_SECTIONS.join(', ')})`);
    else last = at;
  }
  if (!/```/.test(markdown)) problems.push('it needs a failing example in a fenced code block');
  return problems;
}
