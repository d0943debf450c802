/**
 * Measures and tasks: list items (bulleted, numbered, checkbox, malformed `- []`), table rows
 * and plain lines under a measures or action-items section. A line ending in `:` that
 * introduces the list is not an item; a bucket label (`**Immediate:**`) gives its items a
 * priority when they carry none.
 */
import { lineRange } from '../text/source-text';
import { extractItemFields } from '../lex/items/fields';
import type { DocumentLines } from '../parse/document-lines';
import { isBucketLabel } from '../lex/section-names';
import type { Item, ItemField, Section, SectionKind } from './schema';
import { itemRegions, type Region } from './item-regions';
import { readsAsAction } from '../lex/items/phrasing';
import { isImageLine, isPseudoListItem, markerInEmphasis, PSEUDO_MARKER, plainLineRole } from '../lex/items/plain';
import { titledItemEnd } from '../lex/items/titles';
import { actionability, introducesDoneWork } from '../lex/items/actionability';
import { isPlaceholder } from '../lex/items/cells';
import { itemLabelKind } from '../lex/items/kind-label';
import { cellOffset, cellRanges, splitCells } from '../lex/table-cells';
import { endsDone, htmlItemText, isFieldLine, isHtmlItemLine } from '../lex/items/item-lines';
import { stylingAround } from '../text/styling-tags';

const MALFORMED_CHECKBOX = /^(\[\s*[xX]?\s*\]|\[\])(\s*)/;

function isIntro(text: string): boolean {
  return /:\s*$/.test(text) || /^(to prevent|the following|in light of|we will|going forward)\b.*\b(measures|actions|steps|following)\b/i.test(text);
}

function stripMarkup(text: string): string {
  return text.replace(/^(\*\*|__)(.*)\1$/, '$2').replace(/^(\*\*|__)(.*)\1(\s*:)$/, '$2$3').trim();
}

function makeItem(lines: DocumentLines, i: number, text: string, base: number, markup: Item['markup'], cells?: Record<string, string>): Item {
  const li = lines.at(i);
  let checkbox: Item['checkbox'] = null;
  let t = text;
  let b = base;
  if (li?.checked !== null && li?.checked !== undefined) {
    const raw = lines.source.lineAt(i);
    const at = raw.lastIndexOf('[', li.contentStart);
    checkbox = { checked: li.checked, range: lineRange(i, Math.max(0, at), Math.max(0, at) + 3), wellFormed: true };
  } else if (li?.listItemStart) {
    const m = MALFORMED_CHECKBOX.exec(t);
    if (m && m[1]) {
      checkbox = { checked: /x/i.test(m[1]), range: lineRange(i, b, b + m[1].length), wellFormed: false };
      t = t.slice(m[0].length);
      b += m[0].length;
    }
  }
  // Styling tags around the whole text (`<span style="color: gray;">Add a probe</span>`) are
  // not the task's words: the text is what is between them (still one slice of the line).
  const styled = stylingAround(t);
  t = t.slice(styled.open, t.length - styled.close);
  b += styled.open;
  const fields = extractItemFields(t, i, b, cells);
  const status = checkbox ? (checkbox.checked ? 'done' : 'open') : fields.status;
  return {
    line: i,
    endLine: i,
    text: t,
    textRange: lineRange(i, b, b + t.length),
    markup: checkbox ? 'checkbox' : markup,
    ...(cells ? { cells } : {}),
    owner: fields.owner,
    due: fields.due,
    priority: fields.priority,
    status,
    checkbox,
    tracking: fields.tracking,
    type: fields.type,
  };
}

