/** The time engine: entry times, dates, zones, durations, ranges and clock helpers. */
export * from './types';
export { matchEntryTime } from './entry-time';
export { findDates, isoDate, weekdayOf, dateAt, type DateOptions } from './dates';
export { resolveZone, dstCheck, zoneOffsetAt, offsetAt, type ZoneInfo, type ZoneKind, type YMD, type YMDHM } from './zones';
export { findDuration, formatDuration, type DurationMatch } from './durations';
export { findTimes, findTimeRange, type TimeRange } from './ranges';
export { toMinutes, formatClock, to12h, from12h, inferStartHour, parseClockAt, type ClockCore, type Meridiem } from './clock';
