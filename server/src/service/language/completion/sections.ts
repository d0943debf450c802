/**
 * Headings of the sections the profile requires and the document lacks, on an empty line
 * (Ctrl+Space). Never after plain words, which may start a paragraph, nor on a heading being
 * typed (see HEADING_START).
 */
import type { Parsed } from '../../analysis';
import type { ResolvedConfig } from '../../config/schema';
import type { ModelSectionKind } from '../../model/schema';
import { CANONICAL_NAMES, sectionLevel } from '../../rules/structure/shared';
import type { Completion } from './types';

/**
 * Only an empty line. Not a `#` line: VS Code's own Markdown completion has `#` as a trigger
 * character, and when it fires VS Code asks every provider as if invoked, so headings offered
 * on `## Ro` opened a list while the user typed a heading and Enter took its item (caught by
 * the typing e2e test, intermittently, depending on which reply came first).
 */
const HEADING_START = /^(?:(#{0})())?$/;

export function sectionCompletions(parsed: Parsed, line: number, before: string, after: string, config: ResolvedConfig): Completion[] {
  if (after.trim() !== '') return [];
  const m = HEADING_START.exec(before);
  if (!m) return [];
  const hashes = m[1] ?? '';
  const li = parsed.lines.at(line);
  if (li && (li.block === 'code' || li.block === 'frontmatter' || li.quoteDepth > 0 || li.listDepth > 0)) return [];
  const model = parsed.model;
  const present = new Set<ModelSectionKind>(model.sections.filter((s) => s.line !== line).flatMap((s) => s.kinds));
  const missing = config.profile.sections.filter((k) => !present.has(k));
  const level = hashes.trim() !== '' ? hashes.trim().length : sectionLevel(model);
  const prefix = '#'.repeat(level);
  const range = { start: { line, character: 0 }, end: { line, character: before.length } };
  return missing.map((kind, i) => {
    const name = CANONICAL_NAMES[kind];
    return {
      label: name,
      kind: 'section' as const,
      newText: `${prefix} ${name}`,
      range,
      filterText: hashes === '' ? name : `${hashes}${hashes.endsWith(' ') ? '' : ' '}${name}`,
      detail: `missing section (${config.profileName} profile)`,
      sortText: String(i).padStart(3, '0'),
    };
  });
}