function bucketField(lines: DocumentLines, i: number, text: string): ItemField | null {
  const label = text.replace(/[*_`]/g, '').replace(/^#+\s*/, '').replace(/[:;.]\s*$/, '').trim();
  if (!isBucketLabel(label)) return null;
  const raw = lines.source.lineAt(i);
  const at = Math.max(0, raw.indexOf(label));
  return { text: label, range: lineRange(i, at, at + label.length) };
}

const TEXT_COLUMNS = ['task', 'action', 'action item', 'item', 'description', 'measure', 'what', 'title', 'follow-up', 'follow up'];

export function extractItems(lines: DocumentLines, sections: readonly Section[], kind: SectionKind): Item[] {
  if (kind !== 'measures' && kind !== 'action-items') return [];
  const { regions, measuresAsTasks } = regionsOf(lines, sections);
  const items = read(lines, regions.filter((r) => r.kinds.includes(kind)));
  if (kind === 'measures') return labelsSplit(items) ? items.filter((it) => itemLabelKind(it.text) !== 'action-items') : items;
  // No task anywhere: the measures list is the document's list of actions.
  if (items.length === 0) {
    const all = read(lines, measuresAsTasks);
    return labelsSplit(all) ? all.filter((it) => itemLabelKind(it.text) !== 'measures') : all;
  }
  // `- **Tasks**: ...` under the measures is a task though the tasks are listed elsewhere too.
  const measured = read(lines, regions.filter((r) => r.kinds.includes('measures') && !r.kinds.includes('action-items')));
  const labelled = measured.filter((it) => itemLabelKind(it.text) === 'action-items' && !items.some((t) => t.line === it.line));
  return labelled.length === 0 ? items : [...items, ...labelled].sort((a, b) => a.line - b.line);
}

/**
 * Items labelled by kind (`- **Improvements**: ...` beside `- **Tasks**: ...`): a list that
 * names its tasks says which of its items are tasks and which are measures.
 */
function labelsSplit(items: readonly Item[]): boolean {
  return items.some((it) => itemLabelKind(it.text) === 'action-items');
}

/**
 * An item written as a title over its description (a heading task, `Title:` + a line): the
 * owner, due date, priority and ticket may be in the description. Fields the title lacks are
 * read from the body lines up to `endLine`.
 */
function withBodyFields(lines: DocumentLines, item: Item, endLine = item.endLine): Item {
  item.endLine = endLine;
  for (let l = item.line + 1; l <= endLine; l++) {
    const li = lines.at(l);
    if (!li || li.block === 'blank' || li.content === '') continue;
    const f = extractItemFields(li.content, l, li.contentStart);
    item.owner ??= f.owner;
    item.due ??= f.due;
    item.priority ??= f.priority;
    item.tracking ??= f.tracking;
    if (item.checkbox === null && item.status === null) item.status = f.status;
  }
  return item;
}

/** A short name over a list ("Monitoring", "Process changes"): not an item itself. */
function isGroupName(text: string): boolean {
  const t = text.replace(/[*_`]/g, '').trim();
  return t.split(/\s+/).length <= 4 && !/[.!?;,]$/.test(t) && !readsAsAction(t);
}

// The measures and the tasks are read from the same regions: found once per model build.
const regionCache = new WeakMap<readonly Section[], { lines: DocumentLines; value: ReturnType<typeof itemRegions> }>();

function regionsOf(lines: DocumentLines, sections: readonly Section[]): ReturnType<typeof itemRegions> {
  const hit = regionCache.get(sections);
  if (hit && hit.lines === lines) return hit.value;
  const value = itemRegions(lines, sections);
  regionCache.set(sections, { lines, value });
  return value;
}

function read(lines: DocumentLines, regions: readonly Region[]): Item[] {
  const items: Item[] = [];
  for (const r of regions) {
    const found = regionItems(lines, r);
    if (!r.actionsOnly) {
      items.push(...found);
      continue;
    }
    // A lessons list stands for the measures only when it is written as actions.
    const acts = found.filter((it) => readsAsAction(it.text));
    if (acts.length * 2 > found.length) items.push(...acts);
  }
  for (const it of items) if (it.status === null && it.checkbox === null && markedDoneAtEnd(lines, it)) it.status = 'done';
  return items.sort((a, b) => a.line - b.line);
}

/** The line gives a field of the item right above it (a blank line between at most). */
function fieldOfLast(last: Item, text: string, i: number): boolean {
  return isFieldLine(text) && i <= last.endLine + 2;
}

/** The item's last line (its first, when it has one) ends with an emphasised note that it is done. */
function markedDoneAtEnd(lines: DocumentLines, it: Item): boolean {
  const last = it.endLine > it.line ? lines.at(it.endLine)?.content : it.text;
  return last !== undefined && endsDone(last);
}

/** Plain lines of a paragraph before its intro line ("... the following steps:"): a preamble, no items. */
function preambleLines(lines: DocumentLines, from: number, to: number): Set<number> {
  const out = new Set<number>();
  let run: number[] = [];
  const flush = (): void => {
    let last = -1;
    run.forEach((line, k) => {
      const t = stripMarkup(lines.at(line)?.content ?? '');
      // A sentence that introduces the list, not a short label ending a paragraph of items.
      if (isIntro(t) && t.split(/\s+/).length >= 6) last = k;
    });
    for (let k = 0; k < last; k++) out.add(run[k] ?? -1);
    run = [];
  };
  for (let i = from; i < to; i++) {
    const li = lines.at(i);
    if (li && li.block === 'paragraph' && li.listDepth === 0 && !li.listItemStart) run.push(i);
    else flush();
  }
  flush();
  return out;
}

