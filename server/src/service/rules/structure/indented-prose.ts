import { range } from '../../text/source-text';
import type { Rule } from '../types';

/** Prose indented four spaces or a tab renders as a code block. */
export const indentedProse: Rule = {
  meta: {
    name: 'indented-prose',
    description: 'Prose or sections indented by four or more spaces render as a code block.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['document'],
  },
  check(ctx) {
    const { lines, source } = ctx;
    for (let i = 0; i < lines.length; i++) {
      if (lines.at(i)?.block !== 'indented-code') continue;
      let end = i;
      while (lines.at(end + 1)?.block === 'indented-code') end++;
      const block: string[] = [];
      for (let l = i; l <= end; l++) block.push(source.lineAt(l));
      const words = block.join(' ').match(/[A-Za-z]{3,}/g) ?? [];
      // Commands and fenced code the writer meant as code (an over-indented fence still shows code).
      const codeLike = block.some((l) => /[{};=]\s*$|^\s*(```|~~~|\$ |#!|sudo |cd |ls |npm |git |docker |kubectl |SELECT |def |function |import |apt(?:-get)? |yum |systemctl |service |curl |wget |echo |cat |grep |sed |chmod |chown |mkdir |rm |cp |mv |python3? |pip3? |node |ps |netstat |strace |tail |nginx |puppet |mysql )/.test(l));
      if (words.length >= 4 && !codeLike) {
        const indents = block.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0] ?? '');
        const edits = [];
        for (let l = i; l <= end; l++) {
          const lead = /^[ \t]*/.exec(source.lineAt(l))?.[0].length ?? 0;
          if (lead > 0) edits.push({ range: range(l, 0, l, lead), newText: '' });
        }
        const lineCount = end - i + 1;
        ctx.report({
          range: range(i, (indents[0] ?? '').length, end, source.lineAt(end).length),
          message: `${lineCount === 1 ? 'This line is' : `These ${lineCount} lines are`} indented by ${(indents[0] ?? '').includes('\t') ? 'a tab' : 'four or more spaces'}, so ${lineCount === 1 ? 'it renders' : 'they render'} as a code block, not as text. Remove the indentation.`,
          // Code indented inside a list item (`1.     text`) has no leading space to remove.
          fixes: edits.length > 0 ? [{ title: 'Remove the indentation', edits }] : [],
        });
      }
      i = end;
    }
  },
};
