import type { Rule } from '../types';
import { markdownStructureEdits, runOnGroups } from '../fixes/markdown-structure';

export const CONVERT_TITLE = 'Convert to Markdown headings and lists';

const WHAT = { timeline: 'timeline entries', measures: 'measures', tasks: 'tasks' } as const;

/**
 * A timeline, measure list or task list written as plain lines of one paragraph: GitHub
 * and every Markdown renderer join them into one run-on paragraph, so the entries no
 * reader can tell apart. Reported once per paragraph holding two or more of them, with the
 * document-wide conversion into headings and list items as the fix.
 */
export const runOnList: Rule = {
  meta: {
    name: 'run-on-list',
    description: 'Timeline entries, measures or tasks written as plain lines render as one run-on paragraph.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['document'],
  },
  check(ctx) {
    const { lines, source, model } = ctx;
    let edits: ReturnType<typeof markdownStructureEdits> | null = null;
    for (const g of runOnGroups(model, lines, source)) {
      const all = (...roles: string[]): boolean => g.roles.every((r) => roles.includes(r));
      const what = all('entry', 'untimed-entry') ? WHAT.timeline : all('task') ? WHAT.tasks : all('measure') ? WHAT.measures : 'list items';
      const first = g.lines[0] ?? 0;
      const last = g.lines[g.lines.length - 1] ?? first;
      edits ??= markdownStructureEdits(model, lines, source);
      ctx.report({
        range: { start: { line: first, character: lines.at(first)?.contentStart ?? 0 }, end: { line: last, character: source.lineAt(last).length } },
        message: `These ${g.lines.length} ${what} are plain lines of one paragraph, so GitHub renders them as one run-on paragraph. Make them list items.`,
        fixes: edits.length > 0 ? [{ title: CONVERT_TITLE, edits, preferred: true }] : [],
      });
    }
  },
};
