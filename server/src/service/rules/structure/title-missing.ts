import type { Rule } from '../types';
import { range } from '../../text';

/** No title: no front matter title, no first heading, no line naming the document. */
export const titleMissing: Rule = {
  meta: {
    name: 'title-missing',
    description: 'The postmortem has no title.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
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
    ctx.report({
      range: ctx.source.lineRange(Math.min(at, ctx.source.lineCount - 1)),
      message: `The postmortem has no title. Start it with a heading that says what happened and when, such as \`${title}\`.`,
      fixes: [{ title: `Insert a title: '${title}'`, edits: [{ range: range(at, 0, at, 0), newText: at > 0 && ctx.source.lineAt(at).trim() === '' ? `${eol}${title}${eol}` : `${title}${eol}${eol}` }] }],
    });
  },
};
