import type { Rule } from '../types';
import { summaryDuration } from './summary-duration';
import { summaryImpact } from './summary-impact';
import { summaryRootCause } from './summary-root-cause';
import { dateMismatch } from './date-mismatch';
import { durationMismatch } from './duration-mismatch';
import { weekdayMismatch } from './weekday-mismatch';
import { zoneDst } from './zone-dst';
import { timelineTimeFormat } from './timeline-time-format';
import { timelineMissingTime } from './timeline-missing-time';
import { timelineOrder } from './timeline-order';
import { timelineMidnight } from './timeline-midnight';
import { timelineTimezone } from './timeline-timezone';
import { timelineSummaryMismatch } from './timeline-summary-mismatch';
import { timelineDetection } from './timeline-detection';
import { timelineResolution } from './timeline-resolution';

/** Timeline, summary and date rules (issue: timeline and summary intelligence), in catalogue order. */
export const TIMELINE_RULES: readonly Rule[] = [
  summaryDuration,
  summaryImpact,
  summaryRootCause,
  dateMismatch,
  durationMismatch,
  weekdayMismatch,
  zoneDst,
  timelineTimeFormat,
  timelineMissingTime,
  timelineOrder,
  timelineMidnight,
  timelineTimezone,
  timelineSummaryMismatch,
  timelineDetection,
  timelineResolution,
];
