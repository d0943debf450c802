import type { DateFact } from '../../model/schema';
import type { Fix, Report, Rule, RuleContext } from '../types';
import { frontMatterDate, isoOf } from '../../derive/timeline/dates';
import { quote, resolved } from '../timeline/shared';
import { postedDate } from './posted-date';
import { headingDateRange } from './heading-range';
import { fileDate } from './file-date';

interface Ymd { year: number | null; month: number; day: number }

function same(a: Ymd, b: Ymd): boolean {
  return a.month === b.month && a.day === b.day && (a.year === null || b.year === null || a.year === b.year);
}

function dayNumber(d: Ymd, year: number): number {
  return Date.UTC(d.year ?? year, d.month - 1, d.day) / 86_400_000;
}

/**
 * The text that writes `want` in the style of `have`: when only the year differs, the year
 * digits are swapped (`Dec 1, 2022` -> `Dec 1, 2023`); otherwise the other date as written.
 */
function restyle(have: DateFact, want: DateFact | string): string {
  if (typeof want === 'string') return want;
  if (have.year !== null && want.year !== null && have.month === want.month && have.day === want.day) {
    return have.text.replace(String(have.year), String(want.year));
  }
  return want.text;
}

/**
 * True when the range is a whole token: no letter or digit touches either end. The reader
 * can take a date out of a longer token (`March 11 1000` out of `March 11 10000`); a fix
 * there would replace part of a word and keep the rest, so none is offered.
 */
export function wholeToken(ctx: RuleContext, range: { start: { line: number; character: number }; end: { line: number; character: number } }): boolean {
  const before = ctx.source.lineAt(range.start.line).slice(0, range.start.character);
  const after = ctx.source.lineAt(range.end.line).slice(range.end.character);
  return !/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after);
}

function replaceFix(ctx: RuleContext, target: DateFact, by: DateFact | string, label: string): Fix[] {
  if (!wholeToken(ctx, target.range) || (typeof by !== 'string' && !wholeToken(ctx, by.range))) return [];
  const newText = restyle(target, by);
  return [{ title: `Replace ${quote(target.text)} with ${quote(newText)} (${label})`, edits: [{ range: target.range, newText }] }];
}

/**
 * An incident that runs over midnight has two dates: a title on the day after the summary's
 * (or before it) is no mismatch when the incident reaches that day: an entry or the
 * summary's end is dated on it, or the timeline runs past midnight.
 */
function spansBoth(ctx: RuleContext, title: Ymd, summary: Ymd): boolean {
  const year = summary.year ?? title.year ?? new Date().getFullYear();
  if (Math.abs(dayNumber(title, year) - dayNumber(summary, year)) !== 1) return false;
  const { model } = ctx;
  const dates: Ymd[] = [model.summary.start?.date, model.summary.end?.date, ...model.timeline.map((e) => e.date ?? e.day)].filter((d): d is DateFact => d !== null && d !== undefined);
  return dates.some((d) => same(d, title)) || resolved(ctx).rollovers > 0;
}

/**
 * A by-line (`Posted: January 21, 2024`) dated more than a day before the incident's date:
 * the report cannot come before what it reports, so one of the two dates is wrong.
 */
function postedBefore(ctx: RuleContext, incident: DateFact | null): void {
  if (!incident || incident.year === null || incident.ambiguous) return;
  const posted = postedDate(ctx.model, ctx.lines);
  if (!posted || posted.year === null) return;
  const days = dayNumber(incident, incident.year) - dayNumber(posted, posted.year);
  if (days <= 1) return;
  ctx.report({
    range: posted.range,
    message: `The report is dated ${quote(posted.text)}, ${days} days before the incident it reports (${quote(incident.text)}). Correct whichever date is wrong.`,
    related: [{ range: incident.range, message: `The incident's date: ${incident.text}` }],
  });
}

/** The timeline's dated entries reach the title's date (within a day) and none the summary's. */
function timelineSides(ctx: RuleContext, title: Ymd, summary: Ymd): boolean {
  const year = title.year ?? summary.year ?? new Date().getFullYear();
  const dated = ctx.model.timeline.map((e) => e.date ?? e.day ?? null).filter((d): d is DateFact => d !== null);
  const near = (a: Ymd, b: Ymd): boolean => Math.abs(dayNumber(a, year) - dayNumber(b, year)) <= 1;
  return dated.some((d) => near(d, title)) && !dated.some((d) => near(d, summary));
}

/** Both readings of a day-month-ambiguous date (`01-10-2024`), else the one. */
function readings(d: DateFact): Ymd[] {
  return d.ambiguous && d.day <= 12 ? [d, { year: d.year, month: d.day, day: d.month }] : [d];
}

/** An entry dated more than a day before the first day its timeline's heading states. */
function beforeHeadingRange(ctx: RuleContext): void {
  const span = headingDateRange(ctx.model, ctx.lines);
  if (!span || span.from.year === null) return;
  const year = span.from.year;
  // A heading date that settles the order (`01/16/2024` is month first) settles the entries'.
  const settled = !span.from.ambiguous || !span.to.ambiguous;
  const start = Math.min(...readings(span.from).map((d) => dayNumber(d, year)));
  const early = ctx.model.timeline.map((e) => e.date ?? e.day ?? null)
    .find((d): d is DateFact => d !== null && (settled ? [d] : readings(d)).every((r) => start - dayNumber(r, year) > 1));
  if (!early) return;
  ctx.report({
    range: span.from.range,
    message: `The timeline's heading starts it on ${quote(span.from.text)}, but an entry is dated ${quote(early.text)}, before that. Correct the heading's range or the entry's date.`,
    related: [{ range: early.range, message: 'the earlier entry' }],
  });
}

