/**
 * Whether a task's list says the work is already done, in words the item's own status does
 * not carry: a lead-in above the list ("the following measures have been implemented:",
 * "The following measures helped fix the crash:") or the item written in the present perfect
 * ("The firewall has also been re-enabled"). The reading is a guess about the writer's
 * meaning (the items below such a lead-in are often imperative), so the rules that ask for an
 * owner or a due date report such a task below a warning rather than not at all.
 */
import type { DocumentLines } from '../../parse/document-lines';
import type { Item, Postmortem } from '../../model/schema';

// "have been implemented", "were introduced", "we put in place", "helped fix".
const DONE_WORDS = String.raw`(?:implemented|introduced|put in place|taken|applied|deployed|made|added|completed|carried out|adopted|enforced|rolled out|set up|established)`;
const DONE_LEAD_IN = new RegExp(
  [
    String.raw`\b(?:have|has|had)\s+(?:now\s+|already\s+|since\s+)?been\s+${DONE_WORDS}\b`,
    String.raw`\b(?:were|was)\s+(?:then\s+|also\s+|already\s+)?${DONE_WORDS}\b`,
    String.raw`\b(?:helped|served to)\s+(?:to\s+)?(?:fix|resolve|solve|restore|mitigate|stop)\b`,
    String.raw`\b(?:we|the team|I)\s+(?:have\s+)?(?:implemented|introduced|took|applied|deployed|completed|put in place|adopted|rolled out)\b`,
  ].join('|'),
  'i',
);

// The item's own clause in the present perfect passive: "X has (also) been re-enabled".
const ITEM_PERFECT = /^[^.;:]{0,80}?\b(?:has|have)\s+(?:also\s+|now\s+|already\s+)?been\s+(?:re-?)?[a-z]+(?:ed|en|up|out)\b(?!\s+to\b)/i;

function plain(content: string): string {
  return content.replace(/<[^>]*>/g, ' ').replace(/[*_`]+/g, '').replace(/^\s*(?:#{1,6}|[-*+]|\d{1,3}[.)])\s+/, '').trim();
}

function itemLines(model: Postmortem): Set<number> {
  const out = new Set<number>();
  for (const it of [...model.tasks, ...model.measures]) for (let l = it.line; l <= it.endLine; l++) out.add(l);
  return out;
}

/** The outermost section holding the line, or undefined. */
function container(model: Postmortem, line: number): { from: number } | undefined {
  let best: number | undefined;
  for (const [i, s] of model.sections.entries()) if (s.line < line && line < s.end) best = i;
  let s = best === undefined ? undefined : model.sections[best];
  while (s && s.parent !== null) s = model.sections[s.parent];
  return s ? { from: s.line } : undefined;
}

/**
 * The nearest lead-in above the task (a prose line ending in a colon, or naming "the
 * following"), within its section, says the listed work is done.
 */
export function leadInSaysDone(model: Postmortem, lines: DocumentLines, task: Item, items = itemLines(model)): boolean {
  const c = container(model, task.line);
  if (!c) return false;
  const headers = new Set(model.sections.map((s) => s.line));
  for (let i = task.line - 1; i > c.from; i--) {
    const li = lines.at(i);
    if (!li || li.block === 'blank' || items.has(i) || headers.has(i)) continue;
    const text = plain(li.content);
    if (!/:\s*$/.test(text) && !/\bthe following\b/i.test(text)) continue;
    // A short sub-label between the lead-in and the items (`Improve Monitoring:`) is not the lead-in.
    if (text.split(/\s+/).length <= 6 && !/\bthe following\b/i.test(text)) continue;
    return DONE_LEAD_IN.test(text);
  }
  return false;
}

// A lead-in naming who will do the listed work ("the team should:", "we will:"): an owner, generic.
const DOER_LEAD_IN = /\b(?:the\s+(?:\w+\s+){0,2}team|we|our\s+(?:\w+\s+)?team|engineers?|developers?)\s+(?:should|will|must|need to|needs to|plans? to|is going to|are going to)\b[^:]*:\s*$/i;

/** The nearest lead-in names who does the work. */
export function leadInNamesDoer(model: Postmortem, lines: DocumentLines, task: Item, items = itemLines(model)): boolean {
  const c = container(model, task.line);
  if (!c) return false;
  for (let i = task.line - 1; i > c.from; i--) {
    const li = lines.at(i);
    if (!li || li.block === 'blank' || items.has(i)) continue;
    const text = plain(li.content);
    if (!/:\s*$/.test(text)) return false;
    return DOER_LEAD_IN.test(text);
  }
  return false;
}

/** The item itself says the work has been done ("The firewall has also been re-enabled"). */
export function itemSaysDone(task: Item): boolean {
  return ITEM_PERFECT.test(task.text);
}

/** Tasks whose list or own words say they are done, or whose lead-in names a doer: the owner rule says less. */
export function settledTasks(model: Postmortem, lines: DocumentLines): Set<Item> {
  const items = itemLines(model);
  const out = new Set<Item>();
  for (const t of model.tasks) if (t.status !== 'done' && (itemSaysDone(t) || leadInSaysDone(model, lines, t, items) || leadInNamesDoer(model, lines, t, items))) out.add(t);
  return out;
}
