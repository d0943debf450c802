/**
 * One full postmortem template per built-in profile, in snippet syntax. Headings are ATX
 * level 2 under a level-1 title that names the document ("Postmortem: ..."), so detection
 * and section recognition need no guessing.
 */
import { DATE, lines, snippetBuilder } from './builder';
import {
  detectionText, impactText, measureList, resolutionText, rootCauseText, summarySentence,
  taskList, taskTable, timelineSection, triggerText,
} from './story';

export type TemplateProfile = 'default' | 'google-sre' | 'pagerduty' | 'atlassian';

/** The title tab stop's default when a snippet inserts the template (the command fills it). */
const TITLE = '[name the incident in a few words]';

/** The seeds' format: summary, timeline, root cause and resolution, measures, tasks. */
export function defaultTemplate(): string {
  const b = snippetBuilder();
  return lines(
    `# Postmortem: ${b.title(TITLE)}`,
    '',
    '## Issue Summary',
    '',
    summarySentence(b),
    '',
    timelineSection(b),
    '',
    '## Root Cause and Resolution',
    '',
    `${rootCauseText(b)} ${resolutionText(b)}`,
    '',
    '## Corrective and Preventative Measures',
    '',
    measureList(b),
    '',
    '## Tasks',
    '',
    taskList(b),
    '$0',
  );
}

/** The template of Google's SRE book (appendix D), with an action item table. */
export function googleSreTemplate(): string {
  const b = snippetBuilder();
  return lines(
    `# Postmortem: ${b.title(TITLE)}`,
    '',
    `- **Date:** ${DATE}`,
    `- **Authors:** ${b.p('authors', '[name the authors]')}`,
    `- **Status:** ${b.pick('status', ['Draft', 'In review', 'Final'])}`,
    '',
    '## Summary',
    '',
    summarySentence(b),
    '',
    '## Impact',
    '',
    impactText(b),
    '',
    '## Root Causes',
    '',
    rootCauseText(b),
    '',
    // Trigger is a root-cause section to the linter; a second heading would be a duplicate.
    `Trigger: ${triggerText(b)}`,
    '',
    '## Resolution',
    '',
    resolutionText(b),
    '',
    '## Detection',
    '',
    detectionText(b),
    '',
    '## Action Items',
    '',
    taskTable(b),
    '',
    '## Lessons Learned',
    '',
    `- ${b.p('lesson-1', '[describe what went well or what the team learned]')}`,
    `- ${b.p('lesson-2', '[describe what went wrong or where the team got lucky]')}`,
    '',
    timelineSection(b),
    '',
    '## Supporting information',
    '',
    `- ${b.p('support', '[link the dashboards, logs and tickets of the incident]')}`,
    '$0',
  );
}

/**
 * PagerDuty's postmortem template, in the `pagerduty` profile's order. "What happened" is a
 * summary to the linter, so it is a labelled paragraph of the overview, not a second heading.
 */
export function pagerdutyTemplate(): string {
  const b = snippetBuilder();
  return lines(
    `# Postmortem: ${b.title(TITLE)}`,
    '',
    '## Overview',
    '',
    summarySentence(b),
    '',
    `What happened: ${triggerText(b)} ${b.p('what-happened', '[describe what happened next, until the incident ended]')}`,
    '',
    '## Root Cause',
    '',
    rootCauseText(b),
    '',
    '## Resolution',
    '',
    resolutionText(b),
    '',
    '## Impact',
    '',
    impactText(b),
    '',
    '## Responders',
    '',
    `- Incident commander: ${b.p('commander', '[name the incident commander]')}`,
    `- Subject matter expert: ${b.p('expert', '[name the subject matter experts]')}`,
    '',
    timelineSection(b),
    '',
    '## What Went Well',
    '',
    `- ${b.p('went-well', '[describe what went well in the response]')}`,
    '',
    "## What Didn't Go So Well",
    '',
    `- ${b.p('went-badly', '[describe what did not go well in the response]')}`,
    '',
    '## Action Items',
    '',
    taskList(b),
    '',
    '## Messaging',
    '',
    `- Internal: ${b.p('msg-internal', '[describe the message to the rest of the company]')}`,
    `- External: ${b.p('msg-external', '[describe the message to customers, if any]')}`,
    '$0',
  );
}

/** Atlassian's incident postmortem template. */
export function atlassianTemplate(): string {
  const b = snippetBuilder();
  return lines(
    `# Postmortem: ${b.title(TITLE)}`,
    '',
    '## Incident summary',
    '',
    summarySentence(b),
    '',
    '## Leadup',
    '',
    triggerText(b),
    '',
    // Fault is the root-cause section to the linter, so the root cause lives here rather than
    // under a second "Root cause" heading (a duplicate); the five whys lead up to it.
    '## Fault',
    '',
    `${b.p('fault', '[describe what failed and how it failed]')} Root cause: ${rootCauseText(b)}`,
    '',
    '## Impact',
    '',
    impactText(b),
    '',
    '## Detection',
    '',
    detectionText(b),
    '',
    '## Response',
    '',
    b.p('response', '[describe who responded, when, and what they did]'),
    '',
    '## Recovery',
    '',
    resolutionText(b),
    '',
    timelineSection(b),
    '',
    '## Five whys',
    '',
    `1. ${b.p('why-1', '[describe why the incident happened]')}`,
    `2. ${b.p('why-2', '[describe why that happened]')}`,
    `3. ${b.p('why-3', '[describe why that happened, down to the root cause]')}`,
    '',
    '## Lessons learned',
    '',
    `- ${b.p('lesson-1', '[describe what went well or what the team learned]')}`,
    `- ${b.p('lesson-2', '[describe what went wrong or where the team got lucky]')}`,
    '',
    '## Follow-up tasks',
    '',
    taskList(b),
    '$0',
  );
}
