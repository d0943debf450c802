import { range } from '../../text/source-text';
import type { ModelSectionKind } from '../../model/schema';
import type { Rule } from '../types';
import { CANONICAL_NAMES, sectionLevel } from './shared';
import { answeredElsewhere } from './presence';

/**
 * A section the profile requires is absent: report each one, with its skeleton as the fix.
 * Absent means a reader finds it nowhere: no section of that kind, no line labelled with its
 * name (`Root Cause:` in the summary), and none of what it would hold (see `presence.ts`).
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
    for (const [idx, kind] of required.entries()) {
      if (present.has(kind) || answeredElsewhere(model, lines, kind)) continue;
      // Insert before the first present section that the profile puts after this one.
      const later = new Set<ModelSectionKind>(required.slice(idx + 1));
      const next = model.sections.find((s) => s.markup !== 'implicit' && s.kinds.some((k) => later.has(k)));
      const name = CANONICAL_NAMES[kind];
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
