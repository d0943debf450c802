import { nextLineTurnsCode } from '../fixes/heading-rewrite';
import { lineRange, range } from '../../text/source-text';
import { matchHeader } from '../../model/headers';
import type { Rule } from '../types';
import { headingFor, quote, runInHeaders, sectionLevel } from './shared';

/**
 * `#Title`, `##Timeline` (no space after the hashes) and `>>Summary` are meant as headings; a
 * title or bold header line that opens `**` and never closes it shows its asterisks.
 */
export const headingSyntax: Rule = {
  meta: {
    name: 'heading-syntax',
    description: 'A line meant as a heading is not one: `#Title` without the space, or a `>>Summary` pseudo-heading.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['lines'],
  },
  check(ctx) {
    const level = sectionLevel(ctx.model);
    const plainAmongHeadings = runInHeaders(ctx.model, ctx.lines);
    const { from, to } = ctx.lines.present();
    for (let i = from; i < to; i++) {
      const li = ctx.lines.at(i);
      if (!li || (li.block !== 'paragraph' && li.block !== 'html' && li.block !== 'indented-code')) continue;
      const raw = ctx.source.lineAt(i);
      const nospace = /^(\s*)(#{1,6})(?=[^\s#\d])(.*)$/.exec(raw);
      // A fix making the line a heading would turn an indented line under it into code.
      const keepsNext = !nextLineTurnsCode(ctx.source, i);
      if (nospace && li.block === 'paragraph' && li.quoteDepth === 0 && !ctx.lines.splitsInline(i)) {
        const at = (nospace[1]?.length ?? 0) + (nospace[2]?.length ?? 0);
        const hashes = nospace[2] ?? '#';
        const text = (nospace[3] ?? '').trim();
        ctx.report({
          range: lineRange(i, nospace[1]?.length ?? 0, raw.trimEnd().length),
          message: `${quote(raw.trim())} is not a heading: Markdown needs a space after ${quote(hashes)}. Write ${quote(`${hashes} ${text}`)}.`,
          fixes: !keepsNext ? [] : [{ title: `Insert a space: '${hashes} ${text}'`, edits: [{ range: range(i, at, i, at), newText: ' ' }], safe: true, preferred: true }],
        });
        continue;
      }
      // A bold header or title opened and never closed: `**Postmortem: outage on ...` renders
      // its asterisks literally (CommonMark needs the closing `**`).
      const unclosed = /^(\s*)\*\*(?=\S)([^*]+)$/.exec(raw.trimEnd());
      if (unclosed && li.block === 'paragraph' && li.quoteDepth === 0 && ctx.lines.at(i + 1)?.block !== 'paragraph' && (i === ctx.model.title?.line || ctx.model.sections.some((s) => s.line === i))) {
        const text = (unclosed[2] ?? '').trim();
        const start = unclosed[1]?.length ?? 0;
        ctx.report({
          range: lineRange(i, start, raw.trimEnd().length),
          message: `${quote(raw.trim())} opens bold with \`**\` but never closes it, so the asterisks show. Close it, or make it a heading: ${quote(`${'#'.repeat(i === ctx.model.title?.line ? 1 : level)} ${text.replace(/[:;]+$/, '')}`)}.`,
          fixes: [{ title: 'Close the bold', edits: [{ range: range(i, raw.trimEnd().length, i, raw.trimEnd().length), newText: '**' }], safe: true }],
        });
        continue;
      }
      // A plain section name among headings, run into the line below: it renders as the
      // first words of that paragraph (`Timeline 9:00 PM Server down ...`).
      const runIn = plainAmongHeadings.get(i);
      if (runIn) {
        const heading = headingFor(level, raw, runIn);
        ctx.report({
          range: lineRange(i, li.contentStart, li.contentStart + li.content.length),
          message: `${quote(raw.trim())} is meant as a heading, as the document's other sections are, but it runs into the line below and renders as the start of that paragraph. Write ${quote(heading)}.`,
          fixes: !keepsNext ? [] : [{ title: `Make it a heading: '${heading}'`, edits: [{ range: ctx.source.lineRange(i), newText: heading }], safe: true, preferred: true }],
        });
        continue;
      }
      const pseudo = /^(\s*)>\s*>\s*(\S.*)$/.exec(raw);
      if (pseudo && matchHeader(ctx.lines, i)?.markup === 'quote-prefix') {
        const text = (pseudo[2] ?? '').trim();
        const heading = `${'#'.repeat(level)} ${text.replace(/[:;]+$/, '')}`;
        ctx.report({
          range: lineRange(i, pseudo[1]?.length ?? 0, raw.trimEnd().length),
          message: `${quote(raw.trim())} is meant as a heading but renders as a nested quote. Write ${quote(heading)}.`,
          fixes: !keepsNext ? [] : [{ title: `Make it a heading: '${heading}'`, edits: [{ range: ctx.source.lineRange(i), newText: heading }], safe: true, preferred: true }],
        });
      }
    }
  },
};
