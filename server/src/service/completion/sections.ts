/**
 * Headings of the sections the profile requires and the document lacks: on an empty line,
 * or on a line holding only `#`s and the heading being typed (`## Ro`). Never after plain
 * words, which may be the start of a paragraph.
 */
import type { Parsed } from '../analysis';
import type { ResolvedConfig } from '../config/schema';
import type { ModelSectionKind } from '../model/schema';
import { CANONICAL_NAMES, sectionLevel } from '../rules/structure/shared';
import type { Completion } from './index';

/** `## Ti`, `#`, or nothing: a heading being started (letters only, so prose is left alone). */
const HEADING_START = /^(?:(#{1,6} ?)([A-Za-z][A-Za-z ]*)?)?$/;

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
