/**
 * The span of days a timeline heading states (`## Timeline 07/27/2023 - 07/31/2023`): two
 * dates written in the heading itself. An entry dated before its first day contradicts it
 * (one after its last may be a follow-up, and is not reported).
 */
import type { DocumentLines } from '../../parse/document-lines';
import type { DateFact, Postmortem } from '../../model/schema';
import { findDates } from '../../lex/time/dates';
import { toDateFact } from '../../model/timeline';

export function headingDateRange(model: Postmortem, lines: DocumentLines): { from: DateFact; to: DateFact } | null {
  const tl = model.sections.find((s) => s.kinds.includes('timeline') && s.markup !== 'implicit');
  const li = tl ? lines.at(tl.line) : undefined;
  if (!tl || !li) return null;
  const dates = findDates(li.content).filter((d) => d.year !== null);
  const [from, to] = dates;
  if (dates.length !== 2 || !from || !to) return null;
  // Only a range: the two dates joined by a dash or "to".
  if (!/^\s*(?:-|–|—|to|until|through)\s*$/i.test(li.content.slice(from.end, to.start))) return null;
  return { from: toDateFact(from, tl.line, li.contentStart), to: toDateFact(to, tl.line, li.contentStart) };
}
