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
import { sectionEnds } from '../../model/section-owners';

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

interface LeadIn { saysDone: boolean; namesDoer: boolean }

// Per line view (one per analysis): what the lead-ins say, for every item's first line.
const leadInCache = new WeakMap<DocumentLines, { model: Postmortem; byLine: Map<number, LeadIn> }>();

/**
 * For the first line of every task and measure, what the nearest lead-in above it within its
 * outermost section says. One forward pass per section: the nearest lead-in of a line is the
 * latest one seen before it (walking back from every item over the items above it was
 * quadratic in a long list: x12.7 work for a doubled document).
 * - saysDone: the nearest prose line ending in a colon or naming "the following" (skipping
 *   headers, items and short sub-labels such as `Improve Monitoring:`) says the work is done.
 * - namesDoer: the nearest non-item line ends in a colon and names who will do the work.
 */
function leadIns(model: Postmortem, lines: DocumentLines): Map<number, LeadIn> {
  const hit = leadInCache.get(lines);
  if (hit && hit.model === model) return hit.byLine;
  const items = itemLines(model);
  const headers = new Set(model.sections.map((s) => s.line));
  const starts = new Set([...model.tasks, ...model.measures].map((it) => it.line));
  const byLine = new Map<number, LeadIn>();
  // A root's lines run to the end of its last descendant.
  const ends = sectionEnds(model);
  for (const [k, root] of model.sections.entries()) {
    if (root.parent !== null) continue;
    let saysDone = false;
    let namesDoer = false;
    const end = ends[k] ?? root.end;
    for (let i = root.line + 1; i < end; i++) {
      if (starts.has(i)) byLine.set(i, { saysDone, namesDoer });
      const li = lines.at(i);
      if (!li || li.block === 'blank' || items.has(i)) continue;
      const text = plain(li.content);
      const colon = /:\s*$/.test(text);
      namesDoer = colon && DOER_LEAD_IN.test(text);
      if (headers.has(i)) continue;
      const following = /\bthe following\b/i.test(text);
      if (!colon && !following) continue;
      if (text.split(/\s+/).length <= 6 && !following) continue;
      saysDone = DONE_LEAD_IN.test(text);
    }
  }
  leadInCache.set(lines, { model, byLine });
  return byLine;
}

/**
 * The nearest lead-in above the task (a prose line ending in a colon, or naming "the
 * following"), within its section, says the listed work is done.
 */
export function leadInSaysDone(model: Postmortem, lines: DocumentLines, task: Item): boolean {
  return leadIns(model, lines).get(task.line)?.saysDone ?? false;
}

// A lead-in naming who will do the listed work ("the team should:", "we will:"): an owner, generic.
const DOER_LEAD_IN = /\b(?:the\s+(?:\w+\s+){0,2}team|our\s+(?:\w+\s+)?team|engineers?|developers?)\s+(?:should|will|must|need to|needs to|plans? to|is going to|are going to)\b[^:]*:\s*$/i;

/** The nearest lead-in names who does the work. */
export function leadInNamesDoer(model: Postmortem, lines: DocumentLines, task: Item): boolean {
  return leadIns(model, lines).get(task.line)?.namesDoer ?? false;
}

/** The item itself says the work has been done ("The firewall has also been re-enabled"). */
export function itemSaysDone(task: Item): boolean {
  return ITEM_PERFECT.test(task.text);
}

/** Tasks whose list or own words say they are done, or whose lead-in names a doer: the owner rule says less. */
export function settledTasks(model: Postmortem, lines: DocumentLines): Set<Item> {
  const out = new Set<Item>();
  for (const t of model.tasks) if (t.status !== 'done' && (itemSaysDone(t) || leadInSaysDone(model, lines, t) || leadInNamesDoer(model, lines, t))) out.add(t);
  return out;
}
