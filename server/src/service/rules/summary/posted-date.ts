/**
 * The date a write-up says it was posted, published or written (`Posted: Sunday, January
 * 21, 2024`, `*Written 2025-03-02*`), read from the top of the document, where such a
 * by-line stands. A report cannot be posted before the incident it reports.
 */
import type { DocumentLines } from '../../parse/document-lines';
import type { DateFact, Postmortem } from '../../model/schema';
import { findDates } from '../../lex/time/dates';
import { toDateFact } from '../../model/timeline';

const BYLINE = /^(?:posted|published|written|date (?:posted|published|written))(?:\s+on)?\b\s*[:\-–]?\s*/i;
/** A by-line sits above the first section, or in the document's first lines. */
const TOP_LINES = 8;

export function postedDate(model: Postmortem, lines: DocumentLines): DateFact | null {
  const firstSection = model.sections.find((s) => s.markup !== 'implicit')?.line ?? lines.length;
  const stop = Math.min(lines.length, Math.max(firstSection, TOP_LINES));
  for (let i = 0; i < stop; i++) {
    const li = lines.at(i);
    if (!li || li.block === 'blank' || li.block === 'code' || li.block === 'frontmatter') continue;
    const plain = li.content.replace(/[*_`]/g, ' ').trim();
    const m = BYLINE.exec(plain);
    if (!m) continue;
    // Dates are read from the line as written, so their ranges are the line's own.
    const date = findDates(li.content).find((d) => d.year !== null && !d.ambiguous);
    return date ? toDateFact(date, i, li.contentStart) : null;
  }
  return null;
}
