/**
 * Durations in prose: `lasted for 2 hours and 5 minutes`, `2h5m`, `one hour`, `1.5 hours`,
 * `2 hrs 30 mins`, `an hour and a half`, `1 day 8 hours`.
 *
 * Hand-written: the installed parsers read dates and times (chrono) or whole strings
 * (duration libraries take `"2h 5m"` as the entire input); none finds a duration phrase
 * with its offsets inside a sentence, which the duration-mismatch fix needs to replace it.
 */
import type { Span } from './types';

export interface DurationMatch extends Span { minutes: number }

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45,
  fifty: 50, sixty: 60, ninety: 90, half: 0.5,
};
// Number words must end at a word boundary: `and` is not `an` + `d`.
const WORDS = Object.keys(NUMBER_WORDS).filter((w) => w !== 'forty-five').join('|');
const NUM = String.raw`((?<![0-9.])\d+(?:\.\d+)?|\b(?:half an?|forty-five|${WORDS})\b)`;
const UNIT = String.raw`(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)`;
// One part: a number and a unit; a single-letter unit must be glued (`2h`, `45m`).
// `2 hours`, `2h`, and the adjective `45-minute` (`a 2 hour and 45-minute downtime`).
const PART = String.raw`${NUM}(?:\s*(?=[a-z]{2})|-(?=[a-z]{2})|(?=[a-z]))${UNIT}(?![a-z])`;
const SEQ = new RegExp(String.raw`${PART}(?:(?:\s*,?\s*(?:and\s+)?|\s*)(?:${PART}|(?:and\s+)?a\s+half(?![a-z])))*`, 'gi');
const PART_RE = new RegExp(PART, 'gi');
const CUE = /\b(?:lasted|lasting|for|duration|took|over|total(?:ling|ed)?|outage of|downtime of|within|after)\b[\s:]*(?:about|around|approximately|roughly|nearly|almost|over|just|~)?\s*$/i;

function unitMinutes(unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('d')) return 1440;
  if (u.startsWith('h')) return 60;
  if (u.startsWith('s')) return 1 / 60;
  return 1;
}

function numberValue(n: string): number {
  const w = n.toLowerCase();
  if (w.startsWith('half')) return 0.5;
  return NUMBER_WORDS[w] ?? Number(w);
}

function measure(text: string): { minutes: number; parts: number; glued: boolean } {
  let minutes = 0;
  let parts = 0;
  let glued = false;
  let lastUnit = 0;
  PART_RE.lastIndex = 0;
  for (let m = PART_RE.exec(text); m; m = PART_RE.exec(text)) {
    lastUnit = unitMinutes(m[2] ?? 'm');
    minutes += numberValue(m[1] ?? '0') * lastUnit;
    parts++;
    if ((m[2] ?? '').length === 1) glued = true;
  }
  if (/a\s+half$/i.test(text)) minutes += lastUnit / 2; // `an hour and a half`
  return { minutes, parts, glued };
}

/**
 * The first duration in `s`, preferring one introduced by a cue (`lasted`, `for`,
 * `duration:`). A bare single-letter form (`5m`) counts only after a cue or in a compound
 * (`2h5m`), since `5m users` means millions.
 */
export function findDuration(s: string, opts: { cued?: boolean } = {}): DurationMatch | null {
  let first: DurationMatch | null = null;
  SEQ.lastIndex = 0;
  for (let m = SEQ.exec(s); m; m = SEQ.exec(s)) {
    const text = m[0];
    const { minutes, parts, glued } = measure(text);
    // `cued`: the caller knows the text is a length (a table cell under a Duration column).
    const cued = opts.cued === true || CUE.test(s.slice(Math.max(0, m.index - 40), m.index));
    if (glued && parts === 1 && !cued) continue;
    if (/^(?:a|an)\s/i.test(text) && !cued) continue; // `an hour later` is not a duration
    const found = { start: m.index, end: m.index + text.length, text, minutes };
    if (cued) return found;
    first ??= found;
  }
  return first;
}

/** `2h 5m`, `45m`, `1d 8h`, `0m`. Rounds to whole minutes. */
export function formatDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  let rest = Math.round(Math.abs(minutes));
  const d = Math.floor(rest / 1440);
  rest -= d * 1440;
  const h = Math.floor(rest / 60);
  const m = rest - h * 60;
  const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
  return sign + (parts.length ? parts.join(' ') : '0m');
}
