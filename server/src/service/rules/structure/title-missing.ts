import type { Rule } from '../types';
import { range } from '../../text/source-text';

/**
 * The document's first line, when a reader takes it for the title although it is no heading:
 * a short plain line (not a section header, list item or quote), set apart by a blank line
 * or followed by a section.
 */
function plainTitleLine(ctx: Parameters<Rule['check']>[0], from: number): number | null {
  const headers = new Set(ctx.model.sections.map((s) => s.line));
  let i = from;
  while (i < ctx.lines.length && ctx.lines.at(i)?.block === 'blank') i++;
  const li = ctx.lines.at(i);
  if (!li || headers.has(i) || li.block !== 'paragraph') return null;
  const text = li.content.trim();
  if (text === '' || /^(?:[-*+>|]|\d{1,3}[.)]\s|!?\[|<)/.test(text) || text.split(/\s+/).length > 25 || /[.!?]\s+\S/.test(text)) return null;
  // A title may wrap onto a second line (`Postmortem:` / `GitHub outage (October 2021)`).
  const apart = (j: number): boolean => { const n = ctx.lines.at(j); return !n || n.block === 'blank' || headers.has(j); };
  if (apart(i + 1)) return i;
  const second = ctx.lines.at(i + 1);
  const words = text.split(/\s+/).length + (second?.content.trim().split(/\s+/).length ?? 0);
  return second?.block === 'paragraph' && !headers.has(i + 1) && words <= 25 && /:\s*$/.test(text) && apart(i + 2) ? i : null;
}

/**
 * No title: no front matter title, no first heading, no line naming the document. A first
 * line that reads as a title but is plain text is said below a warning: the title is there,
 * only not marked up.
 */
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
    const plain = plainTitleLine(ctx, at);
    if (plain !== null) {
      const text = ctx.source.lineAt(plain).trim();
      const start = ctx.source.lineAt(plain).indexOf(text);
      // A title wrapped onto a second line is suggested on one.
      const next = ctx.lines.at(plain + 1);
      const whole = next && next.block === 'paragraph' ? `${text} ${ctx.source.lineAt(plain + 1).trim()}` : text;
      ctx.report({
        range: range(plain, start, plain, start + text.length),
        message: `The first line, \`${text.length > 60 ? `${text.slice(0, 59)}…` : text}\`, reads as the title but is not a heading, so outlines and links do not see it. Make it one: \`# ${whole.length > 40 ? `${whole.slice(0, 39)}…` : whole}\`.`,
        fixes: [{ title: 'Make the first line the title heading', edits: [{ range: range(plain, start, plain, start), newText: '# ' }] }],
        uncertain: true,
      });
      return;
    }
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
