import { range } from '../../text/source-text';
import type { ModelSectionKind } from '../../model/schema';
import type { Rule } from '../types';
import { CANONICAL_NAMES, sectionLevel } from './shared';
import { answeredElsewhere } from './presence';
import { heldBy } from './held-by';
import { placeholderMatches } from './template';
import type { Section } from '../../model/schema';
import type { RuleContext } from '../types';
import type { DocumentLines } from '../../parse/document-lines';

/**
 * The document's lines with only `keep` present: the placeholders of a line are those the
 * whole document's reading finds on it (each line is read on its own), and reading a few
 * lines costs nothing on a keystroke where reading all of them cost 10 ms at 10,000 lines.
 */
function linesOnly(lines: DocumentLines, keep: ReadonlySet<number>): DocumentLines {
  const view: DocumentLines = Object.create(lines) as DocumentLines;
  Object.defineProperty(view, 'at', { value: (i: number) => (keep.has(i) ? lines.at(i) : undefined) });
  const held = [...keep].filter((i) => i >= 0 && i < lines.length);
  const present = held.length === 0 ? { from: 0, to: 0 } : { from: Math.min(...held), to: Math.max(...held) + 1 };
  Object.defineProperty(view, 'present', { value: () => present });
  return view;
}

/**
 * A section whose header is the assignment's prompt (`Root cause and resolution must
 * contain:`) and whose lines are only the prompt's own list, indented under it: the section
 * is named, but nothing of it is written. (A prompt followed by real entries or items, as a
 * timeline pasted under its prompt, is written.)
 */
function onlyPrompt(ctx: RuleContext, s: Section, prompts: ReadonlySet<number>): boolean {
  if (!prompts.has(s.line)) return false;
  const items = new Set<number>([...ctx.model.timeline.map((e) => e.line), ...ctx.model.tasks.map((t) => t.line), ...ctx.model.measures.map((t) => t.line), ...ctx.model.untimedEntries.map((u) => u.line)]);
  const indent = (ctx.lines.at(s.line)?.content.length ?? 0) - (ctx.lines.at(s.line)?.content.trimStart().length ?? 0);
  const raw = (i: number): string => ctx.source.lineAt(i);
  const headerIndent = raw(s.line).length - raw(s.line).trimStart().length;
  for (let i = s.contentStart; i < s.end; i++) {
    const li = ctx.lines.at(i);
    if (!li || li.block === 'blank' || raw(i).trim() === '') continue;
    if (items.has(i)) return false;
    const own = raw(i).length - raw(i).trimStart().length;
    if (own <= Math.max(indent, headerIndent)) return false;
  }
  return true;
}

/**
 * A section the profile requires is absent: report each one, with its skeleton as the fix.
 * Absent means a reader finds it nowhere: no section of that kind, no line labelled with its
 * name (`Root Cause:` in the summary), and none of what it would hold (see `presence.ts`).
 * When a section the reading does not name says in its heading that it holds it ("What
 * proves it is over" for the resolution; see `held-by.ts`), the finding names that section
 * and asks for the heading, at info, with a fix that puts the name before the writer's words.
 */
export const sectionMissing: Rule = {
  meta: {
    name: 'section-missing',
    description: 'A section the profile requires is missing.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['document'],
  },
  check(ctx) {
    const { model, config, source, lines } = ctx;
    const required = config.profile.sections;
    const present = new Set<ModelSectionKind>(model.sections.flatMap((s) => s.kinds));
    const level = '#'.repeat(sectionLevel(model));
    const eol = source.eol;
    const anchor = model.title ? source.lineRange(model.title.line) : source.lineRange(0);
    const asked = model.sections.filter((s) => s.kinds.some((k) => (required as readonly string[]).includes(k)));
    // The header lines that hold the assignment's prompt (template text).
    const headers = new Set(asked.map((s) => s.line));
    const prompts = new Set(placeholderMatches(model, linesOnly(lines, headers), source).filter((m) => m.kind === 'text').map((m) => m.line));
    for (const s of asked) {
      if (!onlyPrompt(ctx, s, prompts)) continue;
      ctx.report({
        range: s.headerRange,
        message: `The section \`${s.name}\` holds only the assignment's prompt, no content of its own. Write what it asks for, and remove the prompt.`,
      });
    }
    for (const [idx, kind] of required.entries()) {
      if (present.has(kind) || answeredElsewhere(model, lines, kind)) continue;
      // Insert before the first present section that the profile puts after this one.
      const later = new Set<ModelSectionKind>(required.slice(idx + 1));
      const next = model.sections.find((s) => s.markup !== 'implicit' && s.kinds.some((k) => later.has(k)));
      const name = CANONICAL_NAMES[kind];
      const holder = heldBy(model, kind);
      const at0 = holder ? source.lineAt(holder.line).indexOf(holder.name) : -1;
      if (holder && at0 >= 0) {
        ctx.report({
          range: holder.headerRange,
          message: `The section \`${name}\` is missing by name, but \`${holder.name}\` seems to hold the ${name.toLowerCase()}; give it its own heading (\`${name}: ${holder.name}\`).`,
          fixes: [{ title: `Name the section '${name}: ${holder.name}'`, edits: [{ range: range(holder.line, at0, holder.line, at0), newText: `${name}: ` }] }],
          uncertain: true,
        });
        continue;
      }
      const skeleton = `${level} ${name}${eol}${eol}`;
      const at = next ? range(next.line, 0, next.line, 0) : range(source.lineCount, 0, source.lineCount, 0);
      const lastLine = source.lineAt(source.lineCount - 1);
      const newText = next ? skeleton : `${lastLine.trim() === '' ? '' : eol}${eol}${level} ${name}${eol}`;
      ctx.report({
        range: anchor,
        message: `The section \`${name}\` is missing; the \`${config.profileName}\` profile requires it. Add ${/^[aeiou]/i.test(name) ? 'an' : 'a'} \`${name}\` section.`,
        fixes: [{ title: `Insert a '${name}' section`, edits: [{ range: next ? at : range(source.lineCount - 1, lastLine.length, source.lineCount - 1, lastLine.length), newText }] }],
      });
    }
  },
};
