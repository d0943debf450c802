import type { Rule } from '../types';
import { range } from '../../text/source-text';

/** No title: no front matter title, no first heading, no line naming the document. */
export const titleMissing: Rule = {
  meta: {
    name: 'title-missing',
    description: 'The postmortem has no title.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['document'],
  },
  check(ctx) {
    const { model } = ctx;
    if (model.title) return;
    const fmTitle = model.frontMatter?.data?.title;
    if (typeof fmTitle === 'string' && fmTitle.trim() !== '') return;
    const at = model.frontMatter ? model.frontMatter.range.end.line + 1 : 0;
    const date = model.summary.date?.text ?? (typeof model.frontMatter?.data?.date === 'string' ? model.frontMatter.data.date : null);
    const what = model.summary.impact?.kind === 'service' ? 'Service disruption' : 'Incident';
    const title = `# Postmortem: ${what}${date ? ` on ${date}` : ''}`;
    const eol = ctx.source.eol;
    // Past the end (a document of front matter only, without a final newline): append.
    const last = ctx.source.lineCount - 1;
    const atEnd = at > last;
    const insertAt = atEnd ? range(last, ctx.source.lineAt(last).length, last, ctx.source.lineAt(last).length) : range(at, 0, at, 0);
    ctx.report({
      range: ctx.source.lineRange(Math.min(at, last)),
      message: `The postmortem has no title. Start it with a heading that says what happened and when, such as \`${title}\`.`,
      fixes: [{ title: `Insert a title: '${title}'`, edits: [{ range: insertAt, newText: atEnd ? `${eol}${eol}${title}${eol}` : at > 0 && ctx.source.lineAt(at).trim() === '' ? `${eol}${title}${eol}` : `${title}${eol}${eol}` }] }],
    });
  },
};
