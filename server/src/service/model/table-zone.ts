/** The zone a timeline table states in its header row: `| Time (UTC) | Event |`, `| UTC time | ... |`. */
import type { DocumentLines } from '../parse/document-lines';
import { lineRange } from '../text/source-text';
import type { Postmortem, TimelineEntry } from './schema';

const HEADER_ZONE = /\((?:[A-Z]{2,5}|UTC|GMT)(?:\s?[+\-]\s?\d{1,2}(?::?\d\d)?)?\)|\b(?:UTC|GMT)\b/;

/** The header row over the first timeline entry written as a table row, when it names a zone. */
export function findTableZone(lines: DocumentLines, entries: readonly TimelineEntry[]): Postmortem['allTimesZone'] {
  const row = entries.find((e) => e.markup === 'table-row');
  if (!row) return null;
  for (let i = row.line - 1; i >= Math.max(0, row.line - 200); i--) {
    const li = lines.at(i);
    if (li?.block !== 'table') break;
    if (li.tableRow !== 0) continue;
    const m = HEADER_ZONE.exec(li.content);
    if (!m) return null;
    const text = m[0].replace(/^\(|\)$/g, '');
    const at = lines.source.lineAt(i).indexOf(m[0], li.contentStart);
    return { text, range: at < 0 ? null : lineRange(i, at, at + m[0].length) };
  }
  return null;
}
