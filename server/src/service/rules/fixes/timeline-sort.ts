/**
 * The sort fix for timeline-order: a stable sort of the timeline's entries by instant that
 * moves whole entries (the entry's line and every line up to the next entry: continuation
 * lines, sub-bullets, the paragraphs under a heading entry) and keeps every line's text
 * exactly; the blank lines between entries stay where they are. Offered only when the
 * order it produces is unambiguous, and only when reading the sorted text again yields the
 * same entries in order (a move can change what an entry's time means: a zone or date it
 * took from the line above, a heading that now ends a section).
 */
import { SourceText, type TextEdit } from '../../text/source-text';
import type { DocumentLines } from '../../parse/document-lines';
import type { Postmortem, Section } from '../../model/schema';
import type { ResolvedConfig } from '../../config/schema';
import { parseMarkdown } from '../../parse/markdown';
import { buildModel } from '../../model/build';
import { resolveTimeline } from '../../derive/timeline/resolve';
import type { ResolvedTimeline } from '../../derive/timeline/types';

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
  if (!entrySection(model)) return 'the entries span several sections';
  const first = model.timeline[0]?.line ?? 0;
  const last = model.timeline[model.timeline.length - 1]?.line ?? 0;
  if (model.untimedEntries.some((u) => u.line > first && u.line < last)) return 'untimed entries sit between timed ones';
  return null;
}

/**
 * The one timeline section holding every entry. Not merely the first timeline section that
 * starts above them: with two timeline sections that one can end before the entries do,
 * and a unit cut at its end would run backwards.
 */
function entrySection(model: Postmortem): Section | undefined {
  const first = model.timeline[0]?.line ?? 0;
  const last = model.timeline[model.timeline.length - 1]?.line ?? 0;
  return model.sections.find((s) => s.kinds.includes('timeline') && s.contentStart <= first && last < s.end);
}

function units(model: Postmortem, tl: ResolvedTimeline, lines: DocumentLines, source: SourceText): Unit[] | null {
  const out: Unit[] = [];
  const sec = entrySection(model);
  if (!sec) return null;
  for (let k = 0; k < tl.entries.length; k++) {
    const r = tl.entries[k];
    if (!r?.point) return null;
    const next = tl.entries[k + 1]?.entry.line;
    let to = next !== undefined ? next - 1 : r.entry.markup === 'heading' ? sec.end - 1 : r.entry.endLine;
    while (to > r.entry.line && blank(source, to)) to--;
    if (to < r.entry.line) return null;
    for (let i = r.entry.line + 1; i <= to; i++) {
      // A heading inside a non-heading entry's lines is a sub-section: moving it would regroup text.
      if (lines.at(i)?.block === 'heading' && r.entry.markup !== 'heading') return null;
    }
    out.push({ from: r.entry.line, to, instant: r.point.instant });
  }
  return out;
}

/** Whether the text after the edit reads as the same number of timed entries, none out of order. */
function sortsCleanly(source: SourceText, edit: TextEdit, before: ResolvedTimeline, config: Pick<ResolvedConfig, 'timeZone'>): boolean {
  const text = source.text.slice(0, source.offsetAt(edit.range.start)) + edit.newText + source.text.slice(source.offsetAt(edit.range.end));
  const after = new SourceText(text);
  const tl = resolveTimeline(buildModel(after, parseMarkdown(text)).model, config);
  return tl.timed.length === before.timed.length && tl.timed.every((r) => r.anomaly !== 'order');
}

/**
 * Above this many characters no sort is offered: checking it means reading the whole sorted
 * document again (2-3 s of CPU and ~70 MB at 1 MB, in one step of a lint that other documents
 * wait behind), and a sort that is not checked is not offered (a sort can regroup text). The
 * finding then says to move the entry. 128 KB is where the server starts analysing in steps.
 */
export const SORT_REREAD_LIMIT = 128 * 1024;

/**
 * The edit that sorts the timeline, or null when it is in order, the sort is ambiguous, or
 * the sorted text would not read as an ordered timeline.
 */
export function sortTimelineEdit(model: Postmortem, tl: ResolvedTimeline, lines: DocumentLines, source: SourceText, config: Pick<ResolvedConfig, 'timeZone'>): TextEdit | null {
  if (source.text.length > SORT_REREAD_LIMIT) return null;
  const edit = candidateEdit(model, tl, lines, source);
  return edit && sortsCleanly(source, edit, tl, config) ? edit : null;
}

function candidateEdit(model: Postmortem, tl: ResolvedTimeline, lines: DocumentLines, source: SourceText): TextEdit | null {
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

export { ambiguity as sortAmbiguity, sortsCleanly as sortReadsInOrder };
