/**
 * Time zones as people write them: `UTC`, `GMT-5`, `UTC+05:30`, `Z`, abbreviations (`EST`,
 * `IST`, `WAT`), IANA names and spelled names (`Eastern Time`). Abbreviations come from
 * timezone-soft's maintained table; offsets and daylight saving come from the platform's
 * IANA data through luxon (Intl). There is no hand-made offset or DST table here.
 */
import soft from 'timezone-soft';
import { DateTime, IANAZone } from 'luxon';

export interface YMD { year: number; month: number; day: number }
export interface YMDHM extends YMD { hour?: number; minute?: number }

/**
 * utc: `UTC`/`GMT`/`Z`; offset: `UTC+1`, `+05:30`; abbreviation: `EST`, `CEST` (one fixed
 * offset each); generic: `ET`, `PT` (follows the zone's DST); iana: `America/New_York`;
 * name: `Eastern Time`.
 */
export type ZoneKind = 'utc' | 'offset' | 'abbreviation' | 'generic' | 'iana' | 'name';

export interface ZoneInfo {
  text: string;
  /** The IANA zone (the preferred candidate when ambiguous); null for odd offsets like +05:30. */
  iana: string | null;
  /** The fixed offset at that date (abbreviations denote one offset); null when unknown. */
  offsetMinutes: number | null;
  /** True when the candidates disagree on the offset (IST, CST, BST, AST). */
  ambiguous: boolean;
  /** One IANA zone per distinct offset, the chosen one first. */
  candidates: string[];
  /** `UTC+3`-style: no zone rules, just an offset. */
  fixed: boolean;
  kind: ZoneKind;
  /** For an abbreviation: true when it names daylight-saving time (EDT, CEST, BST). */
  daylight?: boolean;
}

interface SoftEntry { iana: string; std: string; dst: string | null }

/**
 * timezone-soft orders candidates by population. In English-language incident reports CST
 * means US Central far more often than China Standard Time; this is a preference among the
 * library's own candidates, not an offset table. The result is still flagged ambiguous.
 */
const PREFERRED: Readonly<Record<string, string>> = { CST: 'America/Chicago' };
/** `ET`, `PT`...: the zone itself rather than one of its two offsets. */
const GENERIC = new Set(['ET', 'CT', 'MT', 'PT']);
const UTC_WORDS = new Set(['UTC', 'GMT', 'Z', 'ZULU', 'UT']);

const softCache = new Map<string, SoftEntry[]>();
function softLookup(text: string): SoftEntry[] {
  let hit = softCache.get(text);
  if (hit) return hit;
  hit = [];
  // The library can return null entries for names it half-knows: filter them out.
  for (const r of soft(text) as unknown[]) {
    if (r === null || typeof r !== 'object') continue;
    const e = r as { iana?: unknown; standard?: { abbr?: unknown }; daylight?: { abbr?: unknown } };
    if (typeof e.iana !== 'string' || typeof e.standard?.abbr !== 'string') continue;
    const dst = typeof e.daylight?.abbr === 'string' ? e.daylight.abbr : null;
    hit.push({ iana: e.iana, std: e.standard.abbr.toUpperCase(), dst: dst === null ? null : dst.toUpperCase() });
  }
  softCache.set(text, hit);
  return hit;
}

/** The UTC offset (minutes) of `iana` at a local date and time, via Intl. */
export function offsetAt(iana: string, d: YMDHM): number | null {
  const dt = DateTime.fromObject(
    { year: d.year, month: d.month, day: d.day, hour: d.hour ?? 12, minute: d.minute ?? 0 },
    { zone: iana },
  );
  return dt.isValid ? dt.offset : null;
}

/** Standard and daylight offsets of a zone in a year (equal when it keeps no DST). */
const stdDstCache = new Map<string, { std: number; dst: number } | null>();
function stdDst(iana: string, year: number): { std: number; dst: number } | null {
  const key = `${iana}@${year}`;
  const hit = stdDstCache.get(key);
  if (hit !== undefined) return hit;
  const r = computeStdDst(iana, year);
  stdDstCache.set(key, r);
  return r;
}

