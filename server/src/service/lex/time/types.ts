/**
 * What the time engine reads from the start of a timeline line. Offsets are UTF-16 indexes
 * into the string given to `matchEntryTime` (the model adds the line's content offset).
 */
export interface Span { start: number; end: number; text: string }

/** A calendar date as written. `year` is null when the text gives none (`14th February`). */
export interface DateValue extends Span {
  year: number | null;
  month: number; // 1-12
  day: number; // 1-31
  /** A weekday the text names (0 = Sunday), to check against the date. */
  weekday: number | null;
  /** True for `05/06/2023`-style dates that could be day-first or month-first. */
  ambiguous: boolean;
}

export type TimeStatus =
  /** A valid clock time. */
  | 'ok'
  /** Meant as a time but wrong: `3:AM`, `23:59 PM`, `13:20PM`. */
  | 'malformed'
  /** Deliberately unknown or relative: `[???]`, `2X:XX`, `≈04:23`, `T+5m`. Never an error. */
  | 'unknown';

export interface TimeToken extends Span {
  status: TimeStatus;
  /** 24-hour clock; null unless status is 'ok' (an approximate `≈04:23` keeps null too). */
  hour: number | null;
  minute: number | null;
  second: number | null;
  /** The meridiem as written, if any. */
  meridiem: 'am' | 'pm' | null;
  /** The zone written with the time (`EST`, `UTC`, `GMT+1`, `UTC-5`, `(WAT)`), if any. */
  zone: Span | null;
  /** A date written before or after the time on the same entry, if any. */
  date: DateValue | null;
  /** For a malformed time: why, and the evident correction when it is unambiguous. */
  problem?: string;
  suggestion?: string;
  /** Offset where the event text starts, after the separator (`:` `-` `–` `:-` `|`). */
  textStart: number;
}
