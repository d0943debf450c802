/**
 * The small snippets: one timeline entry, one action item, each section with a line of
 * content, and the suppression comments. Every default reads as real content.
 */
import { DATE, TIME, ZONES, choice, lines, snippetBuilder, type SnippetBuilder } from './builder';
import {
  detectionText, impactText, measureList, resolutionText, rootCauseText, summarySentence, taskList,
} from './story';

export interface PartSnippet {
  name: string;
  prefix: string;
  description: string;
  body: string;
}

function section(key: string, heading: string, description: string, content: (b: SnippetBuilder) => string): PartSnippet {
  const b = snippetBuilder();
  return { name: `Section: ${heading}`, prefix: `pm-section-${key}`, description, body: lines(`## ${heading}`, '', content(b), '$0') };
}

const timelineEntry: PartSnippet = {
  name: 'Timeline entry',
  prefix: 'pm-timeline-entry',
  description: 'A timeline entry at the current time, with its time zone.',
  body: `- \${1:${TIME}} ${choice(2, ZONES)}: \${3:The on-call engineer acknowledged the page}.$0`,
};

const action: PartSnippet = {
  name: 'Action item',
  prefix: 'pm-action',
  description: 'An action item with an owner and a due date.',
  body: `- [ ] \${1:Add an alert on payment gateway connections} @\${2:owner} due \${3:${DATE}}$0`,
};

const actionRow: PartSnippet = {
  name: 'Action item table row',
  prefix: 'pm-action-row',
  description: 'A row for an action item table: item, type, owner, due date, ticket.',
  body: `| \${1:Add an alert on payment gateway connections} | ${choice(2, ['prevent', 'mitigate', 'process'])} | @\${3:owner} | \${4:${DATE}} | \${5:OPS-101} |$0`,
};

/** The timeline section on its own: a detection and a resolution entry at the current time. */
function timelineSection(b: SnippetBuilder): string {
  return lines(
    `- ${DATE} ${b.raw('t1', TIME)}: ${b.p('t1-text', 'A monitoring alert detected the problem and paged the on-call engineer')}.`,
    `- ${b.raw('t2', TIME)}: ${b.p('t2-text', 'The fix was confirmed and the incident was resolved')}.`,
  );
}

const sections: PartSnippet[] = [
  section('summary', 'Issue Summary', 'The summary: date, start, end, zone, impact and root cause.', summarySentence),
  section('impact', 'Impact', 'The impact section.', impactText),
  {
    name: 'Section: Timeline',
    prefix: 'pm-section-timeline',
    description: 'The timeline, its zone in the heading, with a detection and a resolution entry.',
    body: lines(`## Timeline (${choice(2, ZONES)})`, '', timelineSection(snippetBuilder()), '$0'),
  },
  section('detection', 'Detection', 'How the incident was detected.', detectionText),
  section('root-cause', 'Root Cause', 'The root cause section.', rootCauseText),
  section('resolution', 'Resolution', 'How the incident was resolved.', resolutionText),
  section('root-cause-resolution', 'Root Cause and Resolution', 'Root cause and resolution in one section.', (b) => `${rootCauseText(b)} ${resolutionText(b)}`),
  section('measures', 'Corrective and Preventative Measures', 'The corrective and preventative measures.', measureList),
  section('tasks', 'Action Items', 'Action items with owners and due dates.', taskList),
  section('lessons', 'Lessons Learned', 'What the team learned.', (b) => `- ${b.p('lesson', 'Connection limits in configuration changes were deployed without validation.')}`),
  section('supporting', 'Supporting information', 'Links to dashboards, logs and tickets.', (b) => `- ${b.p('support', 'Checkout error rate dashboard: https://dashboards.example.com/checkout')}`),
];

const suppressions: PartSnippet[] = [
  {
    name: 'Disable a rule for the next line',
    prefix: 'pm-disable-next-line',
    description: 'Suppresses the named rules on the next line.',
    body: '<!-- postmortem-disable-next-line ${1:timeline-order} -->$0',
  },
  {
    name: 'Disable rules until re-enabled',
    prefix: 'pm-disable',
    description: 'Suppresses the named rules until `postmortem-enable`.',
    body: '<!-- postmortem-disable ${1:timeline-order} -->$0',
  },
  {
    name: 'Re-enable rules',
    prefix: 'pm-enable',
    description: 'Ends a `postmortem-disable` region.',
    body: '<!-- postmortem-enable -->$0',
  },
  {
    name: 'Disable the linter for the file',
    prefix: 'pm-disable-file',
    description: 'Turns the postmortem linter off for the whole file.',
    body: '<!-- postmortem-disable-file -->$0',
  },
];

export const PART_SNIPPETS: readonly PartSnippet[] = [timelineEntry, action, actionRow, ...sections, ...suppressions];