/** Title, summary, front matter and timeline should agree on the incident's date. */
export const dateMismatch: Rule = {
  meta: {
    name: 'date-mismatch',
    description: 'The title, summary, front matter or timeline disagree on the date of the incident.',
    category: 'summary',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['document'],
  },
  check(ctx) {
    const { model } = ctx;
    const title = model.title?.date ?? null;
    const summary = model.summary.date;
    const fm = frontMatterDate(model);
    if (fm) {
      const iso = isoOf(fm);
      for (const [d, where] of [[title, 'title'], [summary, 'summary']] as const) {
        if (!d || same(d, fm)) continue;
        ctx.report({
          range: d.range,
          message: `The ${where} says ${quote(d.text)} but the front matter's date is ${quote(iso)}. Correct the ${where}, or the front matter if it is wrong.`,
          fixes: replaceFix(ctx, d, iso, 'the front matter’s date'),
        });
      }
    } else if (title && summary && !same(title, summary) && !spansBoth(ctx, title, summary)) {
      // Point at the odd one out: the summary, when the timeline's dates side with the title.
      if (timelineSides(ctx, title, summary)) {
        ctx.report({
          range: summary.range,
          message: `The summary says ${quote(summary.text)} but the title and the timeline date the incident ${quote(title.text)}. Correct the summary's date.`,
          related: [{ range: title.range, message: `The title's date: ${title.text}` }],
          fixes: replaceFix(ctx, summary, title, 'the title’s date'),
        });
        postedBefore(ctx, title);
        beforeHeadingRange(ctx);
        return;
      }
      // The file's name, when it dates the incident, tells which of the two is the slip.
      const file = fileDate(ctx.path);
      if (file && same(file, summary) !== same(file, title)) {
        const [wrong, right, wrongName, rightName] = same(file, summary) ? [title, summary, 'title', 'summary'] as const : [summary, title, 'summary', 'title'] as const;
        ctx.report({
          range: wrong.range,
          message: `The ${wrongName} says ${quote(wrong.text)} but the ${rightName} and the file name date the incident ${quote(right.text)}. Correct the ${wrongName}'s date.`,
          related: [{ range: right.range, message: `The ${rightName}'s date: ${right.text}` }],
          fixes: replaceFix(ctx, wrong, right, `the ${rightName}’s date`),
        });
        postedBefore(ctx, right);
        beforeHeadingRange(ctx);
        return;
      }
      const r: Report = {
        range: title.range,
        message: `The title says ${quote(title.text)} but the summary says ${quote(summary.text)}. Make them agree on the incident's date.`,
        related: [{ range: summary.range, message: `The summary's date: ${summary.text}` }],
        fixes: [...replaceFix(ctx, title, summary, 'the summary’s date'), ...replaceFix(ctx, summary, title, 'the title’s date')],
      };
      ctx.report(r);
    }
    // The timeline: some dated entry should fall within a day of the incident's date.
    const ref: Ymd | null = fm ?? summary ?? title;
    postedBefore(ctx, fm ? null : summary ?? title);
    beforeHeadingRange(ctx);
    // An entry's own date, or the day marker above it (a date line or date heading).
    const dated = model.timeline.map((e) => e.date ?? e.day ?? null).filter((d): d is DateFact => d !== null);
    const first = dated[0];
    if (!ref || !first) return;
    const year = ref.year ?? new Date().getFullYear();
    const near = dated.some((d) => Math.abs(dayNumber(d, year) - dayNumber(ref, year)) <= 1);
    if (near) return;
    const refText = fm ? isoOf(fm) : (summary ?? title)?.text ?? '';
    const claim = fm ? null : summary ?? title;
    const file = fm ? null : fileDate(ctx.path);
    if (claim && file && !same(file, claim) && dated.some((d) => Math.abs(dayNumber(d, year) - dayNumber(file, year)) <= 1)) {
      // The file's name sides with the timeline: the title's (or summary's) date is the slip.
      const where = summary ? 'summary' : 'title';
      ctx.report({
        range: claim.range,
        message: `The ${where} dates the incident ${quote(claim.text)}, but the timeline (from ${quote(first.text)}) and the file name say otherwise. Correct the ${where}'s date.`,
        related: [{ range: first.range, message: `The timeline's first date: ${first.text}` }],
        fixes: first.year !== null ? replaceFix(ctx, claim, first, 'the timeline’s date') : [],
      });
      return;
    }
    const sides = file && claim && same(file, claim);
    ctx.report({
      range: first.range,
      message: sides
        ? `The timeline starts on ${quote(first.text)} but the ${summary ? 'summary' : 'title'} and the file name date the incident ${quote(refText)}. Correct the timeline's date.`
        : `The timeline starts on ${quote(first.text)} but the ${fm ? 'front matter' : summary ? 'summary' : 'title'} dates the incident ${quote(refText)}. Correct whichever is wrong.`,
      fixes: replaceFix(ctx, first, fm ? refText : (summary ?? title) ?? refText, 'the incident’s date'),
    });
  },
};
