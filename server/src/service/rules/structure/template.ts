/**
 * Placeholder and template text, found once per analysis and shared: the placeholder rule
 * reports it, and the rules that report an empty or missing part (summary-impact,
 * summary-duration, section-empty, section-duplicate) read it to tell a template's slot,
 * empty by design, from a report that forgot something.
 */
import { sectionOwners } from '../../model/section-owners';
import type { DocumentLines } from '../../parse/document-lines';
import type { Postmortem } from '../../model/schema';
import type { SourceText } from '../../text/source-text';
import { summaryLines } from '../../model/summary';

export type PlaceholderKind = 'word' | 'value' | 'mark' | 'instruction' | 'variable' | 'date' | 'time' | 'text' | 'slot';

const PATTERNS: { re: RegExp; what: string; kind: PlaceholderKind }[] = [
  { re: /\b(?:TODO|TBD|TBA|FIXME)\b/g, what: 'a placeholder word', kind: 'word' },
  { re: /\b(?:XXX+|YYY+|ZZZ+)\b/g, what: 'a placeholder value', kind: 'value' },
  // Question marks standing for a value (`Time to detect: ?`, `| ??? |`, `at ????`), not a
  // question's own marks (`why is this in the config????`).
  { re: /(?<=[:|][ \t]{0,40})\?+(?=\s*(?:$|\|))|(?<=^|[\s(\[])\?{3,}(?=$|[\s)\],.;|])/g, what: 'a placeholder for a value', kind: 'mark' },
  { re: /\[(?:insert|add|enter|your|describe|link|name|date)\b[^\]]*\]/gi, what: 'a template instruction', kind: 'instruction' },
  { re: /\{\{[^}]*\}\}/g, what: 'a template variable', kind: 'variable' },
  // A slot in angle brackets for the writer (`<Your name goes here>`, `<Include any short term
  // fix here.>`, `<Link to the recording here>`): HTML to Markdown, so it renders as nothing.
  { re: /<(?:your|insert|enter|add|put|include|describe|short|link|name|date|list)\b[^<>\n]{0,200}>/gi, what: 'a template instruction', kind: 'instruction' },
  // Guidance addressed to the writer: `List out the names of all people involved`.
  { re: /(?<=^\s*(?:[-*+]\s+)?)list (?:out|down) (?:the|all|any|every)\b[^.\n]*/gim, what: 'template guidance left in', kind: 'text' },
  { re: /\b(?:20xx|yyyy)-(?:mm|xx)-(?:dd|xx)\b/gi, what: 'a placeholder date', kind: 'date' },
  { re: /\bhh:mm\b/gi, what: 'a placeholder time', kind: 'time' },
  { re: /\b(?:must contain|should contain|is often what executives will read|lorem ipsum)\b/gi, what: 'assignment or template text left in', kind: 'text' },
  // The brief's own bullets, telling the writer what to put there: `list the duration along
  // with start and end times (include timezone)`, `close with root cause`, `do not sugarcoat`.
  { re: /\b(?:include (?:the )?time ?zones?|do not sugarcoat|itemized list of|close with (?:the )?root cause|short summary \(\d+ sentences?\)|give (?:a )?detailed explanation of|list the (?:duration|time ?zones?)|what are the things that can be improved|a list of tasks to address the issue|be brief and straight to the point)(?!\w)/gi, what: 'assignment or template text left in', kind: 'text' },
  // A template's guidance to the writer: what the section is to list, the samples it offers.
  { re: /^\s*list of (?:things|actions|items|steps|tasks|people|lessons)\b[^.]*\.|\bthese are (?:only )?(?:sample|example) (?:subheadings|headings|sections|items|entries)\b/gi, what: 'template guidance left in', kind: 'text' },
  // A stand-in name: `John Doe`, `Someone Fromtheteam`, `Firstname Lastname`.
  { re: /\b(?:John|Jane)\s+Doe\b|\bSomeone\s+From\s?the\s?team\b|\bFirst\s?name\s+Last\s?name\b/gi, what: 'a stand-in name', kind: 'value' },
  // A numbered stand-in for a task: `- [ ] Action item 1`, `1. Task 2`.
  { re: /(?<=^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]?\]\s+)?)(?:action item|task|item|step|follow[- ]?up)\s*#?\d{1,2}(?=\s*$)/gim, what: 'a template slot left unfilled', kind: 'slot' },
  // A slot named in brackets for the writer to fill: `By: (Names)`, `Owner: (Team)`.
  { re: /(?<=:\s{0,3})\((?:names?|owners?|authors?|teams?|people|date|time|link|description|details)\)(?=\s*$)/gi, what: 'a slot left unfilled', kind: 'slot' },
];

