/**
 * Whether a section a profile names is there for a reader although the section reading did
 * not open it: a `Root cause:` label in the summary, a plain `Timeline` line the reading did
 * not take for a header, "Why did this happen?" as a heading. `section-missing` reports an
 * absence only when none of these is there.
 */
import type { DocumentLines } from '../../parse/document-lines';
import { classifySectionName } from '../../lex/section-names';
import type { Postmortem, SectionKind } from '../../model/schema';

// Indented code is read: whole write-ups indented by four spaces are text to their reader.
const SKIP = new Set(['blank', 'code', 'frontmatter', 'thematic', 'setext-underline']);
const LEADING_TIME = /^[\W_]{0,3}(?:\d{4}-\d\d-\d\d[ T,]+)?\d{1,2}[:.h]?\d\d\b/;

// Headers written as the question they answer: "Why did this happen?", "How I fixed it".
const QUESTIONS: Partial<Record<SectionKind, RegExp>> = {
  'root-cause': /^(?:why\b|what (?:caused|went wrong|triggered)\b)/i,
  resolution: /^(?:how\b.*\b(?:fix|fixed|resolv\w*|solv\w*|recover\w*|restor\w*|mitigat\w*)\b|what (?:fixed|resolved|we did)\b)/i,
  timeline: /^(?:when\b|what happened when\b)/i,
  impact: /^(?:affected\b|who (?:was|were|is|got) affected|(?:users?|customers?|clients?|services?|systems?) affected\b|(?:how many|what).*\baffected\b)/i,
};

