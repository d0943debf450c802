/**
 * Zone resolution shared by the resolved timeline, the rules and the figures. resolveZone
 * (timezone-soft + Intl through luxon) is memoised per distinct zone text, year and
 * preference, and offsets per zone and date, so a keystroke on a 10,000-line timeline does
 * no Intl work per entry: a timeline has a handful of distinct zones and dates.
 */
import { resolveZone, zoneOffsetAt, type YMD, type ZoneInfo } from '../../lex/time/zones';

const zoneCache = new Map<string, ZoneInfo | null>();
const offsetCache = new Map<string, number | null>();

function bounded<K, V>(m: Map<K, V>, k: K, v: V): V {
  if (m.size > 4000) m.clear();
  m.set(k, v);
  return v;
}

/** `preferIana`: the configured IANA zone, which settles `IST`/`CST` when it is a candidate. */
export function zoneInfo(text: string, year: number, preferIana?: string): ZoneInfo | null {
  const key = `${text}|${year}|${preferIana ?? ''}`;
  const hit = zoneCache.get(key);
  if (hit !== undefined) return hit;
  const opts: { date: YMD; preferIana?: string } = { date: { year, month: 1, day: 1 } };
  if (preferIana) opts.preferIana = preferIana;
  return bounded(zoneCache, key, resolveZone(text, opts));
}

/** UTC offset in minutes of a resolved zone on a date (noon), or null when unknown. */
export function zoneOffset(info: ZoneInfo, date: YMD): number | null {
  const key = `${info.text}|${info.iana ?? ''}|${info.kind}|${info.daylight === true}|${date.year}-${date.month}-${date.day}`;
  const hit = offsetCache.get(key);
  if (hit !== undefined) return hit;
  return bounded(offsetCache, key, zoneOffsetAt(info, date));
}

/** The configured zone when it is an IANA name (used to settle ambiguous abbreviations). */
export function configuredIana(timeZone: string): string | undefined {
  return timeZone.includes('/') ? timeZone : undefined;
}
