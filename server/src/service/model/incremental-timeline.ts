/**
 * The timeline's entries of a new version from those of the previous one, entry by entry:
 * reading resumes at the last checkpoint before the edit (see TimelineCheckpoint in
 * model/timeline.ts: a point that depends on nothing before it but the day in force) and
 * stops at the first checkpoint after the edit where the previous reading was in the same
 * state; the entries before and after are the previous ones (moved when lines moved). An
 * edit inside a timeline of thousands of entries reads a few lines, not the section.
 */
import type { DocumentLines } from '../parse/document-lines';
import { extractTimeline, type TimelineCheckpoint, type TimelineExtract } from './timeline';
import { deepEqual, detachStrings, equalShifted, lineMap, shiftLines, type LineEdit } from './incremental-lines';
import type { DateFact, Section, TimelineEntry } from './schema';

/** The checkpoints of one reading, in line order (parallel lists: thousands per document). */
class Checkpoints {
  readonly section: number[] = [];
  readonly line: number[] = [];
  readonly day: (DateFact | null)[] = [];
  readonly entries: number[] = [];
  readonly untimed: number[] = [];

  get length(): number { return this.line.length; }

  push(section: number, line: number, day: DateFact | null, entries: number, untimed: number): void {
    this.section.push(section);
    this.line.push(line);
    this.day.push(day);
    this.entries.push(entries);
    this.untimed.push(untimed);
  }

  /** Checkpoints [from, to) of `other`, lines moved by `map` and counts by the given amounts. */
  copy(other: Checkpoints, from: number, to: number, map: ((line: number) => number) | null, entries = 0, untimed = 0): void {
    for (let k = from; k < to; k++) {
      const day = other.day[k] ?? null;
      this.push(other.section[k] ?? 0, map ? map(other.line[k] ?? 0) : other.line[k] ?? 0, map && day ? shiftLines(day, map) : day, (other.entries[k] ?? 0) + entries, (other.untimed[k] ?? 0) + untimed);
    }
  }

  /** Whether these checkpoints are `other`'s [from, to): the same lines, sections, counts and days (equal). */
  sameAs(other: Checkpoints, from: number, to: number): boolean {
    if (this.length !== to - from) return false;
    for (let k = 0; k < this.length; k++) {
      const o = from + k;
      if (this.line[k] !== other.line[o] || this.section[k] !== other.section[o] || this.entries[k] !== other.entries[o] || this.untimed[k] !== other.untimed[o]) return false;
      if (!deepEqual(this.day[k] ?? null, other.day[o] ?? null)) return false;
    }
    return true;
  }

  /** The index of the last checkpoint on a line before `line`, or -1. */
  lastBefore(line: number): number {
    let lo = 0;
    let hi = this.line.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.line[mid] ?? 0) < line) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

/** The checkpoints of each reading, by its list of entries (the same list when kept unmoved). */
const checkpointsOf = new WeakMap<readonly TimelineEntry[], Checkpoints>();

/** The timeline read in full, its checkpoints kept for the next version. */
export function readTimeline(lines: DocumentLines, sections: readonly Section[]): TimelineExtract {
  const cps = new Checkpoints();
  const read = extractTimeline(lines, sections, {
    checkpoint: (c) => {
      cps.push(c.section, c.line, c.day, c.entries, c.untimed);
      return false;
    },
  });
  checkpointsOf.set(read.entries, cps);
  return read;
}

function moved<T>(list: readonly T[], map: ((line: number) => number) | null): T[] {
  return map ? list.map((x) => shiftLines(x, map)) : [...list];
}

