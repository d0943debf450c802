/**
 * What is generated from rule metadata (the single source of truth): the README rule table
 * and the `.postmortemrc.json` schema (the `postmortem.*` settings: ./settings.ts). The scripts
 * (scripts/gen-docs.mjs, scripts/gen-schema.mjs) write these; test/unit/docs/drift.test.ts
 * fails when what is on disk differs, or when a rule has no documentation page.
 */
import type { RuleMeta } from '../../server/src/service/rules/types';
import { CATEGORY_ORDER } from './catalogue';
import { generateJsonSchema } from '../../server/src/service/config/jsonschema';

export const TABLE_START = '<!-- rules:start -->';
export const TABLE_END = '<!-- rules:end -->';
export const SCHEMA_PATH = 'schemas/postmortemrc.schema.json';

/** The sections every docs/rules/<name>.md must have, in this order. */
export const DOC_SECTIONS = ['When it fires', 'Failing example', 'Fix', 'Why'] as const;


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

export interface Markers { start: string; end: string }
export const RULE_TABLE_MARKERS: Markers = { start: TABLE_START, end: TABLE_END };

/** `text` with the part between the markers replaced by `content`; null when a marker is missing. */
export function replaceBetweenMarkers(text: string, content: string, markers: Markers = RULE_TABLE_MARKERS): string | null {
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start < 0 || end < start) return null;
  return `${text.slice(0, start + markers.start.length)}\n${content}\n${text.slice(end)}`;
}

/** The text between the markers, trimmed; null when a marker is missing. */
export function betweenMarkers(text: string, markers: Markers = RULE_TABLE_MARKERS): string | null {
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  if (start < 0 || end < start) return null;
  return text.slice(start + markers.start.length, end).trim();
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
