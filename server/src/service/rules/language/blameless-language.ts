import { findBlame } from '../../derive/coverage/matching';
import { lineRange } from '../../text/source-text';
import type { Rule } from '../types';
import { quote } from '../action-items/shared';

/** Lines that are not prose: code, front matter, HTML (comments and suppression directives). */
const SKIP = new Set(['code', 'indented-code', 'frontmatter', 'html', 'blank']);

export const blamelessLanguage: Rule = {
  meta: {
    name: 'blameless-language',
    description: 'Blame: "human error", "careless", "X\'s fault", "should have known", a person named as the cause.',
    category: 'language',
    defaultSeverity: 'info',
    fixable: true,
    reads: ['lines'],
  },
  check(ctx) {
    const { from, to } = ctx.lines.present();
    for (let i = from; i < to; i++) {
      const li = ctx.lines.at(i);
      if (!li || SKIP.has(li.block)) continue;
      const raw = ctx.source.lineAt(i);
      for (const b of findBlame(raw)) {
        const range = lineRange(i, b.start, b.start + b.phrase.length);
        const fix = b.suggestion === undefined ? [] : [{
          title: b.suggestion === '' ? `Remove ${quote(b.phrase)}` : `Reword as ${quote(b.suggestion)}`,
          edits: [{ range: lineRange(i, b.start, b.end), newText: b.suggestion }],
        }];
        ctx.report({
          range,
          message: `${quote(b.phrase)} blames a person. Describe what in the system or process allowed the failure instead.`,
          fixes: fix,
        });
      }
    }
  },
};