/** The previous reading with its lines moved (the edit touched no timeline section). */
export function moveTimeline(previous: TimelineExtract, edit: LineEdit): TimelineExtract {
  if (edit.newEnd === edit.oldEnd) return previous;
  const map = lineMap(edit);
  const shift = (l: number): number => (l >= edit.oldEnd ? map(l) : l);
  const after = (x: { line: number }): boolean => x.line >= edit.oldEnd;
  const out = {
    entries: previous.entries.map((e) => (after(e) ? shiftLines(e, shift) : e)),
    untimed: previous.untimed.map((u) => (after(u) ? shiftLines(u, shift) : u)),
  };
  const old = checkpointsOf.get(previous.entries);
  if (old) {
    const cps = new Checkpoints();
    cps.copy(old, 0, old.length, shift);
    checkpointsOf.set(out.entries, cps);
  }
  return out;
}

/**
 * The timeline of the new lines, read again only from the last checkpoint before the edited
 * lines `window` (new line numbers) to the first one after it that matches the previous
 * reading. The sections are those of the previous version, moved (the caller checked).
 */
export function timelineAfter(previous: TimelineExtract, lines: DocumentLines, sections: readonly Section[], edit: LineEdit, window: { from: number; to: number }): TimelineExtract {
  const old = checkpointsOf.get(previous.entries);
  if (!old) return readTimeline(lines, sections);
  const map = lineMap(edit);
  const delta = edit.newEnd - edit.oldEnd;
  const start = old.lastBefore(window.from);
  const prefixEntries = start >= 0 ? old.entries[start] ?? 0 : 0;
  const prefixUntimed = start >= 0 ? old.untimed[start] ?? 0 : 0;
  // The checkpoints read again: the new reading's from the one it resumes at (old [start, ...)) to the matched one.
  const fresh = new Checkpoints();
  let j = start + 1;
  // The previous reading's checkpoint the new one met (set in the callback).
  const matched: { old: number }[] = [];
  const matches = (c: TimelineCheckpoint): boolean => {
    if (c.line < window.to) return false;
    const target = c.line - delta;
    while (j < old.length && (old.line[j] ?? 0) < target) j++;
    return j < old.length && old.line[j] === target && old.section[j] === c.section && equalShifted(c.day, old.day[j] ?? null, map);
  };
  const read = extractTimeline(lines, sections, {
    ...(start >= 0 ? { from: { section: old.section[start] ?? 0, line: old.line[start] ?? 0, day: old.day[start] ?? null } } : {}),
    checkpoint: (c) => {
      if (matches(c)) {
        matched.push({ old: j });
        return true;
      }
      fresh.push(c.section, c.line, c.day, c.entries + prefixEntries, c.untimed + prefixUntimed);
      return false;
    },
  });
  // What is read here is kept by the versions after this one: it must not hold this text.
  detachStrings(read);
  const entries = [...previous.entries.slice(0, prefixEntries), ...read.entries];
  const untimed = [...previous.untimed.slice(0, prefixUntimed), ...read.untimed];
  const m = matched[0];
  let cps: Checkpoints;
  if (m && delta === 0 && entries.length === (old.entries[m.old] ?? -1) && untimed.length === (old.untimed[m.old] ?? -1) && fresh.sameAs(old, Math.max(0, start), m.old)) {
    // Typing within the lines of an entry: the checkpoints are the previous ones, unchanged
    // (a copy of thousands of them was ~0.9 MB of garbage a keystroke at 10,000 lines).
    cps = old;
  } else {
    cps = new Checkpoints();
    cps.copy(old, 0, Math.max(0, start), null);
    cps.copy(fresh, 0, fresh.length, null);
  }
  if (m) {
    const fromEntry = old.entries[m.old] ?? 0;
    const fromUntimed = old.untimed[m.old] ?? 0;
    const shift = delta === 0 ? null : map;
    if (cps !== old) cps.copy(old, m.old, old.length, shift, entries.length - fromEntry, untimed.length - fromUntimed);
    entries.push(...moved(previous.entries.slice(fromEntry), shift));
    untimed.push(...moved(previous.untimed.slice(fromUntimed), shift));
  }
  const out = { entries, untimed };
  checkpointsOf.set(out.entries, cps);
  return out;
}
