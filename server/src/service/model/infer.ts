/**
 * Kinds for the sections a reader recognises without a known name: a heading that starts
 * with one ("The fault, in three layers", "Impact on branches and head office") or one whose
 * content is plainly a timeline (mostly lines that start with a time). Only `other` sections
 * are looked at, and what this infers is marked `inferred`: rules count it as present but
 * judge nothing else about it, and detection does not count it.
 */
import type { DocumentLines } from '../parse/document-lines';
import type { ModelSectionKind, Section } from './schema';
import { classifySectionName, normaliseName } from '../lex/section-names';
import { matchEntryTime } from '../lex/time/entry-time';

/** Words that may lead a heading before its key phrase ("The", "Our", "Full"). */
const LEADING = new Set(['the', 'a', 'an', 'our', 'my', 'full', 'detailed', 'brief', 'short', 'initial', 'overall', 'incident', 'issue', 'outage']);
const MAX_SCAN = 60;

/** The kind named by the first words of a longer name, or []. */
export function leadingKinds(name: string): ModelSectionKind[] {
  const words = normaliseName(name);
  let at = 0;
  while (at < words.length && LEADING.has(words[at] ?? '')) at++;
  // Try the longest run of up to four words from there that is a section name by itself.
  for (let n = Math.min(4, words.length - at); n >= 1; n--) {
    const head = words.slice(at, at + n);
    if (head.length === 0 || head.every((w) => LEADING.has(w))) continue;
    const kinds = classifySectionName(head.join(' '));
    if (kinds.length > 0 && n < words.length - at) return kinds;
  }
  return [];
}

/** Most of the section's content lines start with a clock time: a timeline whatever its name. */
function holdsTimeline(lines: DocumentLines, s: Section): boolean {
  let content = 0;
  let timed = 0;
  let ok = 0;
  for (let i = s.contentStart; i < Math.min(s.end, s.contentStart + MAX_SCAN); i++) {
    const li = lines.at(i);
    if (!li || li.block === 'blank' || li.block === 'code' || li.content === '' || (li.block === 'table' && li.tableRow < 2)) continue;
    if (li.listDepth > 1) continue;
    content++;
    // A table's time may sit in a later column (`| Moment | Time (UTC) |`).
    const texts = li.block === 'table' ? li.content.replace(/^\|/, '').split('|').slice(0, 3).map((c) => c.trim().replace(/^[*_`]+/, '')) : [li.content.replace(/^[*_`]+/, '')];
    const toks = texts.map((t) => matchEntryTime(t));
    if (toks.some((t) => t?.status === 'ok')) ok++;
    if (toks.some((t) => t !== null)) timed++;
  }
  return ok >= 3 && timed * 2 >= content;
}

export function inferKinds(lines: DocumentLines, sections: Section[]): Section[] {
  return sections.map((s) => {
    if (s.kind !== 'other' || s.markup === 'implicit') return s;
    const named = leadingKinds(s.name);
    if (named.length > 0) return { ...s, kind: named[0] ?? 'other', kinds: named, inferred: true };
    if (holdsTimeline(lines, s)) return { ...s, kind: 'timeline', kinds: ['timeline'], inferred: true };
    return s;
  });
}