// One cheap test per line before the individual patterns: almost no line has any. (Plain
// literals: the patterns' look-behinds, joined into one regex, cost more than the patterns.)
const ANY = /<[a-z]|list out|list down|TODO|TBD|TBA|FIXME|XXX|YYY|ZZZ|\?|\[|\{\{|20xx|yyyy|hh:mm|contain|executives|lorem|list of|list the [dt]|include the time|include time|sugarcoat|itemized|close with|short summary|detailed explanation|things that can|address the issue|straight to|(?:item|task|step|up) ?#?\d|sample|example|doe\b|someone|first\s?name|\((?:name|owner|author|team|people|date|time|link|desc|detail)/i;

export interface PlaceholderMatch {
  line: number;
  start: number;
  end: number;
  text: string;
  what: string;
  kind: PlaceholderKind;
}

const cache = new WeakMap<DocumentLines, PlaceholderMatch[]>();

/** A status word at `at`: where the item's text starts (markup aside), or alone in a table cell. */
function statusWordAt(raw: string, at: number, length: number, itemStart: number | undefined): boolean {
  if (itemStart !== undefined && at >= itemStart && /^[\s*_[(]*$/.test(raw.slice(itemStart, at))) return true;
  const after = raw.slice(at + length);
  if (/^[*_]*\s*(?:\||$)/.test(after) && /\|\s*[*_]*$/.test(raw.slice(0, at))) return true;
  // Emphasised at the end of a cell, after its link (`[TRELLO](...) **TODO** |`, beside `**DONE**` rows).
  return /(?:\*\*|__)$/.test(raw.slice(0, at)) && /^(?:\*\*|__)\s*\|/.test(after);
}

/**
 * Every placeholder in the document's prose, one per place: a match inside another (the
 * `hh:mm` of `{{ hh:mm }}`) is the same slot, not a second one.
 */
export function placeholderMatches(model: Postmortem, lines: DocumentLines, source: SourceText): PlaceholderMatch[] {
  const hit = cache.get(lines);
  if (hit) return hit;
  // Read only when a line holds a `TODO` (rare): built on every keystroke, the map of every
  // item's start was ~0.5 MB of garbage a keystroke at 10,000 lines (sampled heap profile).
  let known: { headerLines: Set<number>; itemStarts: Map<number, number> } | undefined;
  const facts = (): { headerLines: Set<number>; itemStarts: Map<number, number> } => (known ??= {
    headerLines: new Set(model.sections.filter((s) => s.markup !== 'implicit').map((s) => s.line)),
    // Measures after tasks: a line that is both keeps the measure's start, as before.
    itemStarts: new Map([...model.tasks, ...model.measures].map((it) => [it.line, it.textRange.start.character])),
  });
  const out: PlaceholderMatch[] = [];
  const { from, to } = lines.present();
  for (let i = from; i < to; i++) {
    const li = lines.at(i);
    if (!li || li.block === 'blank' || li.block === 'code' || li.block === 'frontmatter') continue;
    const raw = source.lineAt(i);
    if (!ANY.test(raw)) continue;
    // A template's hint in an HTML comment (`<!-- in YYYY-MM-DD format -->`) is not rendered:
    // nothing of the template is left in. A `TODO` there is a note left for someone: still said.
    const hidden = raw.includes('<!--') ? raw.replace(/<!--.*?(?:-->|$)/g, (c) => ' '.repeat(c.length)) : raw;
    const onLine: PlaceholderMatch[] = [];
    for (const { re, what, kind } of PATTERNS) {
      const text = kind === 'word' ? raw : hidden;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const word = m[0];
        // `TODO` as a section name or as a task's status word is meaning, not a placeholder.
        // So is a bold `**TODO**:` before the task's words, and `TODO` alone in a table cell
        // (a Status column beside DONE rows).
        if (/^todo$/i.test(word) && (facts().headerLines.has(i) || statusWordAt(raw, m.index, word.length, facts().itemStarts.get(i)))) continue;
        onLine.push({ line: i, start: m.index, end: m.index + word.length, text: word, what, kind });
      }
    }
    for (const m of onLine) if (!onLine.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start)) out.push(m);
  }
  out.sort((a, b) => a.line - b.line || a.start - b.start);
  cache.set(lines, out);
  return out;
}

// Words a title template is made of: `# Title`, `Incident Title`, `Title of the incident: Date`.
// A date slot beside the name (`YYYY-MM-DD - Incident Title`) is part of the same template.
const TITLE_WORDS = new Set(['title', 'incident', 'issue', 'outage', 'of', 'the', 'an', 'a', 'postmortem', 'post-mortem', 'report', 'date', 'name', 'here', 'your', 'short', 'descriptive', 'yyyy', 'yy', 'mm', 'dd', 'hh']);

/** The title is itself a template's slot (`# Title`, `Title (incident)`, `Incident Title`). */
export function placeholderTitle(model: Postmortem): boolean {
  const t = model.title?.text ?? '';
  const words = t.toLowerCase().replace(/post-mortem/g, 'postmortem').replace(/[^a-z]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  const named = words.includes('title') || (words.includes('name') && (words.includes('incident') || words.includes('issue')));
  return named && words.every((w) => TITLE_WORDS.has(w));
}

// Kinds only a template carries (a filled-in report may keep a TODO, a TBD or a `?`).
const TEMPLATE_KINDS: ReadonlySet<PlaceholderKind> = new Set(['instruction', 'variable', 'date', 'time', 'text', 'value', 'slot']);

/**
 * The document is a template, or its summary is still one: two template placeholders
 * anywhere, a title that is a slot, or a placeholder in the summary itself. Its empty
 * sections and unstated facts are slots to fill, said below a warning.
 */
export function isTemplate(model: Postmortem, lines: DocumentLines, source: SourceText): boolean {
  const found = placeholderMatches(model, lines, source);
  if (placeholderTitle(model)) return true;
  if (found.filter((m) => TEMPLATE_KINDS.has(m.kind)).length >= 2) return true;
  const summary = new Set(summaryLines(lines, model.sections));
  return found.some((m) => summary.has(m.line) && TEMPLATE_KINDS.has(m.kind));
}

/**
 * Whether `line` sits in a section whose heading is a template slot (`### {{ action topic }}`):
 * what is under such a heading is the template's example text ("Steps for future."), not a
 * task of an incident, so the task rules say it below a warning. Innermost section wins.
 */
export function inSlotSection(model: Postmortem, lines: DocumentLines, source: SourceText): (line: number) => boolean {
  const slotHeaders = new Set(placeholderMatches(model, lines, source).filter((m) => TEMPLATE_KINDS.has(m.kind)).map((m) => m.line));
  const slots = model.sections.filter((s) => s.markup !== 'implicit' && slotHeaders.has(s.line));
  // A line that is itself the template's text (`itemized list of ways to prevent it`).
  if (slots.length === 0) return (line) => slotHeaders.has(line);
  const owners = sectionOwners(model, source.lineCount);
  return (line) => {
    if (slotHeaders.has(line)) return true;
    const s = model.sections[owners[line] ?? -1];
    return s !== undefined && s.markup !== 'implicit' && slotHeaders.has(s.line);
  };
}
