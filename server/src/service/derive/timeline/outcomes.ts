/**
 * What each timeline entry says happened (detection, mitigation, resolution, an action that
 * did not work): one derived fact per analysis, read by the timeline rules, the figures and
 * through them the preview, instead of each re-detecting it from the entry's text. Each
 * reading is made on first ask and kept (most readers stop at the first entry that says it).
 */
import type { DocumentLines } from '../../parse/document-lines';
import type { Postmortem, TimelineEntry } from '../../model/schema';
import { saysDetection, saysMitigation, saysResolution } from './keywords';
import { saysDidNotWork, saysResolved } from './outcome';

export interface EntryOutcomes {
  /** The entry (index in `model.timeline`) says the incident was detected (keyword lists). */
  detection(index: number): boolean;
  mitigation(index: number): boolean;
  /** Resolution in the timeline's keywords only (`resolved`, `restored`). */
  resolution(index: number): boolean;
  /** Resolution in the keywords or in plain words (`back to normal`, `users can log in again`). */
  resolved(index: number): boolean;
  /** The entry says an action did not work (`the rollback did not fix it`). */
  didNotWork(index: number): boolean;
  /**
   * Resolution as a reader finds it: in the entry's whole first line (a label before the time
   * says it too), its continuation lines, and for an entry whose time stands alone (`### 13:06`)
   * the lines under it up to the next entry.
   */
  resolvedAsRead(index: number): boolean;
  /** An untimed line of the timeline (index in `model.untimedEntries`) says it was resolved. */
  untimedResolved(index: number): boolean;
}

/** One reading per entry, made once: 0 not yet read, 1 false, 2 true. */
function reading(n: number, read: (i: number) => boolean): (i: number) => boolean {
  const seen = new Uint8Array(n);
  return (i) => {
    const s = seen[i];
    if (s === undefined) return false;
    if (s !== 0) return s === 2;
    const v = read(i);
    seen[i] = v ? 2 : 1;
    return v;
  };
}

function entryWords(e: TimelineEntry, next: TimelineEntry | undefined, lines: DocumentLines): string {
  const parts = [lines.at(e.line)?.content ?? e.text];
  const stop = e.text.trim() === '' ? Math.min(next ? next.line : lines.length, e.line + 6) : e.endLine + 1;
  for (let i = e.line + 1; i < stop; i++) parts.push(lines.at(i)?.content ?? '');
  return parts.join(' ');
}

export function entryOutcomes(model: Postmortem, lines: DocumentLines | null): EntryOutcomes {
  const tl = model.timeline;
  // An entry whose time stands alone (`### 16:32` over a paragraph) says what its body says.
  const text = (i: number): string => {
    const e = tl[i];
    if (!e) return '';
    return e.text.trim() === '' && lines ? entryWords(e, tl[i + 1], lines) : e.text;
  };
  return {
    detection: reading(tl.length, (i) => saysDetection(text(i))),
    mitigation: reading(tl.length, (i) => saysMitigation(text(i))),
    resolution: reading(tl.length, (i) => saysResolution(text(i))),
    resolved: reading(tl.length, (i) => saysResolved(text(i))),
    didNotWork: reading(tl.length, (i) => saysDidNotWork(text(i))),
    resolvedAsRead: reading(tl.length, (i) => {
      const e = tl[i];
      return e !== undefined && saysResolved(lines ? entryWords(e, tl[i + 1], lines) : e.text);
    }),
    untimedResolved: reading(model.untimedEntries.length, (i) => saysResolved(model.untimedEntries[i]?.text ?? '')),
  };
}
