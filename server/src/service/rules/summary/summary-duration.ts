import type { Rule, RuleContext } from '../types';
import { extractSummary, leadLines, summaryLines } from '../../model/summary';
import { isTemplate } from '../structure/template';
import { findDuration } from '../../lex/time/durations';
import { factLines, headingSpanAfterSummary, malformedSummaryTime, quote, summaryAnchor, summaryFacts } from '../timeline/shared';
import { allMatches } from '../../text/matches';

/**
 * The summary should say when the incident started and ended, or how long it lasted. It is
 * looked for where a reader looks: the summary and impact sections, the fields at the top
 * (`**Date:** ...`), `Start Time:` / `End Time:` lines on lines of their own. A time that is
 * there but malformed (`3:AM`) is a format problem, not a missing time: no finding here;
 * nor where a labelled slot for the time or duration is there but unreadable or unfilled.
 */
const APPROXIMATE_CLOCK = /(?:\b(?:approx(?:imately|\.)?|around|about|roughly|circa)\s+|[~≈]\s?)(\d{1,2})[:.](\d{2})(?!\d)/gi;

/** The approximate clock times of the summary (`~15:23`, `approximately 15:23`), in minutes. */
function approximateTimes(ctx: RuleContext): number[] {
  const out: number[] = [];
  for (const i of summaryLines(ctx.lines, ctx.model.sections)) {
    for (const m of allMatches(ctx.lines.at(i)?.content ?? '', APPROXIMATE_CLOCK)) out.push(Number(m[1]) * 60 + Number(m[2]));
  }
  return out;
}

export const summaryDuration: Rule = {
  meta: {
    name: 'summary-duration',
    description: 'The summary gives no start and end time (or no duration) for the incident.',
    category: 'summary',
    defaultSeverity: 'warning',
    fixable: false,
    reads: ['document'],
  },
  check(ctx) {
    const s = summaryFacts(ctx.model, ctx.lines);
    if ((s.start && s.end) || s.duration) return;
    // The lead paragraph above a named summary says it ("from 16:58 to 18:46 UTC").
    const lead = extractSummary(ctx.lines, leadLines(ctx.lines, ctx.model.sections, ctx.model.title));
    if ((lead.start && lead.end) || lead.duration) return;
    const at = summaryAnchor(ctx.model, ctx.lines);
    if (!at || malformedSummaryTime(ctx.model, ctx.lines)) return;
    // A `Duration:` or `Start Time:` slot is there, written in words we cannot read or left
    // for the writer to fill (a template): the absence is not certain.
    if (!s.start && !s.end && factLines(ctx.model, ctx.lines).labels.length > 0) return;
    // The title states how long it lasted ("... for approximately 2 weeks"): a reader has it.
    // (Weeks are no unit of the duration lexer; a title's "for 2 weeks" says the length too.)
    if (ctx.model.title && (findDuration(ctx.model.title.text) || /\b\d+(?:\.\d+)?\s*(?:weeks?|wks?)\b/i.test(ctx.model.title.text))) return;
    if (headingSpanAfterSummary(ctx.model, ctx.source)) return;
    const what = s.start
      ? `gives the start ${quote(s.start.text)} but no end or duration`
      : s.end ? `gives the end ${quote(s.end.text)} but no start or duration` : 'gives no start, end or duration';
    // One end read, and an approximate time in the summary ("halted at approximately 15:23
    // UTC"), which the reading leaves unread by design: the other end may be that one.
    const read = s.start ?? s.end;
    const otherTime = (s.start !== null) !== (s.end !== null) && read !== null && approximateTimes(ctx).some((m) => m % 720 !== read.minutes % 720);
    ctx.report({
      // A template states no times by design: a slot to fill, said below a warning.
      ...(otherTime || isTemplate(ctx.model, ctx.lines, ctx.source) ? { uncertain: true } : {}),
      range: s.start?.range ?? s.end?.range ?? at,
      message: `The summary ${what} for the incident. State both ends with a zone, e.g. ${quote('from 12:30 PM to 2:30 PM EST')}, or how long it lasted.`,
    });
  },
};