/** The label a line gives itself: its text before a colon, or the whole short line, without markup. */
function labelOf(content: string): string | null {
  const text = content
    .replace(/<[^>]*>/g, ' ')
    .replace(/^#{1,6}\s*/, '')
    .replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, '')
    .replace(/[*_`]+/g, '')
    .trim();
  if (text === '') return null;
  const colon = text.indexOf(':');
  // A question asked as a label: "How many users were affected? One."
  const ask = text.indexOf('?');
  if (ask > 0 && ask <= 80 && (colon < 0 || ask < colon)) return text.slice(0, ask);
  if (colon > 0 && colon <= 60) return text.slice(0, colon);
  return text.split(/\s+/).length <= 8 ? text.replace(/[.?!]+$/, '') : null;
}

/**
 * The label names the kind, also with one word of its own before the name ("Specific
 * tasks", "Actionable tasks") or after it: this only silences a finding, so it may read
 * generously.
 */
function namesKind(label: string, kind: SectionKind): boolean {
  if (classifySectionName(label).includes(kind)) return true;
  const words = label.trim().split(/\s+/);
  const rest = words.slice(1).join(' ');
  // "Time to recovery: 5 minutes" is a figure, not a header.
  if (words.length < 2 || words.length > 4 || /^(?:to|of|for|from|in|on|at)\b/i.test(rest)) return false;
  // ... or one after it ("Recovery process", "Resolution steps").
  return classifySectionName(rest).includes(kind) || classifySectionName(words.slice(0, -1).join(' ')).includes(kind);
}

/**
 * Lines, anywhere, whose label names the kind (`Root Cause:`, `Tasks to address the issue`),
 * except a phase of the timeline: a label inside it with a timed entry right under it
 * (`- Root Cause Analysis` over `20:30 UTC - Developers pinpoint ...`) names a stretch of
 * the incident, not a section (a fix told only in the timeline lacks the section).
 */
function labelled(model: Postmortem, lines: DocumentLines, kind: SectionKind): boolean {
  const found = labelLines(lines, kind);
  if (kind === 'timeline' || found.length === 0) return found.length > 0;
  const timed = new Set(model.timeline.filter((e) => e.minutes !== null).map((e) => e.line));
  const inTimeline = (i: number): boolean => model.sections.some((s) => s.kinds.includes('timeline') && s.line < i && i < s.end);
  const phase = (i: number): boolean => {
    if (!inTimeline(i)) return false;
    for (let j = i + 1; j < lines.length; j++) {
      const lj = lines.at(j);
      if (!lj || lj.block === 'blank' || lj.content.trim() === '') continue;
      return timed.has(j);
    }
    return false;
  };
  return found.some((i) => !phase(i));
}

/** The lines (up to `limit`) whose label names the kind, whatever their markup. */
export function labelLines(lines: DocumentLines, kind: SectionKind, limit = Infinity): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length && out.length < limit; i++) {
    const li = lines.at(i);
    if (!li || SKIP.has(li.block) || li.content.length > 400) continue;
    const label = labelOf(li.content);
    if (!label) continue;
    const q = QUESTIONS[kind];
    if (namesKind(label, kind) || (q && label.split(/\s+/).length <= 8 && q.test(label))) out.push(i);
  }
  return out;
}

function timedLines(lines: DocumentLines): number {
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const li = lines.at(i);
    if (li && !SKIP.has(li.block) && LEADING_TIME.test(li.content.replace(/^\|\s*/, ''))) n++;
  }
  return n;
}

// "The issue was resolved by ...", "This was corrected by ...": how it was fixed, told.
const FIXED_BY = /\b(?:resolved|fixed|corrected|solved|remedied|rectified|mitigated|restored)\s+(?:it\s+|this\s+)?(?:by|through|via)\b|\bthe (?:fix|resolution|solution|remedy) (?:was|is|involved)\b/i;

/**
 * The root-cause section tells how it was fixed: the combined "Root cause and resolution"
 * of a student write-up, written under a "Root Cause" heading alone.
 */
function resolvedInRootCause(model: Postmortem, lines: DocumentLines): boolean {
  for (const s of model.sections) {
    if (!s.kinds.includes('root-cause')) continue;
    for (let i = s.contentStart; i < s.end; i++) if (FIXED_BY.test(lines.at(i)?.content ?? '')) return true;
  }
  return false;
}

// "The cause is", "occurred because", "caused by", "due to": the text says why.
const STATES_CAUSE = /\b(?:the (?:root )?cause (?:is|was)|caused by|(?:happened|occurred|failed|broke) because|because|due to|as a result of|resulted from)\b/i;

/**
 * A section headed "Description" (or "Issue description") that says why it happened: an
 * incident's description is its story with the cause, where a "Summary" is its digest. A
 * reviewer asks a summary that mentions the cause for the root-cause section, not this.
 */
function causeInDescription(model: Postmortem, lines: DocumentLines): boolean {
  for (const s of model.sections) {
    if (!s.kinds.includes('summary') || !/\bdescription\b/i.test(s.name) || /\b(?:summary|overview|brief)\b/i.test(s.name)) continue;
    for (let i = s.contentStart; i < s.end; i++) {
      const li = lines.at(i);
      if (li && li.block !== 'code' && STATES_CAUSE.test(li.content)) return true;
    }
  }
  return false;
}

// "Immediate actions included ...", "Short-term fixes:" over done work: what was done to end it.
const DONE_AT_ONCE = /^(?:immediate|short[- ]term)\s+(?:actions?|fix(?:es)?|steps?|remediation|measures?|response)\b\s*(?:(?:included|were|was|taken)\b|:|$)/i;
const DONE_ITEM = /^(?:we\s+)?[a-z]{3,}ed\b/i;

/**
 * The measures open with what was done at once to end the incident ("Immediate actions
 * included restarting ...", a "Short-term fixes:" label over done work): that is the
 * resolution, told in the measures' section.
 */
function resolvedInMeasures(model: Postmortem, lines: DocumentLines): boolean {
  for (const s of model.sections) {
    if (!s.kinds.includes('measures') && !s.kinds.includes('action-items')) continue;
    // (From the header itself: `#### Short-Term Fixes:` may be the section.)
    for (let i = s.line; i < s.end; i++) {
      const text = (lines.at(i)?.content ?? '').replace(/[*_`#]+/g, '').trim();
      if (!DONE_AT_ONCE.test(text)) continue;
      if (!/:\s*$/.test(text)) return true;
      // A label: the item under it tells done work (`Reverted the change.`).
      for (let j = i + 1; j < Math.min(s.end + 8, lines.length); j++) {
        const next = (lines.at(j)?.content ?? '').replace(/^[ivx]+[.)]\s*/i, '').replace(/[*_`]+/g, '').trim();
        if (next === '') continue;
        if (DONE_ITEM.test(next)) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * Tasks that are not also read as the measures (one list of intentions read both ways is no
 * task list), unless written as tasks: a checkbox, an owner, a due date, a tracking link.
 */
function ownTasks(model: Postmortem): number {
  const measures = new Set(model.measures.map((m) => m.line));
  return model.tasks.filter((t) => !measures.has(t.line) || t.checkbox !== null || t.owner !== null || t.due !== null || t.tracking !== null).length;
}

/**
 * Whether a reader finds a header or label of this kind that the section reading missed.
 * Content alone does not count: a root cause told only in the summary, a fix told only in
 * the timeline, still lack the section a reviewer asks for. Three things do: a timeline
 * written without a header (three or more lines that start with a clock time), one list of
 * actions for both measures and tasks (a task list, or two or more listed measures), and
 * the fix told in the root-cause section (a "Root cause and resolution" under half its name).
 */
export function answeredElsewhere(model: Postmortem, lines: DocumentLines, kind: SectionKind): boolean {
  if (labelled(model, lines, kind)) return true;
  const kinds = new Set(model.sections.flatMap((s) => s.kinds));
  switch (kind) {
    case 'summary':
      return model.sections.some((s) => s.markup === 'implicit');
    case 'timeline':
      return model.timeline.filter((e) => e.minutes !== null).length >= 2 || timedLines(lines) >= 3;
    case 'resolution':
      return kinds.has('response') || resolvedInRootCause(model, lines) || resolvedInMeasures(model, lines);
    case 'root-cause':
      return causeInDescription(model, lines);
    case 'measures':
      return kinds.has('action-items') || ownTasks(model) > 0 || labelled(model, lines, 'action-items');
    // Two or more listed measures are the list of actions a reader takes for the tasks; one
    // sentence of intent is not a task list.
    case 'action-items':
      return ownTasks(model) > 0 || model.measures.length >= 2;
    default:
      return false;
  }
}