function computeStdDst(iana: string, year: number): { std: number; dst: number } | null {
  const jan = offsetAt(iana, { year, month: 1, day: 1 });
  const jul = offsetAt(iana, { year, month: 7, day: 1 });
  if (jan === null || jul === null) return null;
  return { std: Math.min(jan, jul), dst: Math.max(jan, jul) };
}

function canonicalIana(name: string): string | null {
  if (!IANAZone.isValidZone(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function thisYear(opts?: { date?: YMD }): number {
  return opts?.date?.year ?? new Date().getFullYear();
}

function fixedZone(text: string, minutes: number): ZoneInfo {
  const whole = minutes % 60 === 0 && Math.abs(minutes) <= 14 * 60;
  // Etc/GMT names invert the sign: UTC+1 is Etc/GMT-1.
  const h = Math.abs(minutes / 60);
  const iana = minutes === 0 ? 'UTC' : whole ? `Etc/GMT${minutes > 0 ? '-' : '+'}${h}` : null;
  return { text, iana, offsetMinutes: minutes, ambiguous: false, candidates: iana ? [iana] : [], fixed: true, kind: 'offset' };
}

const OFFSET = /^(?:UTC|GMT|UT)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i;

function parseOffset(t: string): number | null {
  const m = OFFSET.exec(t);
  if (!m) return null;
  // A bare `+5` is not a zone; `+05:30`, `+0530`, `UTC+5` are.
  if (!/^(?:UTC|GMT|UT)/i.test(t) && m[3] === undefined) return null;
  const h = Number(m[2]);
  const min = m[3] === undefined ? 0 : Number(m[3]);
  if (h > 14 || min % 15 !== 0 || min > 45) return null;
  return (m[1] === '+' ? 1 : -1) * (h * 60 + min);
}

/** Picks one entry: the caller's preference, then PREFERRED, then the table's first. */
function choose(entries: SoftEntry[], key: string, preferIana?: string): SoftEntry | undefined {
  const pref = preferIana ? canonicalIana(preferIana) ?? preferIana : undefined;
  return entries.find((e) => e.iana === pref)
    ?? entries.find((e) => e.iana === PREFERRED[key])
    ?? entries[0];
}

function resolveAbbreviation(text: string, upper: string, opts?: { date?: YMD; preferIana?: string }): ZoneInfo | null {
  const entries = softLookup(upper).filter((e) => e.std === upper || e.dst === upper);
  if (entries.length === 0) return null;
  const year = thisYear(opts);
  // Offset each candidate gives this abbreviation: its daylight offset if the abbreviation is
  // the zone's daylight name (EDT, or Dublin's IST), else its standard offset.
  const byOffset = new Map<number, string>();
  const offsetOf = (e: SoftEntry): number | null => {
    const sd = stdDst(e.iana, year);
    if (!sd) return null;
    return e.dst === upper && e.std !== upper ? sd.dst : sd.std;
  };
  const chosen = choose(entries, upper, opts?.preferIana);
  if (!chosen) return null;
  const chosenOffset = offsetOf(chosen);
  if (chosenOffset !== null) byOffset.set(chosenOffset, chosen.iana);
  for (const e of entries) {
    const off = offsetOf(e);
    if (off !== null && !byOffset.has(off)) byOffset.set(off, e.iana);
  }
  return {
    text,
    iana: chosen.iana,
    offsetMinutes: chosenOffset,
    ambiguous: byOffset.size > 1,
    candidates: [...byOffset.values()],
    fixed: false,
    kind: 'abbreviation',
    daylight: chosen.dst === upper && chosen.std !== upper,
  };
}

function zoneFollowingRules(text: string, iana: string, kind: ZoneKind, opts?: { date?: YMD }): ZoneInfo {
  let offset: number | null = null;
  if (opts?.date) offset = offsetAt(iana, opts.date);
  else {
    const sd = stdDst(iana, thisYear(opts));
    if (sd && sd.std === sd.dst) offset = sd.std;
  }
  return { text, iana, offsetMinutes: offset, ambiguous: false, candidates: [iana], fixed: false, kind };
}

const NAME = /^[A-Za-z][A-Za-z .'-]*\s(?:time|zone)$/i;
/**
 * The North American zone regions people write alone (`All times Pacific`): capitalised, the
 * whole text. Each is read as the spelled name (`Pacific Time`) through timezone-soft. Only
 * where a zone is already expected (a stated zone, a parenthesis): after a time, a capitalised
 * word is never taken for a zone unless it ends in `Time` (zone-span.ts).
 */
const REGION = /^(Pacific|Mountain|Central|Eastern|Alaska|Hawaii|Atlantic)$/;

/**
 * Resolves a zone as written, or null when it is not one (`ETA`, `DB`, `at`). Parentheses
 * around it are ignored: `(UTC)`.
 */
export function resolveZone(text: string, opts?: { date?: YMD; preferIana?: string }): ZoneInfo | null {
  return resolveWritten(text, text, opts) ?? zoneInPhrase(text, opts);
}

// Emphasis or code around the zone (`_GMT+3_`, `**UTC**`) is the writer's markup, not the zone's.
const MARKUP = /[*_`]+/g;
// The words an aside puts before its zone: `all times PST`, `All time West Africa Time`,
// `times shown in UTC` (the rest must then be a zone as a whole).
const LEAD = /^(?:.{0,30}?\bin\s+|(?:all\s+)?times?\s+(?:are\s+)?|all\s+)/i;
// Where an aside joins a zone to its gloss: `East African Time: GMT+3`, `UTC, relative to ...`, `... - EAT`.
const JOINS = /\s*[:,;]\s*|\s+[-–—]\s+/;
// An abbreviation spelled out with "time" after it: `GMT Time`, `WAT time`.
const ABBREV_TIME = /^([A-Z]{2,5})\s+[Tt]ime$/;

/**
 * A zone stated inside a phrase, as a heading's aside writes it (`Timeline (all times PST)`,
 * `(East African Time: _GMT+3_)`, `(all times UTC, relative to injection)`): without its
 * markup and lead words, the first of its joined parts that is a zone. Only a whole part
 * counts, so `all times approximate` or `see the UTC note` are not zones; an abbreviation
 * inside a phrase is written in capitals (`est` there is a word).
 */
function zoneInPhrase(text: string, opts?: { date?: YMD; preferIana?: string }): ZoneInfo | null {
  const plain = text.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim().replace(/^\((.*)\)$/, '$1').trim();
  if (plain.length === 0 || plain.length > 60) return null;
  for (const part of plain.split(JOINS)) {
    const p = part.replace(LEAD, '').trim();
    if (p === '' || p === text || (/^[A-Za-z]{2,6}$/.test(p) && p !== p.toUpperCase())) continue;
    const z = resolveWritten(text, p, opts) ?? resolveWritten(text, ABBREV_TIME.exec(p)?.[1] ?? '', opts);
    if (z) return z;
  }
  return null;
}

/** resolveZone's reading of `written` as one zone, reported with the text as given. */
function resolveWritten(text: string, written: string, opts?: { date?: YMD; preferIana?: string }): ZoneInfo | null {
  const t = written.trim().replace(/^\((.*)\)$/, '$1').trim();
  if (t.length === 0 || t.length > 60) return null;
  const upper = t.toUpperCase();
  if (UTC_WORDS.has(upper)) {
    if (upper === 'Z' && t !== 'Z') return null; // a lone lowercase z is a letter
    return { text, iana: 'UTC', offsetMinutes: 0, ambiguous: false, candidates: ['UTC'], fixed: true, kind: 'utc' };
  }
  const off = parseOffset(t);
  if (off !== null) return { ...fixedZone(text, off), kind: off === 0 ? 'utc' : 'offset' };
  if (t.includes('/')) {
    const iana = canonicalIana(t);
    if (iana) return zoneFollowingRules(text, iana, 'iana', opts);
    // `US/Pacific` misspelt (`UC/Pacific`): the region a reader reads in it.
    const region = REGION.exec(t.slice(t.lastIndexOf('/') + 1));
    return region ? resolveWritten(text, `${region[1]} Time`, opts) : null;
  }
  // `All times Pacific`: a North American region said alone, as `Pacific Time`.
  const region = REGION.exec(t);
  if (region) return resolveWritten(text, `${region[1]} Time`, opts);
  if (/^[A-Za-z]{2,6}$/.test(t)) {
    if (GENERIC.has(upper)) {
      const first = upper.charAt(0);
      const e = softLookup(upper).find((x) => x.std === `${first}ST` && x.dst === `${first}DT`);
      return e ? zoneFollowingRules(text, e.iana, 'generic', opts) : null;
    }
    return resolveAbbreviation(text, upper, opts);
  }
  if (NAME.test(t)) {
    const e = softLookup(t.toLowerCase())[0];
    if (!e) return null;
    // `Eastern Standard Time` and `British Summer Time` name one offset, like abbreviations.
    const standard = /\bstandard\s+time$/i.test(t);
    const daylight = /\b(?:daylight|summer)\s+time$/i.test(t);
    if (!standard && !daylight) return zoneFollowingRules(text, e.iana, 'name', opts);
    const sd = stdDst(e.iana, thisYear(opts));
    return {
      text, iana: e.iana, offsetMinutes: sd ? (daylight ? sd.dst : sd.std) : null, ambiguous: false,
      candidates: [e.iana], fixed: false, kind: 'abbreviation', daylight,
    };
  }
  return null;
}

/**
 * Whether `text` names a zone, as resolveZone would decide, without computing offsets
 * (no Intl work): the hot path only needs a yes or no.
 */
export function isZoneName(text: string): boolean {
  const t = text.trim();
  const upper = t.toUpperCase();
  if (/^[A-Za-z]{2,6}$/.test(t) && !UTC_WORDS.has(upper)) {
    if (GENERIC.has(upper)) return true;
    return softLookup(upper).some((e) => e.std === upper || e.dst === upper);
  }
  return resolveZone(t) !== null;
}

/**
 * The zone's UTC offset at a local date (and time, noon by default), following DST for
 * zones with rules (`America/New_York`, `ET`) and keeping the one offset an abbreviation or
 * a fixed offset denotes.
 */
export function zoneOffsetAt(info: ZoneInfo, date: YMDHM): number | null {
  if (info.kind === 'utc' || info.kind === 'offset' || info.iana === null) return info.offsetMinutes;
  if (info.kind === 'abbreviation') {
    const sd = stdDst(info.iana, date.year);
    return sd ? (info.daylight ? sd.dst : sd.std) : info.offsetMinutes;
  }
  return offsetAt(info.iana, date);
}

/**
 * Whether a standard/daylight abbreviation is right on a date: `EST` on 2023-07-04 in
 * America/New_York is wrong (expected `EDT`). Judged with Intl through luxon. Returns null
 * when the abbreviation names no zone with daylight saving (`WAT`, `IST` read as India), or
 * is `GMT`/`UTC` without `opts.iana` (GMT usually means UTC; pass `Europe/London` to check
 * it against BST).
 */
export function dstCheck(
  abbrev: string, date: YMD, opts?: { iana?: string },
): { ok: boolean; expected?: string; iana?: string } | null {
  const upper = abbrev.trim().toUpperCase();
  const want = opts?.iana ? canonicalIana(opts.iana) : null;
  if (UTC_WORDS.has(upper) && !want) return null;
  let entries = softLookup(upper === 'UTC' || upper === 'Z' ? 'GMT' : upper)
    .filter((e) => e.std === upper || e.dst === upper || (UTC_WORDS.has(upper) && e.std === 'GMT'));
  if (want) entries = entries.filter((e) => e.iana === want);
  const e = choose(entries, upper);
  if (!e || e.dst === null || e.dst === e.std) return null;
  const dt = DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: 12 }, { zone: e.iana });
  if (!dt.isValid) return null;
  const expected = dt.isInDST ? e.dst : e.std;
  return { ok: upper === expected || (UTC_WORDS.has(upper) && expected === 'GMT'), expected, iana: e.iana };
}