function regionItems(lines: DocumentLines, r: Region): Item[] {
  const items: Item[] = [];
  if (r.headerItem) {
    const h = r.section.headerRange;
    const item = makeItem(lines, r.section.line, r.section.name, h.start.character, 'plain');
    let end = r.section.line;
    for (let i = r.section.contentStart; i < r.to; i++) if (lines.at(i)?.block !== 'blank') end = i;
    item.endLine = end;
    return [withBodyFields(lines, item)];
  }
  // Plain lines are items only in a section with no list at all (else they are prose).
  const hasList = r.listed;
  const preamble = preambleLines(lines, r.from, r.to);
  let header: string[] = [];
  // Depth of the innermost real (non-label) item still open, to attach its sub-bullets.
  let openItemDepth = 0;
  let last: Item | null = null;
  // The bucket label in force: its items get its priority when they state none. A section the
  // label opened itself (`- **Short-term:**` grouping tasks) starts with it in force.
  let bucket: ItemField | null = r.from === r.section.contentStart && r.section.markup !== 'implicit' ? bucketField(lines, r.section.line, lines.at(r.section.line)?.content ?? '') : null;
  // The plain paragraph being read: its lines are items, or are skipped (an image's caption, an intro).
  let para: 'item' | 'skip' | 'fresh' | null = null;
  let afterRule = false;
  // The description lines of a titled plain item.
  let bodyUntil = -1;
  // The open top item is an action itself (its action sub-bullets are steps, not details).
  // (Judged only when a sub-bullet comes: most items have none.)
  let parentText: string | null = null;
  let parentActs: boolean | null = null;
  let parentItem: Item | null = null;
  // The open top item turned out to be a group name; its sub-bullets are items.
  let parentGroup = false;
  const parentIsAction = (): boolean => (parentActs ??= parentText !== null && actionability(parentText).ok);
  // The list follows "The following measures were introduced:": its items are done work.
  let doneIntro = false;
  const intro = (text: string): void => { doneIntro = introducesDoneWork(text); };
  const push = (item: Item): void => {
    if (bucket && item.priority === null) item.priority = bucket; // `last` keeps pointing at the pushed item
    if (doneIntro && item.status === null) item.status = 'done';
    items.push(item);
  };
  for (let i = r.from; i < r.to; i++) {
    const li = lines.at(i);
    if (!li) continue;
    if (li.block === 'table') {
      if (li.tableRow === 0) header = splitCells(li.content).map((c) => c.toLowerCase().replace(/[*_`]/g, '').trim());
      if (li.tableRow < 2) continue;
      const cells = splitCells(li.content);
      const byName: Record<string, string> = {};
      cells.forEach((c, k) => { byName[header[k] ?? String(k)] = c; });
      let idx = header.findIndex((h) => TEXT_COLUMNS.includes(h));
      if (idx < 0) idx = cells.reduce((best, c, k) => (c.length > (cells[best]?.length ?? 0) ? k : best), 0);
      const cellText = cells[idx] ?? '';
      if (cellText === '' || isPlaceholder(cellText) || /^[-#\d\s]*$/.test(cells.join(''))) continue;
      const at = cellOffset(lines.source.lineAt(i), idx);
      last = { ...makeItem(lines, i, cellText, at, 'table-row', byName), cellRanges: cellRanges(lines.source.lineAt(i), i, Object.keys(byName)) };
      push(last);
      continue;
    }
    // HTML comments and other raw HTML are not items (an HTML `<li>` list is, tags removed).
    if (li.block === 'html' && !isHtmlItemLine(li.content)) continue;
    if (li.block === 'blank' || li.block === 'code' || li.block === 'heading' || li.block === 'thematic') {
      para = null;
      // After a rule (or a title over prose), plain lines are a closing note, not items.
      if (li.block === 'thematic') afterRule = true;
      if (li.block !== 'blank') last = null;
      if (li.block === 'heading' || li.block === 'thematic') {
        bucket = li.block === 'heading' ? bucketField(lines, i, li.content) : null;
        doneIntro = false;
      }
      continue;
    }
    const fromHtml = li.block === 'html' ? htmlItemText(lines.source.lineAt(i), li.content, li.contentStart) : null;
    const html = fromHtml ? fromHtml.text : li.content;
    const start = fromHtml ? fromHtml.base : li.contentStart;
    // A list marker written as text (in a paragraph or an indented block) marks an item all the same.
    const inEmphasis = li.listItemStart ? null : markerInEmphasis(html);
    const pseudo = !li.listItemStart && (inEmphasis !== null || isPseudoListItem(html));
    const text = inEmphasis ? inEmphasis.text : pseudo ? html.replace(PSEUDO_MARKER, '') : html;
    // Where `text` starts in the line: after any tags, and after a marker written as text.
    const base = start + (inEmphasis ? inEmphasis.offset : html.length - text.length);
    // "TBD" where the items should be holds no item (the placeholder rule reports the word).
    if (text === '' || isPlaceholder(text.replace(/^\[\s*[xX]?\s*\]\s*/, ''))) continue;
    if (li.listItemStart) {
      // A sub-bullet is the item's detail, unless both are actions: then it is a step of its own
      // ("Improve probe coverage" / "  - Create a dashboard for it").
      // A nested checkbox is a task of its own whatever its wording.
      if (openItemDepth > 0 && li.listDepth > openItemDepth && last && !parentGroup && li.checked === null && !(parentIsAction() && actionability(text).ok)) {
        // "- Monitoring" over "  - Add an alert on ...": the parent names a group, its bullets are the items.
        if (parentItem && last === parentItem && parentItem.endLine === parentItem.line && isGroupName(parentItem.text) && (actionability(text).ok || /^[A-Z]/.test(stripMarkup(text)))) {
          items.splice(items.indexOf(parentItem), 1);
          parentGroup = true;
        } else {
          last.endLine = i;
          continue;
        }
      }
      // `- Deadline: January 20, 2024` right under `- Task: Audit the config`: the task's field, not a task.
      if (last && fieldOfLast(last, text, i)) {
        last = withBodyFields(lines, last, i);
        continue;
      }
      const plain = stripMarkup(text);
      const titled = isIntro(plain) && !bucketField(lines, i, plain) ? titledItemEnd(lines, i, r.to) : null;
      if (titled !== null) {
        last = withBodyFields(lines, makeItem(lines, i, text, base, li.ordered ? 'numbered' : 'list-item'), titled);
        push(last);
        openItemDepth = li.listDepth;
        parentText = null;
        parentActs = false;
        parentItem = null;
        parentGroup = false;
        continue;
      }
      if (isIntro(plain)) {
        bucket = bucketField(lines, i, plain);
        intro(plain);
        openItemDepth = 0;
        last = null;
        continue;
      }
      const nested = openItemDepth > 0 && li.listDepth > openItemDepth;
      last = makeItem(lines, i, text, base, li.ordered ? 'numbered' : 'list-item');
      push(last);
      if (!nested) {
        openItemDepth = li.listDepth;
        parentText = text;
        parentActs = null;
        parentItem = last;
        parentGroup = false;
      }
      continue;
    }
    const label = /:\s*$/.test(stripMarkup(text)) ? bucketField(lines, i, stripMarkup(text)) : null;
    if (label) {
      bucket = label;
      continue;
    }
    // "The following steps:" opens a new list: the bucket before it ends.
    if (li.listDepth === 0 && isIntro(stripMarkup(text))) {
      bucket = null;
      intro(stripMarkup(text));
    } else if (li.listDepth === 0 && preamble.has(i)) intro(stripMarkup(text));
    if ((hasList && !pseudo) || !r.plainAllowed) {
      if (last && li.listDepth > 0) last.endLine = i;
      continue;
    }
    if (i <= bodyUntil && last) {
      last.endLine = i;
      continue;
    }
    if (last && fieldOfLast(last, text, i)) {
      last = withBodyFields(lines, last, i);
      continue;
    }
    const titled = isIntro(stripMarkup(text)) ? titledItemEnd(lines, i, r.to) : null;
    if (titled !== null) {
      last = withBodyFields(lines, makeItem(lines, i, text, base, 'plain'), titled);
      push(last);
      bodyUntil = titled;
      para = 'item';
      continue;
    }
    if (isIntro(stripMarkup(text))) {
      bucket = null;
      para = 'fresh';
      continue;
    }
    // "After two days of review. The following measures were taken:" is one preamble.
    if (preamble.has(i)) continue;
    const inParagraph = para !== null && lines.at(i - 1)?.block === 'paragraph';
    if (inParagraph && para === 'skip') continue;
    const next = lines.at(i + 1);
    const proseFollows = next?.block === 'paragraph' && !next.listItemStart && !isPseudoListItem(next.content);
    const role = afterRule ? 'skip' : pseudo ? 'item' : plainLineRole(text, inParagraph && para === 'item', proseFollows);
    if (role === 'header') {
      afterRule = true;
      continue;
    }
    if (role === 'continuation' && last) {
      last.endLine = i;
      continue;
    }
    if (role === 'skip') para = isImageLine(text) ? 'skip' : para === null ? 'fresh' : para;
    else para = 'item';
    if (role === 'skip') continue;
    last = makeItem(lines, i, text, base, 'plain');
    push(last);
  }
  return items;
}
