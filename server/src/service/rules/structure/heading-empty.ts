import type { Rule } from '../types';

/** A heading with no text: `##` alone (seed 000) renders as an empty heading. */
export const headingEmpty: Rule = {
  meta: {
    name: 'heading-empty',
    description: 'A heading with no text, such as `##` alone on a line.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['lines'],
  },
  check(ctx) {
    const { from, to } = ctx.lines.present();
    for (let i = from; i < to; i++) {
      const li = ctx.lines.at(i);
      if (!li || li.block !== 'heading') continue;
      if (!/^#{1,6}(\s+#*)?\s*$/.test(li.content)) continue;
      const raw = ctx.source.lineAt(i);
      ctx.report({
        range: ctx.source.lineRange(i),
        message: `\`${raw.trim()}\` is an empty heading. Remove the line, or give the heading its text.`,
        fixes: [{ title: 'Remove the empty heading', edits: [{ range: ctx.source.lineDeletionRange(i), newText: '' }], safe: true, preferred: true }],
        tags: ['unnecessary'],
      });
    }
  },
};
