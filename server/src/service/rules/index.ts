/**
 * The rule catalogue: every rule, in catalogue order (the order of the README's table and
 * of `--list-rules`). A rule lives in rules/<category>/<name>.ts, where <category> is its
 * `meta.category`; adding one is its file, one line here and its page docs/rules/<name>.md.
 */
import type { Rule } from './types';
import { headingSyntax } from './structure/heading-syntax';
import { headingEmpty } from './structure/heading-empty';
import { titleMissing } from './structure/title-missing';
import { sectionMissing } from './structure/section-missing';
import { sectionEmpty } from './structure/section-empty';
import { sectionDuplicate } from './structure/section-duplicate';
import { sectionOrder } from './structure/section-order';
import { sectionStyle } from './structure/section-style';
import { runOnList } from './structure/run-on-list';
import { placeholder } from './structure/placeholder';
import { indentedProse } from './structure/indented-prose';
import { checkboxSyntax } from './structure/checkbox-syntax';
import { frontMatterSchema } from './metadata/front-matter-schema';
import { lineTooLong } from './structure/line-too-long';
import { fileTooLarge } from './structure/file-too-large';
import { summaryDuration } from './summary/summary-duration';
import { summaryImpact } from './summary/summary-impact';
import { summaryRootCause } from './summary/summary-root-cause';
import { dateMismatch } from './summary/date-mismatch';
import { durationMismatch } from './summary/duration-mismatch';
import { weekdayMismatch } from './summary/weekday-mismatch';
import { zoneDst } from './summary/zone-dst';
import { timelineTimeFormat } from './timeline/timeline-time-format';
import { timelineMissingTime } from './timeline/timeline-missing-time';
import { timelineOrder } from './timeline/timeline-order';
import { timelineMidnight } from './timeline/timeline-midnight';
import { timelineTimezone } from './timeline/timeline-timezone';
import { timelineSummaryMismatch } from './timeline/timeline-summary-mismatch';
import { timelineDetection } from './timeline/timeline-detection';
import { timelineResolution } from './timeline/timeline-resolution';
import { measureWithoutTask } from './action-items/measure-without-task';
import { taskOwner } from './action-items/task-owner';
import { taskDueDate } from './action-items/task-due-date';
import { taskTracking } from './action-items/task-tracking';
import { taskActionable } from './action-items/task-actionable';
import { taskDuplicate } from './action-items/task-duplicate';
import { blamelessLanguage } from './language/blameless-language';
import { createSuppressionUnknownRule } from './metadata/unknown-rule';

const suppressionUnknownRule = createSuppressionUnknownRule(() => KNOWN_NAMES);

export const ALL_RULES: readonly Rule[] = [
  headingSyntax,
  headingEmpty,
  titleMissing,
  sectionMissing,
  sectionEmpty,
  sectionDuplicate,
  sectionOrder,
  sectionStyle,
  runOnList,
  placeholder,
  indentedProse,
  checkboxSyntax,
  frontMatterSchema,
  lineTooLong,
  fileTooLarge,
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
  measureWithoutTask,
  taskOwner,
  taskDueDate,
  taskTracking,
  taskActionable,
  taskDuplicate,
  blamelessLanguage,
  suppressionUnknownRule,
];

export const RULES_BY_NAME: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.meta.name, r]));

const KNOWN_NAMES: ReadonlySet<string> = new Set(RULES_BY_NAME.keys());
