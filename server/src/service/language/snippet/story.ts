/**
 * The fragments every template is built from, as snippet text. Every fact is a placeholder
 * the `placeholder` rule reports until it is filled: an instruction in brackets
 * (`[describe the impact ...]`), `hh:mm` for a time, `yyyy-mm-dd` for a due date. Only the
 * date (today's) and the zone (the user's choice) are given. Nothing here reads as an event
 * that happened. Repeated facts are mirrored: the summary's start and end are the first and
 * last timeline entries, each measure is the task that carries it out.
 */
import { DATE, lines, type SnippetBuilder } from './builder';

/** A time to fill in; `placeholder` reports `hh:mm`. */
export const TIME_TO_FILL = 'hh:mm';
/** A due date to fill in; `placeholder` reports `yyyy-mm-dd`. */
export const DATE_TO_FILL = 'yyyy-mm-dd';

/** One sentence with the date, start, end and zone, then the impact and the root cause to fill. */
export function summarySentence(b: SnippetBuilder): string {
  return (
    `On ${DATE}, from ${b.p('start', TIME_TO_FILL)} to ${b.p('end', TIME_TO_FILL)} ${b.zone()}, ` +
    `${b.p('impact', '[describe the impact: which service, how many users or requests, what they saw]')}. ` +
    `The root cause was ${b.p('cause', '[describe the root cause in one sentence]')}.`
  );
}

export function impactText(b: SnippetBuilder): string {
  return b.p('impact-detail', '[describe who was affected, how many, for how long, and what was lost or not lost]');
}

export function rootCauseText(b: SnippetBuilder): string {
  return b.p('root-cause', '[describe the root cause: what failed, and why it failed then]');
}

export function triggerText(b: SnippetBuilder): string {
  return b.p('trigger', '[describe the change or event that set the incident off]');
}

export function resolutionText(b: SnippetBuilder): string {
  return b.p('resolution', '[describe what was done to end the incident]');
}

export function detectionText(b: SnippetBuilder): string {
  return b.p('detection', '[describe how the incident was noticed, by whom or by which alert]');
}

/** A `## Timeline (ZONE)` section: the start, one step, the end, with times to fill. */
export function timelineSection(b: SnippetBuilder): string {
  return lines(
    `## Timeline (${b.zone()})`,
    '',
    `- ${DATE} ${b.p('start', TIME_TO_FILL)}: ${b.p('t-detect', '[describe the first sign of the incident and how it was detected]')}`,
    `- ${b.p('t2', TIME_TO_FILL)}: ${b.p('t2-text', '[describe the next step of the response]')}`,
    `- ${b.p('end', TIME_TO_FILL)}: ${b.p('t-resolve', '[describe how the incident was resolved]')}`,
  );
}

/** The measures, one per line; the tasks mirror them so each measure is covered. */
export function measureList(b: SnippetBuilder): string {
  return lines(`- ${measure1(b)}`, `- ${measure2(b)}`);
}

function measure1(b: SnippetBuilder): string {
  return b.p('measure-1', '[describe a measure that fixes the root cause]');
}

function measure2(b: SnippetBuilder): string {
  return b.p('measure-2', '[describe a measure that detects or limits the next incident]');
}

function owner(b: SnippetBuilder, n: number): string {
  return b.p(`owner-${n}`, '[name the owner]');
}

/** Checkbox tasks, each with an owner and a due date to fill. */
export function taskList(b: SnippetBuilder): string {
  return lines(
    `- [ ] ${measure1(b)} (owner: ${owner(b, 1)}, due ${b.p('due-1', DATE_TO_FILL)})`,
    `- [ ] ${measure2(b)} (owner: ${owner(b, 2)}, due ${b.p('due-2', DATE_TO_FILL)})`,
  );
}

/** The same tasks as a table (Google SRE style), with type and ticket columns. */
export function taskTable(b: SnippetBuilder): string {
  return lines(
    '| Action Item | Type | Owner | Due | Bug |',
    '| --- | --- | --- | --- | --- |',
    `| ${measure1(b)} | ${b.pick('type-1', ['prevent', 'mitigate', 'process'])} | ${owner(b, 1)} | ${b.p('due-1', DATE_TO_FILL)} | ${b.p('bug-1', '[link the ticket]')} |`,
    `| ${measure2(b)} | ${b.pick('type-2', ['mitigate', 'prevent', 'process'])} | ${owner(b, 2)} | ${b.p('due-2', DATE_TO_FILL)} | ${b.p('bug-2', '[link the ticket]')} |`,
  );
}
