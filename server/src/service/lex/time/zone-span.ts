/**
 * Finds a zone written right after a time (`12:30 PM EST`, `15:00 UTC`, `(UTC-5)`, `GMT+1`,
 * `12:30Z`, `10:00 Eastern Time`). Every candidate word is confirmed with resolveZone, so
 * `14:30 API down` or `09:00 ETA` do not take a zone.
 */
import type { Span } from './types';
import { isZoneName } from './zones';

const known = new Map<string, boolean>();
/** isZoneName, memoised: this runs on every timeline line. */
export function isZoneText(text: string): boolean {
  let hit = known.get(text);
  if (hit === undefined) {
    hit = isZoneName(text);
    if (known.size > 2000) known.clear();
    known.set(text, hit);
  }
  return hit;
}

const UTC_OFFSET = /(?:UTC|GMT)(?:\s?[+\-−]\d{1,2}(?::?\d{2})?)?(?![A-Za-z0-9])/iy;
const ABBREV = /[A-Z]{2,5}(?![A-Za-z0-9])/y;
const IANA = /[A-Z][a-z]+\/[A-Za-z_/+\-0-9]+/y;
const NAME = /(?:[A-Z][a-z]+\s){1,3}[Tt]ime(?![A-Za-z])/y;
const GLUED_PLUS = /\+\d{2}:?\d{2}(?![0-9])/y;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function sticky(re: RegExp, s: string, j: number): string | null {
  re.lastIndex = j;
  const m = re.exec(s);
  return m ? m[0] : null;
}

/**
 * The zone starting at `i` (after at most two spaces), with `end` just past it (past the
 * closing parenthesis for `(UTC)`). The span excludes the parentheses.
 */
export function zoneAfter(s: string, i: number): { zone: Span; end: number } | null {
  if (s.charCodeAt(i) === 90 /* Z */ && !isLetter(s.charCodeAt(i + 1))) {
    return { zone: { start: i, end: i + 1, text: 'Z' }, end: i + 1 };
  }
  // `+0100` glued to the time or after one space (`10:00:00 +0000`, as mail headers write it).
  const p = s.charCodeAt(i) === 43 /* + */ ? i : s.charCodeAt(i) === 32 && s.charCodeAt(i + 1) === 43 ? i + 1 : -1;
  if (p >= 0) {
    const plus = sticky(GLUED_PLUS, s, p);
    if (plus) return { zone: { start: p, end: p + plus.length, text: plus }, end: p + plus.length };
  }
  let j = i;
  while (j < i + 2 && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j++;
  const c = s.charCodeAt(j);
  if (c === 40 /* ( */) {
    const close = s.indexOf(')', j);
    if (close < 0 || close - j > 40) return null;
    const raw = s.slice(j + 1, close);
    const text = raw.trim();
    if (!text || !isZoneText(text)) return null;
    const start = j + 1 + raw.indexOf(text);
    return { zone: { start, end: start + text.length, text }, end: close + 1 };
  }
  if (!isLetter(c)) return null;
  const lower = c >= 97;
  const u = c | 32;
  // Cheap first-letter tests pick the one or two patterns that can match here.
  const utc = u === 117 || u === 103 ? sticky(UTC_OFFSET, s, j) : null;
  if (utc) return { zone: { start: j, end: j + utc.length, text: utc }, end: j + utc.length };
  if (lower) return null;
  const res = s.charCodeAt(j + 1) >= 97 ? [IANA, NAME] : [ABBREV];
  for (const re of res) {
    const m = sticky(re, s, j);
    if (m && isZoneText(m)) return { zone: { start: j, end: j + m.length, text: m }, end: j + m.length };
  }
  return null;
}
