/** Sample lines and the texts the injection must scope on them (`[]`: nothing). */
export const TIME = 'constant.numeric.time.postmortem';
export const DATE = 'constant.numeric.date.postmortem';
export const MERIDIEM = 'constant.numeric.time.meridiem.postmortem';
export const ZONE = 'constant.language.timezone.postmortem';
export const DURATION = 'constant.numeric.duration.postmortem';
export const OWNER = 'variable.other.owner.postmortem';
export const DUE = 'string.other.due.postmortem';
export const PRIORITY = 'support.constant.priority.postmortem';
export const SEVERITY = 'support.constant.severity.postmortem';
export const TICKET = 'markup.underline.link.ticket.postmortem';
export const SUPPRESSION = 'comment.block.suppression.postmortem';
export const RULE = 'entity.name.tag.rule.postmortem';

export interface Case { line: string; scope: string; expected: string[] }

export const CASES: Case[] = [
  // timeline times at line start, with markers, dates and meridiems
  { line: '14:30 - Alert fired', scope: TIME, expected: ['14:30'] },
  { line: '- 12:30 PM EST: The issue was detected', scope: TIME, expected: ['12:30 PM'] },
  { line: '- 12:30 PM EST: The issue was detected', scope: MERIDIEM, expected: ['PM'] },
  { line: '- 12:30 PM EST: The issue was detected', scope: ZONE, expected: ['EST'] },
  { line: '> 1:00 PM: rollback', scope: TIME, expected: ['1:00 PM'] },
  { line: '1. 07:30:15 | paged', scope: TIME, expected: ['07:30:15'] },
  { line: '- [x] 9:00AM: done', scope: TIME, expected: ['9:00AM'] },
  { line: '**8:00 a.m.** - first report', scope: TIME, expected: ['8:00 a.m.'] },
  { line: '| 2100hrs | escalated |', scope: TIME, expected: ['2100hrs'] },
  { line: '- 2023-03-08 12:30: deploy', scope: TIME, expected: ['2023-03-08 12:30'] },
  { line: '- 2023-03-08 12:30: deploy', scope: DATE, expected: ['2023-03-08'] },
  { line: 'March 8th, 2023 12:30 PM - start', scope: DATE, expected: ['March 8th, 2023'] },
  { line: '[08:47] page sent', scope: TIME, expected: ['08:47'] },
  { line: 'The team met at 14:30 to discuss.', scope: TIME, expected: [] },
  // zones
  { line: 'From 12:30 to 14:30 UTC-5 (GMT+1, CEST)', scope: ZONE, expected: ['UTC-5', 'GMT+1', 'CEST'] },
  { line: 'All times in Europe/Berlin.', scope: ZONE, expected: ['Europe/Berlin'] },
  { line: 'A cost estimate was made.', scope: ZONE, expected: [] },
  // durations
  { line: 'The outage lasted 2h 5m, then 45 minutes of recovery.', scope: DURATION, expected: ['2h 5m', '45 minutes'] },
  { line: 'It took 1 hour and 30 minutes.', scope: DURATION, expected: ['1 hour and 30 minutes'] },
  { line: 'Version 2 of 5 modules.', scope: DURATION, expected: [] },
  // owners
  { line: '- [ ] Add alerting @alice and @sre-team/oncall.', scope: OWNER, expected: ['@alice', '@sre-team/oncall'] },
  { line: 'Mail ops@example.com', scope: OWNER, expected: [] },
  // due dates
  { line: 'Fix pool size due 2024-05-01, review by April 1', scope: DUE, expected: ['due 2024-05-01', 'by April 1'] },
  { line: 'Caused by the deploy', scope: DUE, expected: [] },
  // priorities and severities
  { line: 'P0: restore, P4 cleanup; not P5 or P10', scope: PRIORITY, expected: ['P0', 'P4'] },
  { line: 'Declared SEV1, later SEV-2; not SEV6', scope: SEVERITY, expected: ['SEV1', 'SEV-2'] },
  // tickets
  { line: 'Tracked in #123 and JIRA-456.', scope: TICKET, expected: ['#123', 'JIRA-456'] },
  { line: 'See page#12 and &#123; and UTC-5', scope: TICKET, expected: [] },
  // suppression comments
  { line: '<!-- postmortem-disable timeline-order placeholder -->', scope: SUPPRESSION, expected: ['<!-- postmortem-disable timeline-order placeholder -->'] },
  { line: '<!-- postmortem-disable timeline-order placeholder -->', scope: RULE, expected: ['timeline-order', 'placeholder'] },
  { line: '<!-- postmortem-disable-next-line task-owner -->', scope: RULE, expected: ['task-owner'] },
  { line: '<!-- an ordinary comment 12:30 @bob -->', scope: SUPPRESSION, expected: [] },
];

/** Lines in which nothing may be scoped by the injection: code and ordinary comments. */
export const QUIET: string[] = ['`12:30 @bob P1 #12`', '<!-- 12:30 @bob P1 #12 -->'];
export const QUIET_FENCE = ['```', '12:30 - @bob due 2024-05-01 P1 #12 45 minutes UTC', '```'];
