/**
 * The sort fix for timeline-order: a stable sort of the timeline's entries by instant that
 * moves whole entries (the entry's line and every line up to the next entry: continuation
 * lines, sub-bullets, the paragraphs under a heading entry) and keeps every line's text
 * exactly; the blank lines between entries stay where they are. Offered only when the
 * order it produces is unambiguous.
 */
import type { SourceText, TextEdit } from '../text';
import type { DocumentLines } from '../model/lines';
import type { Postmortem } from '../model/schema';
import type { ResolvedTimeline } from './types';

interface Unit { from: number; to: number; instant: number }

function blank(source: SourceText, line: number): boolean {
  return /^[\s>]*$/.test(source.lineAt(line));
}

/** Why no sort is offered, or null when it is. */
function ambiguity(model: Postmortem, tl: ResolvedTimeline): string | null {
  if (tl.entries.length < 2) return 'fewer than two entries';
  if (tl.rollovers > 0) return 'the order depends on midnight crossings';
  if (tl.shifted) return 'meridiem-less times were read as PM';
  if (tl.entries.some((r) => r.point === null)) return 'some entries have no valid time';
  const dated = model.timeline.filter((e) => e.date !== null).length;
  if (dated !== 0 && dated !== model.timeline.length) return 'some entries carry a date from an entry above';
  if (model.timeline.some((e) => e.day)) return 'entries take their date from a day marker above them';
  if (model.timeline.some((e, k) => k > 0 && model.timeline[k - 1]?.line === e.line)) return 'several entries share a line';
  const secs = model.sections.filter((s) => s.kinds.includes('timeline'));
  const first = model.timeline[0]?.line ?? 0;
  const last = model.timeline[model.timeline.length - 1]?.line ?? 0;
  if (!secs.some((s) => s.contentStart <= first && last < s.end)) return 'the entries span several sections';
  if (model.untimedEntries.some((u) => u.line > first && u.line < last)) return 'untimed entries sit between timed ones';
  return null;
}

function units(model: Postmortem, tl: ResolvedTimeline, lines: DocumentLines, source: SourceText): Unit[] | null {
  const out: Unit[] = [];
  const sec = model.sections.find((s) => s.kinds.includes('timeline') && s.contentStart <= (model.timeline[0]?.line ?? 0));
  for (let k = 0; k < tl.entries.length; k++) {
    const r = tl.entries[k];
    if (!r?.point) return null;
    const next = tl.entries[k + 1]?.entry.line;
    let to = next !== undefined ? next - 1 : r.entry.markup === 'heading' ? (sec?.end ?? r.entry.endLine + 1) - 1 : r.entry.endLine;
    while (to > r.entry.line && blank(source, to)) to--;
    for (let i = r.entry.line + 1; i <= to; i++) {
      // A heading inside a non-heading entry's lines is a sub-section: moving it would regroup text.
      if (lines.at(i)?.block === 'heading' && r.entry.markup !== 'heading') return null;
    }
    out.push({ from: r.entry.line, to, instant: r.point.instant });
  }
  return out;
}

/** The edit that sorts the timeline, or null when it is in order or the sort is ambiguous. */
export function sortTimelineEdit(model: Postmortem, tl: ResolvedTimeline, lines: DocumentLines, source: SourceText): TextEdit | null {
  if (ambiguity(model, tl) !== null) return null;
  const us = units(model, tl, lines, source);
  if (!us || us.length < 2) return null;
  const sorted = us.map((u, i) => ({ u, i })).sort((a, b) => a.u.instant - b.u.instant || a.i - b.i).map((x) => x.u);
  if (sorted.every((u, i) => u === us[i])) return null;
  const eol = source.eol;
  const text = (u: Unit): string => {
    const out: string[] = [];
    for (let i = u.from; i <= u.to; i++) out.push(source.lineAt(i));
    return out.join(eol);
  };
  let newText = '';
  for (let k = 0; k < us.length; k++) {
    const slot = us[k];
    const u = sorted[k];
    if (!slot || !u) return null;
    newText += text(u);
    const nextSlot = us[k + 1];
    if (nextSlot) {
      const gap: string[] = [];
      for (let i = slot.to + 1; i < nextSlot.from; i++) gap.push(source.lineAt(i));
      newText += eol + gap.map((g) => g + eol).join('');
    }
  }
  const firstUnit = us[0];
  const lastUnit = us[us.length - 1];
  if (!firstUnit || !lastUnit) return null;
  return {
    range: { start: { line: firstUnit.from, character: 0 }, end: { line: lastUnit.to, character: source.lineAt(lastUnit.to).length } },
    newText,
  };
}

export { ambiguity as sortAmbiguity };
