import type { DocumentLines } from '../../model/lines';
import type { Rule } from '../types';
import type { SourceText } from '../../text';
import { markdownStructureEdits } from '../../fixes/markdown-structure';

export const CONVERT_TITLE = 'Convert to Markdown headings and lists';

/**
 * Line `l` renders on the line before it, in one paragraph: both are lines of the same
 * paragraph (no blank line, no list marker, same quote and list depth) and the line before
 * ends without a hard break (two spaces or a backslash).
 */
function joinsPrevious(lines: DocumentLines, source: SourceText, l: number): boolean {
  const a = lines.at(l - 1);
  const b = lines.at(l);
  if (!a || !b || a.block !== 'paragraph' || b.block !== 'paragraph') return false;
  if (b.listItemStart || a.quoteDepth !== b.quoteDepth || a.listDepth !== b.listDepth) return false;
  return !/(?: {2,}|\\)$/.test(source.lineAt(l - 1));
}

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
  },
  check(ctx) {
    const { lines, source, model } = ctx;
    // The paragraph each line renders in: the first line of its run of joined lines.
    const para: number[] = [];
    for (let l = 0; l < lines.length; l++) para.push(l > 0 && joinsPrevious(lines, source, l) ? (para[l - 1] ?? l) : l);
    const timeline = new Set(model.timeline.filter((e) => e.markup === 'plain').map((e) => e.line));
    const measures = new Set(model.measures.filter((i) => i.markup === 'plain').map((i) => i.line));
    const tasks = new Set(model.tasks.filter((i) => i.markup === 'plain').map((i) => i.line));
    // One finding per paragraph and section (a plain-line document can be one paragraph from
    // its timeline to its tasks); a line read as both a measure and a task is reported once.
    const sectionOf = (l: number): number => model.sections.reduce((at, sec, i) => (sec.line <= l ? i : at), -1);
    const byPara = new Map<string, number[]>();
    for (const l of [...new Set([...timeline, ...measures, ...tasks])].sort((x, y) => x - y)) {
      const key = `${para[l] ?? l}:${sectionOf(l)}`;
      byPara.set(key, [...(byPara.get(key) ?? []), l]);
    }
    let edits: ReturnType<typeof markdownStructureEdits> | null = null;
    for (const run of byPara.values()) {
      if (run.length < 2) continue;
      const all = (set: Set<number>): boolean => run.every((l) => set.has(l));
      const what = all(timeline) ? WHAT.timeline : all(tasks) ? WHAT.tasks : all(measures) ? WHAT.measures : 'list items';
      const first = run[0] ?? 0;
      const last = run[run.length - 1] ?? first;
      edits ??= markdownStructureEdits(model, lines, source);
      ctx.report({
        range: { start: { line: first, character: lines.at(first)?.contentStart ?? 0 }, end: { line: last, character: source.lineAt(last).length } },
        message: `These ${run.length} ${what} are plain lines of one paragraph, so GitHub renders them as one run-on paragraph. Make them list items.`,
        fixes: edits.length > 0 ? [{ title: CONVERT_TITLE, edits, preferred: true }] : [],
      });
    }
  },
};
