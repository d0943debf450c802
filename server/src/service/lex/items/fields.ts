/**
 * Reads the fields an action item or measure may carry (owner, due, priority, status,
 * tracking, type) from its text and, for a table row, its cells. Ranges are LSP ranges in
 * the document: `text` starts at (baseLine, baseChar).
 */
import type { Item, ItemField } from '../../model/schema';
import { findDue } from './due';
import { findPriority, findStatus, findTracking, findType } from './labels';
import { findOwner } from './owner';
import { writtenAsDone } from './actionability';
import { locator, type Hit } from './position';
import { Memo } from '../../text/memo';

export type ItemFields = Pick<Item, 'owner' | 'due' | 'priority' | 'status' | 'tracking' | 'type'>;

interface Hits {
  owner: Hit | null;
  due: Hit | null;
  priority: Hit | null;
  status: ItemFields['status'];
  tracking: Hit | null;
  type: ItemFields['type'];
}

// The readings depend only on the text and cells; positions are applied per call.
const hitsMemo = new Memo<Hits>();

export function extractItemFields(text: string, baseLine: number, baseChar: number, cells?: Record<string, string>): ItemFields {
  const hits = hitsMemo.get(cells ? `${text}\u0000${JSON.stringify(cells)}` : text, () => ({
    owner: findOwner(text, cells),
    due: findDue(text, cells),
    priority: findPriority(text, cells),
    status: findStatus(text, cells) ?? (writtenAsDone(text) ? 'done' : null),
    tracking: findTracking(text, cells),
    type: findType(text, cells),
  }));
  const loc = locator(text, baseLine, baseChar);
  const field = (hit: Hit | null): ItemField | null => (hit ? { text: hit.text, range: loc.range(hit.start, hit.end) } : null);
  return {
    owner: field(hits.owner),
    due: field(hits.due),
    priority: field(hits.priority),
    status: hits.status,
    tracking: field(hits.tracking),
    type: hits.type,
  };
}

/** A tracking field's label and its link target (only http(s) targets; null otherwise). */
export function parseTracking(text: string): { text: string; href: string | null } {
  const link = /^\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)$/.exec(text.trim());
  const label = link ? (link[1] ?? '') : text.trim();
  const target = link ? (link[2] ?? '') : text.trim();
  const href = /^https?:\/\/[^\s"'<>]+$/i.test(target) ? target : null;
  return { text: label || target, href };
}
