import type { Item } from '../../model/schema';
import type { SourceText, TextEdit } from '../../text/source-text';
import type { Rule } from '../types';
import { quote, snippetText } from './shared';
import { itemSaysDone, leadInSaysDone } from './settled';

/**
 * A new task line written like the last task (same list marker, next number, an open
 * checkbox, or a table row with the text in the task column), placed after it. The
 * measure's text is the snippet's placeholder, to be reworded as an action.
 */
function appendTaskEdit(source: SourceText, last: Item, measure: Item): TextEdit {
  const raw = source.lineAt(last.line);
  const text = `\${1:${snippetText(measure.text.trim())}}`;
  let line: string;
  if (last.markup === 'table-row' && last.cells) {
    const values = Object.values(last.cells);
    const at = Math.max(0, values.findIndex((v) => v === last.text));
    line = `| ${values.map((_, k) => (k === at ? text : ' ')).join(' | ')} |`;
  } else {
    let prefix = raw.slice(0, last.textRange.start.character);
    prefix = prefix.replace(/^(\s*(?:>\s*)*)(\d{1,9})([.)])/, (_m, lead: string, n: string, d: string) => `${lead}${Number(n) + 1}${d}`);
    prefix = prefix.replace(/\[[xX]\]/, '[ ]');
    line = `${prefix}${text}`;
  }
  const end = source.lineAt(last.endLine).length;
  return { range: { start: { line: last.endLine, character: end }, end: { line: last.endLine, character: end } }, newText: `${source.eol}${line}` };
}

export const measureWithoutTask: Rule = {
  meta: {
    name: 'measure-without-task',
    description: 'A corrective or preventative measure that no task covers (matched by meaning, not wording).',
    category: 'action-items',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['items'],
  },
  check(ctx) {
    const { measures, tasks } = ctx.model;
    // No task at all is section-missing's or section-empty's finding, not one per measure.
    if (measures.length === 0 || tasks.length === 0) return;
    const last = tasks.reduce<Item | null>((a, t) => (a === null || t.endLine > a.endLine ? t : a), null);
    // The measures that are not also tasks (a combined "Measures and action items" header).
    for (const c of ctx.derived.coverage) {
      const m = measures[c.measureIndex];
      if (!m || c.taskIndexes.length > 0) continue;
      // A measure its list calls done ("the following measures have been implemented:") may
      // need no task any more: said below a warning.
      const done = itemSaysDone(m) || leadInSaysDone(ctx.model, ctx.lines, m);
      ctx.report({
        ...(done ? { uncertain: true } : {}),
        range: m.textRange,
        message: `No task covers the measure ${quote(m.text)}. Add a task that carries it out, with an owner and a due date.`,
        fixes: last ? [{ title: 'Append a task for this measure', snippet: true, edits: [appendTaskEdit(ctx.source, last, m)] }] : [],
      });
    }
  },
};
