/**
 * The small snippets: one timeline entry, one action item, each section with a line of
 * content, and the suppression comments. Every fact is a placeholder the `placeholder` rule
 * reports until it is filled (see story.ts); only the date and the zone are given.
 */
import { DATE, ZONES, choice, lines, snippetBuilder, type SnippetBuilder } from './builder';
import {
  DATE_TO_FILL, TIME_TO_FILL, detectionText, impactText, measureList, resolutionText, rootCauseText, summarySentence, taskList,
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
  description: 'A timeline entry: its time, its time zone and what happened.',
  body: `- \${1:${TIME_TO_FILL}} ${choice(2, ZONES)}: \${3:[describe what happened at this time]}$0`,
};

const action: PartSnippet = {
  name: 'Action item',
  prefix: 'pm-action',
  description: 'An action item with an owner and a due date.',
  body: `- [ ] \${1:[describe the action]} (owner: \${2:[name the owner]}, due \${3:${DATE_TO_FILL}})$0`,
};

const actionRow: PartSnippet = {
  name: 'Action item table row',
  prefix: 'pm-action-row',
  description: 'A row for an action item table: item, type, owner, due date, ticket.',
  body: `| \${1:[describe the action]} | ${choice(2, ['prevent', 'mitigate', 'process'])} | \${3:[name the owner]} | \${4:${DATE_TO_FILL}} | \${5:[link the ticket]} |$0`,
};

/** The timeline section on its own: a detection and a resolution entry, today, times to fill. */
function timelineSection(b: SnippetBuilder): string {
  return lines(
    `- ${DATE} ${b.p('t1', TIME_TO_FILL)}: ${b.p('t1-text', '[describe the first sign of the incident and how it was detected]')}`,
    `- ${b.p('t2', TIME_TO_FILL)}: ${b.p('t2-text', '[describe how the incident was resolved]')}`,
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
  section('lessons', 'Lessons Learned', 'What the team learned.', (b) => `- ${b.p('lesson', '[describe what the team learned]')}`),
  section('supporting', 'Supporting information', 'Links to dashboards, logs and tickets.', (b) => `- ${b.p('support', '[link the dashboards, logs and tickets of the incident]')}`),
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
