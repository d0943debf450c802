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

const TITLE = 'Checkout errors after a payment gateway configuration change';

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
    `- **Authors:** @${b.p('author-1', 'alice')}, @${b.p('author-2', 'bob')}`,
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
    `- ${b.p('lesson-1', 'Connection limits in configuration changes were deployed without validation.')}`,
    `- ${b.p('lesson-2', 'No alert watched payment gateway connections against the limit.')}`,
    '',
    timelineSection(b),
    '',
    '## Supporting information',
    '',
    `- ${b.p('support', 'Checkout error rate dashboard: https://dashboards.example.com/checkout')}`,
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
    `What happened: ${triggerText(b)} ${b.p('what-happened', 'Checkout requests then failed until the change was rolled back.')}`,
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
    `- Incident commander: @${b.p('commander', 'alice')}`,
    `- Subject matter expert: @${b.p('expert', 'bob')}`,
    '',
    timelineSection(b),
    '',
    '## What Went Well',
    '',
    `- ${b.p('went-well', 'Alerting on the checkout error rate detected the failures within two minutes.')}`,
    '',
    "## What Didn't Go So Well",
    '',
    `- ${b.p('went-badly', 'The configuration change reached every region at once, without validation of connection limits.')}`,
    '',
    '## Action Items',
    '',
    taskList(b),
    '',
    '## Messaging',
    '',
    `- Internal: ${b.p('msg-internal', 'Checkout was degraded and is fully restored; the follow-up work is tracked in the action items.')}`,
    `- External: ${b.p('msg-external', 'Some customers could not complete purchases for part of the day. The problem is fixed and no payment was charged twice.')}`,
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
    `${b.p('fault', 'The payment gateway rejected new connections once 20 were open.')} Root cause: ${rootCauseText(b)}`,
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
    b.p('response', 'The on-call engineer acknowledged the page, checked the gateway logs and escalated to the payments team.'),
    '',
    '## Recovery',
    '',
    resolutionText(b),
    '',
    timelineSection(b),
    '',
    '## Five whys',
    '',
    `1. ${b.p('why-1', 'Checkout failed because the payment gateway rejected new connections.')}`,
    `2. ${b.p('why-2', 'The gateway rejected connections because its limit had been lowered to 20.')}`,
    `3. ${b.p('why-3', 'The limit was lowered because a configuration change was deployed without validation.')}`,
    '',
    '## Lessons learned',
    '',
    `- ${b.p('lesson-1', 'Connection limits in configuration changes were deployed without validation.')}`,
    `- ${b.p('lesson-2', 'No alert watched payment gateway connections against the limit.')}`,
    '',
    '## Follow-up tasks',
    '',
    taskList(b),
    '$0',
  );
}
