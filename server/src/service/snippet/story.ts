/**
 * The sample incident every template tells, as snippet fragments. Defaults read as real
 * content (the `placeholder` rule must find nothing in an untouched template) and agree with
 * each other: the summary's start and end are mirrored into the first and last timeline
 * entries, every measure is mirrored into the task that covers it, and the date is today's.
 */
import { DATE, lines, type SnippetBuilder } from './builder';

/** One sentence with date, start, end, zone, quantified impact and root cause. */
export function summarySentence(b: SnippetBuilder): string {
  return (
    `On ${DATE}, from ${b.p('start', '14:00')} to ${b.p('end', '15:30')} ${b.zone()}, ` +
    `${b.p('impact', '20% of checkout requests to the payments service failed with HTTP 500 errors')}. ` +
    `The root cause was ${b.p('cause', "a configuration change that lowered the payment gateway's connection limit from 200 to 20")}.`
  );
}

export function impactText(b: SnippetBuilder): string {
  return b.p('impact-detail', 'About 4,000 customers could not complete a purchase; no payment was charged twice and no data was lost.');
}

export function rootCauseText(b: SnippetBuilder): string {
  return b.p(
    'root-cause',
    'A configuration change lowered the connection limit of the payment gateway from 200 to 20. Under normal checkout traffic the gateway ran out of connections and rejected new requests.',
  );
}

export function triggerText(b: SnippetBuilder): string {
  return b.p('trigger', 'The configuration change was deployed to all regions at once, shortly before the first errors.');
}

export function resolutionText(b: SnippetBuilder): string {
  return b.p('resolution', "The team rolled back the configuration change and restarted the gateway's connection pool.");
}

export function detectionText(b: SnippetBuilder): string {
  return b.p('detection', 'A monitoring alert on the checkout error rate paged the on-call engineer two minutes after the first errors.');
}

/** A `## Timeline (ZONE)` section: detection first, resolution last, in order. */
export function timelineSection(b: SnippetBuilder): string {
  return lines(
    `## Timeline (${b.zone()})`,
    '',
    `- ${DATE} ${b.p('start', '14:00')}: ${b.p('t-detect', 'A monitoring alert detected a rise in checkout errors and paged the on-call engineer')}.`,
    `- ${b.p('t2', '14:10')}: ${b.p('t2-text', 'The on-call engineer found that the payment gateway was rejecting new connections')}.`,
    `- ${b.p('t3', '14:40')}: ${b.p('t3-text', 'The team rolled back the configuration change')}.`,
    `- ${b.p('end', '15:30')}: ${b.p('t-resolve', 'Checkout error rates returned to normal and the incident was resolved')}.`,
  );
}

/** The measures, one per line; the tasks mirror them so each measure is covered. */
export function measureList(b: SnippetBuilder): string {
  return lines(`- ${measure1(b)}.`, `- ${measure2(b)}.`);
}

function measure1(b: SnippetBuilder): string {
  return b.p('measure-1', 'Validate connection limits in configuration changes before they are deployed');
}

function measure2(b: SnippetBuilder): string {
  return b.p('measure-2', 'Alert when payment gateway connections exceed 80% of the limit');
}

/** Checkbox tasks with an owner and a due date each. */
export function taskList(b: SnippetBuilder): string {
  return lines(
    `- [ ] ${measure1(b)} @${b.p('owner-1', 'payments-team')} due ${b.raw('due-1', DATE)}`,
    `- [ ] ${measure2(b)} @${b.p('owner-2', 'sre-team')} due ${b.raw('due-2', DATE)}`,
  );
}

/** The same tasks as a table (Google SRE style), with type and ticket columns. */
export function taskTable(b: SnippetBuilder): string {
  return lines(
    '| Action Item | Type | Owner | Due | Bug |',
    '| --- | --- | --- | --- | --- |',
    `| ${measure1(b)} | ${b.pick('type-1', ['prevent', 'mitigate', 'process'])} | @${b.p('owner-1', 'payments-team')} | ${b.raw('due-1', DATE)} | ${b.p('bug-1', 'PAY-101')} |`,
    `| ${measure2(b)} | ${b.pick('type-2', ['mitigate', 'prevent', 'process'])} | @${b.p('owner-2', 'sre-team')} | ${b.raw('due-2', DATE)} | ${b.p('bug-2', 'PAY-102')} |`,
  );
}
