import { lineRange } from '../../text/source-text';
import type { Rule } from '../types';

const BAD_IN_ITEM = /^(\[\]|\[\s+[xX]?\s*\]|\[[xX]\s+\]|\[\s{2,}\])/;
const NO_SPACE = /^(\s*)([-*+])(\[[ xX]?\])(\s*)(.*)$/;

/** `- []`, `-[ ]`, `[x ]`: task boxes that Markdown does not render as checkboxes. */
export const checkboxSyntax: Rule = {
  meta: {
    name: 'checkbox-syntax',
    description: 'A task checkbox is malformed and does not render as a checkbox.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['lines'],
  },
  check(ctx) {
    const { from, to } = ctx.lines.present();
    for (let i = from; i < to; i++) {
      const li = ctx.lines.at(i);
      if (!li || li.block === 'code' || li.block === 'indented-code') continue;
      const raw = ctx.source.lineAt(i);
      if (li.listItemStart && li.checked === null) {
        const m = BAD_IN_ITEM.exec(li.content);
        if (m && m[1]) {
          const box = /x/i.test(m[1]) ? '[x]' : '[ ]';
          const at = li.contentStart;
          // A well-formed box with no task after it: the fix would write back the same text.
          const empty = m[1] === box;
          ctx.report({
            range: lineRange(i, at, at + m[1].length),
            message: empty ? `\`${box}\` with no text after it is not a checkbox. Write the task after it.` : `\`${m[1]}\` is not a checkbox. Write \`${box}\`.`,
            fixes: empty ? [] : [{ title: `Write '${box}'`, edits: [{ range: lineRange(i, at, at + m[1].length), newText: box }], safe: true, preferred: true }],
          });
        }
        continue;
      }
      const n = li.block === 'paragraph' ? NO_SPACE.exec(raw) : null;
      if (n && n[3]) {
        const box = /x/i.test(n[3]) ? '[x]' : '[ ]';
        const start = n[1]?.length ?? 0;
        const end = start + (n[2]?.length ?? 0) + n[3].length + (n[4]?.length ?? 0);
        const fixed = `${n[2]} ${box} `;
        ctx.report({
          range: lineRange(i, start, end),
          message: `\`${raw.slice(start, end).trim()}\` is not a task checkbox: the list marker needs a space. Write \`${fixed.trim()}\`.`,
          fixes: [{ title: `Write '${fixed.trim()}'`, edits: [{ range: lineRange(i, start, end), newText: fixed }], safe: true, preferred: true }],
        });
      }
    }
  },
};
