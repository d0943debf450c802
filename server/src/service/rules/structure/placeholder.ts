import { lineRange } from '../../text/source-text';
import type { Rule } from '../types';
import { quote } from './shared';
import { placeholderMatches, placeholderTitle } from './template';
import { openTasks, tableCellRange } from '../action-items/shared';
import { OWNER_COLUMN } from '../../lex/items/owner';
import { DUE_COLUMN } from '../../lex/items/due';
import type { RuleContext } from '../types';

/**
 * The owner and due-date cells of open task rows that the task rules already report as
 * missing (`| Fix the alert | TBD |`): a `TBD` there is one gap, said once, by task-owner
 * or task-due-date, whose fix fills the cell. Spans by line, in characters.
 */
function reportedTaskCells(ctx: RuleContext): Map<number, { start: number; end: number }[]> {
  const out = new Map<number, { start: number; end: number }[]>();
  const ownerOn = ctx.config.rules['task-owner'] !== 'off';
  const dueOn = ownerOn || ctx.config.rules['task-due-date'] !== 'off';
  const { from, to } = ctx.lines.present();
  for (const task of openTasks(ctx.model.tasks)) {
    // Only the lines present are read for placeholders (a task's cells are on its first line).
    if (task.line < from || task.line >= to) continue;
    const cells = [ownerOn && !task.owner ? tableCellRange(ctx.source, task, OWNER_COLUMN) : null, dueOn && !task.due ? tableCellRange(ctx.source, task, DUE_COLUMN) : null];
    for (const cell of cells) {
      if (!cell) continue;
      const spans = out.get(cell.line) ?? [];
      spans.push({ start: cell.start, end: cell.end });
      out.set(cell.line, spans);
    }
  }
  return out;
}

/**
 * TODO, TBD, XXX, `????` or a lone `?` for a value, `[Insert ...]`, `{{ ... }}`, `20xx-MM-DD`,
 * `By: (Names)`, left-in assignment text, and a title that is a template's slot (`# Title`).
 * One finding per slot: the `hh:mm` inside `{{ hh:mm }}` is the same placeholder, and a
 * `TBD` in the Owner or Due cell of a task the task rules report missing is theirs to say.
 */
export const placeholder: Rule = {
  meta: {
    name: 'placeholder',
    description: 'Placeholder or template text was left in the document.',
    category: 'structure',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['lines'],
  },
  check(ctx) {
    const title = ctx.model.title;
    const wholeTitle = title !== null && placeholderTitle(ctx.model);
    if (title && wholeTitle) {
      ctx.report({
        range: title.range,
        message: `The title ${quote(title.text)} is the template's placeholder. Say what happened and when, e.g. \`# Checkout errors on 2024-03-08\`.`,
      });
    }
    const taskCells = reportedTaskCells(ctx);
    for (const m of placeholderMatches(ctx.model, ctx.lines, ctx.source)) {
      if (taskCells.get(m.line)?.some((c) => c.start <= m.start && m.end <= c.end)) continue;
      // A slot inside a title that is all slot (`YYYY-MM-DD - Incident Title`) is said once, with the title.
      if (wholeTitle && title && m.line === title.line && m.start >= title.range.start.character && m.end <= title.range.end.character) continue;
      ctx.report({
        range: lineRange(m.line, m.start, m.end),
        message: `${quote(m.text)} is ${m.what}. Replace it with the real content before the review.`,
      });
    }
  },
};
