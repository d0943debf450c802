import type { Fix, Rule, RuleContext } from '../types';
import { lineRange } from '../../text/source-text';
import { factLines, quote, resolved, summaryFacts, timedCount, timelineSection } from './shared';
import { summaryLines } from '../../model/summary';
import type { Range } from '../../text/source-text';
import { documentStatesZone } from '../../derive/timeline/stated-zone';

/** The fix: ` (UTC)` after the timeline header's name (`## Timeline (UTC)`). */
function headerZoneFix(ctx: RuleContext, zone: string, label: string, preferred: boolean): Fix | null {
  const s = timelineSection(ctx.model);
  if (!s || s.markup === 'implicit' || s.name === '') return null;
  const line = ctx.source.lineAt(s.line);
  const at = line.indexOf(s.name, s.headerRange.start.character);
  if (at < 0) return null;
  const pos = at + s.name.length;
  // Writing the summary's zone changes no reading (it is already assumed): safe for fix-all.
  return { title: `Add ${quote(`(${zone})`)} to the timeline heading (${label})`, edits: [{ range: lineRange(s.line, pos, pos), newText: ` (${zone})` }], preferred, safe: false };
}

/** An ambiguous abbreviation the document does not settle with an offset. */
function settled(ctx: RuleContext, line: number | null): boolean {
  if (line === null) return false;
  const after = ctx.source.lineAt(line);
  return /\((?:UTC|GMT)\s?[+\-−]\s?\d/i.test(after);
}

// A clock time followed by one to four words ending in "Time" ("07:55 PM West Saudi Arabia
// Time"): a zone named in words. Bounded repetition, one pass: linear.
const NAMED_ZONE = /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?\s+)?((?:[A-Za-z]+\s+){1,4}time)\b/i;

/**
 * The first zone written in words after a time, when the reading found no zone at all: two
 * to five words, the first capitalised, none of them a function word ("for the first time",
 * "by lunch time" are not zones).
 */
function unknownNamedZone(text: string): string | null {
  const m = NAMED_ZONE.exec(text.length > 200_000 ? text.slice(0, 200_000) : text);
  const words = (m?.[1] ?? '').trim().split(/\s+/);
  if (words.length < 2 || !/^[A-Z]/.test(words[0] ?? '')) return null;
  if (words.some((w) => /^(?:the|a|an|for|at|of|in|on|by|to|this|that|next|first|last|same|lunch|dinner|down|up|run|response|real|any|some|each|every|local)$/i.test(w))) return null;
  return words.join(' ');
}

