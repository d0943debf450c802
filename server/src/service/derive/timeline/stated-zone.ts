/**
 * Whether a document states the zone of its times anywhere a reader would look: a time
 * written with a zone (`from 10:00 AM to 1:00 PM (UTC)`, `7:15pm (WAT)`), a parenthesised
 * zone beside times (`(SAST+2)`, `(UTC timezone)`), or a "time zone" line. The timeline rules
 * that report a missing zone call this before they do (it scans the document once, and only
 * then).
 */
import type { DocumentLines } from '../../parse/document-lines';
import { findTimes } from '../../lex/time/ranges';
import { isZoneText } from '../../lex/time/zone-span';
import { Memo } from '../../text/memo';
import { allMatches } from '../../text/matches';

/** Per line text: between keystrokes almost every line is unchanged. */
const lineMemo = new Memo<boolean>();

// `(SAST+2)`, `(UTC timezone)`, `(East African Time: GMT+3)`, `[EAT]`.
const BRACKETED = /[([]\s*(?:[^()[\]]{0,30}?[:\s])?([A-Z]{2,5}|UTC|GMT)(?:\s?[+\-−]\s?\d{1,2}(?::?\d\d)?)?(?:\s+time(?:\s?zone)?)?\s*[)\]]/g;
// `Time zone: EAT`, `Timezone - UTC`, `in the EAT timezone`.
const ZONE_WORD = /\btime\s?zone\b[\s:*_\-–]*([A-Z][A-Za-z/_+\-0-9]{1,30})|\b([A-Z]{2,5})\s+time\s?zone\b/gi;
const HAS_TIME = /\d{1,2}(?::\d\d|\s?[ap]\.?m\b|\d\d\s?hrs)/i;

function bracketed(s: string): boolean {
  for (const m of allMatches(s, BRACKETED)) if (m[1] && isZoneText(m[1])) return true;
  return false;
}

function zoneWord(s: string): boolean {
  for (const m of allMatches(s, ZONE_WORD)) {
    const z = m[1] ?? m[2];
    if (z && isZoneText(z.replace(/[.,;:]+$/, ''))) return true;
  }
  return false;
}

function lineStatesZone(s: string): boolean {
  if (zoneWord(s)) return true;
  return HAS_TIME.test(s) && (bracketed(s) || findTimes(s).some((t) => t.zone !== null));
}

export function documentStatesZone(lines: DocumentLines): boolean {
  for (let i = 0; i < lines.length; i++) {
    const li = lines.at(i);
    if (!li || li.block === 'code' || li.block === 'blank' || li.block === 'frontmatter') continue;
    if (lineMemo.get(li.content, () => lineStatesZone(li.content))) return true;
  }
  return false;
}
