/**
 * Measures and tasks: list items (bulleted, numbered, checkbox, malformed `- []`), table rows
 * and plain lines under a measures or action-items section. A line ending in `:` that
 * introduces the list is not an item; a bucket label (`**Immediate:**`) gives its items a
 * priority when they carry none.
 */
import { lineRange } from '../text';
import { extractItemFields } from '../items/fields';
import type { DocumentLines } from './lines';
import type { Item, ItemField, Section, SectionKind } from './schema';

const MALFORMED_CHECKBOX = /^(\[\s*[xX]?\s*\]|\[\])(\s*)/;

function splitCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

function isIntro(text: string): boolean {
  return /:\s*$/.test(text) || /^(to prevent|the following|in light of|we will|going forward)\b.*\b(measures|actions|steps|following)\b/i.test(text);
}

function stripMarkup(text: string): string {
  return text.replace(/^(\*\*|__)(.*)\1$/, '$2').trim();
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

/** A bucket label that groups items by priority or horizon: `**Immediate:**`, `### Short-term`, `P1 items:`. */
const BUCKET = /^(?:P[0-4]|critical|urgent|high|medium|low|immediate|short[- ]term|mid[- ]term|medium[- ]term|long[- ]term)(?:[- ](?:priority|term))?(?:\s+(?:actions?|action items?|items?|fixes|tasks?|follow[- ]ups?|measures?))?(?:\s*\([^)]*\))?$/i;

function bucketField(lines: DocumentLines, i: number, text: string): ItemField | null {
  const label = text.replace(/[*_`]/g, '').replace(/^#+\s*/, '').replace(/[:;.]\s*$/, '').trim();
  if (!BUCKET.test(label)) return null;
  const raw = lines.source.lineAt(i);
  const at = Math.max(0, raw.indexOf(label));
  return { text: label, range: lineRange(i, at, at + label.length) };
}

const TEXT_COLUMNS = ['task', 'action', 'action item', 'item', 'description', 'measure', 'what', 'title', 'follow-up', 'follow up'];

export function extractItems(lines: DocumentLines, sections: readonly Section[], kind: SectionKind): Item[] {
  const items: Item[] = [];
  for (const s of sections) {
    if (!s.kinds.includes(kind)) continue;
    // Tasks under a combined header belong to the action items only once.
    if (kind === 'measures' && s.kinds.includes('action-items') && s.kind === 'action-items') continue;
    let hasList = false;
    for (let i = s.contentStart; i < s.end; i++) {
      const li = lines.at(i);
      if (li && (li.listItemStart || (li.block === 'table' && li.tableRow >= 2))) hasList = true;
    }
    let header: string[] = [];
    // Depth of the innermost real (non-label) item still open, to attach its sub-bullets.
    let openItemDepth = 0;
    let last: Item | null = null;
    // The bucket label in force: its items get its priority when they state none.
    let bucket: ItemField | null = null;
    const push = (item: Item): void => {
      if (bucket && item.priority === null) item.priority = bucket; // `last` keeps pointing at the pushed item
      items.push(item);
    };
    for (let i = s.contentStart; i < s.end; i++) {
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
        if (cellText === '' || /^[-#\d\s]*$/.test(cells.join(''))) continue;
        const raw = lines.source.lineAt(i);
        const at = Math.max(0, raw.indexOf(cellText));
        last = makeItem(lines, i, cellText, at, 'table-row', byName);
        push(last);
        continue;
      }
      // HTML comments and other raw HTML are not items (an HTML `<li>` list is, tags removed).
      if (li.block === 'html' && !/<li\b/i.test(li.content)) continue;
      if (li.block === 'blank' || li.block === 'code' || li.block === 'heading' || li.block === 'thematic') {
        if (li.block !== 'blank') last = null;
        if (li.block === 'heading' || li.block === 'thematic') bucket = li.block === 'heading' ? bucketField(lines, i, li.content) : null;
        continue;
      }
      const text = li.block === 'html' ? li.content.replace(/<[^>]*>/g, '').trim() : li.content;
      if (text === '') continue;
      if (li.listItemStart) {
        if (openItemDepth > 0 && li.listDepth > openItemDepth && last) {
          last.endLine = i;
          continue;
        }
        const plain = stripMarkup(text);
        if (isIntro(plain)) {
          bucket = bucketField(lines, i, plain);
          openItemDepth = 0;
          last = null;
          continue;
        }
        last = makeItem(lines, i, text, li.contentStart, li.ordered ? 'numbered' : 'list-item');
        push(last);
        openItemDepth = li.listDepth;
        continue;
      }
      // A lessons-learned section stands for the measures only through its lists: its
      // plain lines are prose.
      const label = /:\s*$/.test(stripMarkup(text)) ? bucketField(lines, i, stripMarkup(text)) : null;
      if (label) {
        bucket = label;
        continue;
      }
      // "The following steps:" opens a new list: the bucket before it ends.
      if (li.listDepth === 0 && isIntro(stripMarkup(text))) bucket = null;
      if (hasList || s.kind !== kind) {
        if (last && li.listDepth > 0) last.endLine = i;
        continue;
      }
      if (isIntro(stripMarkup(text))) {
        bucket = null;
        continue;
      }
      last = makeItem(lines, i, text, li.contentStart, 'plain');
      push(last);
    }
  }
  return items;
}