/** No zone for the timeline anywhere; zones mixed without offsets; an unsettled ambiguous zone. */
export const timelineTimezone: Rule = {
  meta: {
    name: 'timeline-timezone',
    description: 'The timeline has no time zone anywhere, mixes zones without offsets, or uses an ambiguous zone (IST, CST) the document does not settle.',
    category: 'timeline',
    defaultSeverity: 'warning',
    fixable: true,
    reads: ['document'],
  },
  check(ctx) {
    const { model } = ctx;
    if (timedCount(model) === 0) {
      untimedDocument(ctx);
      return;
    }
    const tl = resolved(ctx);
    const anyEntryZone = model.timeline.some((e) => e.zone !== null);
    const sec = timelineSection(model);
    // A zone stated in the summary, an "All times in X" line, a table header or beside any
    // time of the document is the zone a reader takes for the timeline: no finding then.
    if (!anyEntryZone && !model.sections.some((s) => s.kinds.includes('timeline') && s.zone) && !model.allTimesZone
      && !model.summary.zone && !model.tableZone && !documentStatesZone(ctx.lines)) {
      const fixes: Fix[] = [];
      const tz = ctx.config.timeZone.trim();
      // The configured zone when there is one; else UTC, offered but never applied unseen.
      const f = tz ? headerZoneFix(ctx, tz, 'the configured zone', true) : headerZoneFix(ctx, 'UTC', 'if the times are UTC', false);
      if (f) fixes.push(f);
      const first = model.timeline.find((e) => e.minutes !== null);
      const range = sec?.headerRange && sec.markup !== 'implicit' ? sec.headerRange : first?.timeRange ?? lineRange(0, 0, 0);
      // A zone written out in words we do not know ("7:55 PM West Saudi Arabia Time"): the
      // writer gave one, so "names no time zone" would be wrong; ask for a standard name.
      const named = unknownNamedZone(ctx.source.text);
      ctx.report(named
        ? { range, uncertain: true, fixes, message: `The timeline's zone is written as ${quote(named)}, which is not a zone name or offset this linter knows. Write a standard one, e.g. ${quote('Timeline (UTC+3)')} or ${quote('Asia/Riyadh')}.` }
        : { range, fixes, message: `The timeline names no time zone, and neither does the summary. Add one, e.g. ${quote('Timeline (UTC)')} or ${quote('12:30 PM EST')}.` });
    }
    // Zones mixed without offsets: two or more zones, one of which resolves to no offset.
    const zoned = tl.timed.filter((r) => r.entry.zone !== null && r.point?.zone);
    // Each zone as written once, then in capitals (in the order first written): a long
    // timeline writes a handful of zones thousands of times.
    const written = new Set<string>();
    // A run of entries in one zone adds it once (a Set's add hashes every string it is given:
    // ~1.5 ms a keystroke over 7,000 entries).
    let last: string | undefined;
    for (const r of zoned) {
      const text = r.entry.zone?.text;
      if (text === undefined || text === last) continue;
      written.add((last = text));
    }
    const distinct = new Set([...written].map((z) => z.toUpperCase()));
    if (distinct.size > 1) {
      const bad = zoned.find((r) => !r.point?.zone?.info || r.point.zone.info.offsetMinutes === null && r.point.zone.info.kind !== 'iana');
      if (bad?.entry.zone?.range) {
        ctx.report({
          range: bad.entry.zone.range,
          message: `The timeline mixes zones (${[...distinct].map((z) => quote(z ?? '')).join(', ')}) and ${quote(bad.entry.zone.text)} has no known offset. Write every entry in one zone, or give offsets such as ${quote('UTC+1')}.`,
        });
      }
    }
    // Ambiguous abbreviations (IST, CST) not settled by an offset or the configured zone.
    const reported = new Set<string>();
    for (const r of tl.timed) {
      const z = r.point?.zone;
      if (!z?.info?.ambiguous || reported.has(z.text.toUpperCase())) continue;
      const cfg = ctx.config.timeZone.trim();
      if (cfg && z.info.candidates.includes(z.info.iana ?? '') && z.info.iana === cfg) continue;
      if (settled(ctx, r.entry.zone ? r.entry.line : null)) continue;
      reported.add(z.text.toUpperCase());
      const range = r.entry.zone?.range ?? r.entry.timeRange;
      ctx.report({
        range,
        message: `${quote(z.text)} is ambiguous: it names ${z.info.candidates.slice(0, 3).join(', ')}; ${z.info.iana ?? 'the first'} is assumed. Write the offset, e.g. ${quote(`${z.text} (UTC${fmtOffset(z.info.offsetMinutes)})`)}, or set ${quote('postmortem.timeZone')}.`,
      });
    }
  },
};

/**
 * No timeline to carry a zone, but the summary (or a `Time:` field) gives the incident's
 * clock time, and no zone is written anywhere: the reader cannot place the incident in time.
 */
function untimedDocument(ctx: RuleContext): void {
  const { model } = ctx;
  const facts = summaryFacts(model, ctx.lines);
  if (facts.zone || model.allTimesZone || model.tableZone) return;
  const point = facts.start ?? facts.end;
  const at = point ? (point.zone ? null : { range: point.range, text: point.text }) : hoursTime(ctx);
  if (!at || documentStatesZone(ctx.lines) || unknownNamedZone(ctx.source.text)) return;
  ctx.report({
    range: at.range,
    message: `The incident's time ${quote(at.text)} names no time zone, and neither does any other line. Add one, e.g. ${quote(`${at.text} UTC`)}.`,
  });
}

// `21:00hrs`, `0930 hrs`: a military-style time the summary reading passes over.
const HOURS = /(?<![\w:.])\d{1,2}:?\d\d\s?hrs\b/i;

/** The first `21:00hrs` time in the summary or the fields a reader takes for its facts. */
function hoursTime(ctx: RuleContext): { range: Range; text: string } | null {
  const look = new Set([...summaryLines(ctx.lines, ctx.model.sections), ...factLines(ctx.model, ctx.lines).lines]);
  for (const i of [...look].sort((a, b) => a - b)) {
    const li = ctx.lines.at(i);
    const m = li ? HOURS.exec(li.content) : null;
    if (li && m) return { range: lineRange(i, li.contentStart + m.index, li.contentStart + m.index + m[0].length), text: m[0] };
  }
  return null;
}

function fmtOffset(m: number | null): string {
  if (m === null) return '+0';
  const sign = m < 0 ? '-' : '+';
  const a = Math.abs(m);
  return `${sign}${Math.floor(a / 60)}${a % 60 ? `:${String(a % 60).padStart(2, '0')}` : ''}`;
}
