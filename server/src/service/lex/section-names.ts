/**
 * Recognises a section by its name, whatever the markup around it: the corpus has thirteen
 * spellings of "Corrective and Preventative Measures", "preventive" beside "preventative",
 * ISSUE SUMMARY, "Tasks to Address the Issue", "Action Items & Followups", typos.
 *
 * A name matches when, after normalisation, it contains a section's key phrase and whatever
 * is left over is filler ("Issue", "Incident", "to address the issue"). That rejects prose
 * that happens to contain a key word ("Time to detection: 2 minutes", "Root cause and
 * resolution must contain:"). Typos are tolerated per word by edit distance.
 */
import { distance } from 'fastest-levenshtein';
import type { SectionKind } from '../model/schema';
import { Memo } from '../text/memo';

interface KindPattern { kind: SectionKind; phrases: string[][] }

// Each phrase is a sequence of words (already normalised: lower case, British/American
// variants folded by `normaliseWord`). Longer phrases first within a kind.
const PATTERNS: KindPattern[] = [
  { kind: 'timeline', phrases: [['chain', 'of', 'events'], ['sequence', 'of', 'events'], ['timeline'], ['time', 'line']] },
  { kind: 'root-cause', phrases: [['why', 'did', 'it', 'happen'], ['why', 'did', 'this', 'happen'], ['why', 'it', 'happened'], ['what', 'caused', 'it'], ['root', 'causes'], ['root', 'cause'], ['contributing', 'factors'], ['contributing', 'conditions'], ['contributing', 'factor'], ['five', 'whys'], ['whys'], ['trigger'], ['fault'], ['culprit'], ['cause']] },
  // The measures before the resolution: "Remediation measures" are measures, "Remediation" alone the fix.
  { kind: 'measures', phrases: [['remediation', 'measures'], ['corrective', 'and', 'preventative'], ['preventative', 'and', 'corrective'], ['corrective'], ['preventative'], ['prevention'], ['recommendations'], ['recommendation'], ['areas', 'for', 'improvement'], ['improvements'], ['improvement'], ['fixes']] },
  { kind: 'resolution', phrases: [['how', 'did', 'i', 'fix', 'it'], ['how', 'did', 'we', 'fix', 'it'], ['how', 'i', 'fixed', 'it'], ['how', 'we', 'fixed', 'it'], ['how', 'it', 'was', 'fixed'],
    // "The problem was fixed by" over the steps: a sentence the list completes, naming the fix.
    ['was', 'fixed', 'by'], ['were', 'fixed', 'by'], ['was', 'resolved', 'by'], ['was', 'solved', 'by'], ['the', 'fix'], ['resolution'], ['mitigation'], ['recovery'], ['remediation']] },
  { kind: 'lessons-learned', phrases: [['lessons', 'learned'], ['lesson', 'learned'], ['lessons', 'learnt'], ['learnings'], ['takeaways'], ['what', 'went', 'well'], ['what', 'went', 'wrong'], ['what', 'went', 'poorly'], ['what', 'went', 'badly'], ['what', 'didnt', 'go', 'well'], ['what', 'didnt', 'go', 'so', 'well'], ['what', 'did', 'not', 'go', 'well'], ['what', 'went', 'right'], ['what', 'could', 'be', 'improved'], ['what', 'could', 'have', 'gone', 'better'], ['where', 'we', 'got', 'lucky'], ['what', 'we', 'learned'], ['what', 'i', 'learned'], ['what', 'did', 'i', 'learn'], ['what', 'did', 'we', 'learn']] },
  { kind: 'action-items', phrases: [['action', 'items'], ['action', 'item'], ['follow', 'ups'], ['follow', 'up'], ['followups'], ['followup'], ['next', 'steps'], ['tasks'], ['task'], ['todo'], ['to', 'do'], ['action', 'plan']] },
  { kind: 'summary', phrases: [['executive', 'summary'], ['summary'], ['overview'], ['what', 'happened'], ['description']] },
  { kind: 'impact', phrases: [['impact'], ['affected', 'users'], ['affected', 'customers'], ['who', 'was', 'affected'], ['effects', 'and', 'extent'], ['effects'], ['effect']] },
  { kind: 'detection', phrases: [['detection', 'time'], ['detection', 'method'], ['detection']] },
  { kind: 'response', phrases: [['actions', 'taken'], ['steps', 'taken'], ['misleading'], ['investigation'], ['debugging'], ['escalation'], ['escalated'], ['response'], ['responders']] },
  { kind: 'leadup', phrases: [['leadup'], ['lead', 'up']] },
  { kind: 'supporting-information', phrases: [['supporting', 'information'], ['supporting', 'info'], ['important', 'information'], ['additional', 'information'], ['further', 'information'], ['more', 'information'], ['appendix'], ['chat', 'logs'], ['chat', 'log'], ['chat', 'transcript'], ['transcripts'], ['transcript'], ['thread']] },
];

/** Words that may surround a key phrase in a header without making it prose. */
const FILLER = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'for', 'to', 'on', 'in', 'this', 'that', 'our', 'my', 'its',
  'issue', 'issues', 'incident', 'incidents', 'outage', 'event', 'events', 'problem',
  'address', 'addressing', 'fix', 'prevent', 'list', 'items', 'item', 'details', 'detail',
  'explanation', 'analysis', 'brief', 'short', 'key', 'customer', 'user', 'business', 'service',
  'measures', 'measure', 'actions', 'action', 'steps', 'and', 'plan', 'taken', 'identified',
  'final', 'full', 'detailed', 'high', 'level', 'rca', 'report', 'notes', 'possible', 'main',
  'underlying', 'primary', 'technical', 'initial', 'immediate', 'long', 'term', 'future',
  'improvements', 'improvement', 'tracking', 'paths', 'path', 'additional', 'open', 'pending', 'completed', 'resolution',
  'users', 'customers', 'process', 'postmortem', 'ahead', 'forward', 'actionable', 'specific', 'concrete', 'proposed', 'suggested', 'recommended', 'and', 'with', 'owners',
]);

/**
 * Names of sections a reader sees that are none of the kinds: they end the section before
 * them (the paragraph after "Conclusion" is not part of the measures) and are otherwise left
 * alone. Matched like the kinds' phrases, whole name only.
 */
const OTHER_NAMES: string[][] = [
  ['conclusion'], ['conclusions'], ['summation'], ['background'], ['context'], ['call', 'to', 'action'],
  ['license'], ['references'], ['reference'], ['resources'], ['links'], ['glossary'], ['attendees'],
  ['participants'], ['contributors'], ['authors'], ['author'], ['acknowledgements'], ['acknowledgments'],
  ['open', 'questions'], ['questions'], ['faq'], ['notes'], ['findings'], ['discussion'], ['table', 'of', 'contents'],
  ['contents'], ['status'], ['severity'], ['metadata'], ['attachments'], ['supporting', 'documents'],
];

/**
 * "Improvements" and "Fixes" name measures on their own, but under the action items they are a
 * group of tasks ("### Process improvements").
 */
export function isWeakMeasuresName(name: string): boolean {
  const words = normaliseName(name);
  return words.some((w) => /^(?:improvements?|fixes)$/.test(w)) && !words.some((w) => /^(?:corrective|preventative|prevention|recommendations?)$/.test(w));
}

const WORD_FOLDS: Record<string, string> = {
  preventive: 'preventative',
  prevantive: 'preventative',
  preventitive: 'preventative',
  followups: 'followups',
  learnt: 'learned',
  causes: 'causes',
};

function normaliseWord(w: string): string {
  return WORD_FOLDS[w] ?? w;
}

export function normaliseName(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
    .map(normaliseWord);
}

/** Two adjacent letters swapped (`casue` for `cause`), in a word of five letters or more. */
function swapped(actual: string, expected: string): boolean {
  if (actual.length !== expected.length || actual.length < 5) return false;
  let i = 0;
  while (i < actual.length && actual[i] === expected[i]) i++;
  return i < actual.length - 1 && actual[i] === expected[i + 1] && actual[i + 1] === expected[i] && actual.slice(i + 2) === expected.slice(i + 2);
}

/** A word of a header read as a word of a section name: the same, two letters swapped, or (long words) one or two edits off. */
export function wordMatches(actual: string, expected: string): boolean {
  if (actual === expected || swapped(actual, expected)) return true;
  if (expected.length < 6) return false;
  // The distance is at least the difference in length: most pairs are settled without it.
  const apart = Math.abs(actual.length - expected.length);
  if (apart > 2 || (apart === 2 && !(expected.length >= 9 && actual.slice(0, 2) === expected.slice(0, 2)))) return false;
  const d = distance(actual, expected);
  // Two edits only in a long word that starts the same ("Motivation" is not "mitigation").
  return d <= 1 || (d === 2 && expected.length >= 9 && actual.slice(0, 2) === expected.slice(0, 2));
}

function findPhrase(words: string[], phrase: string[]): number {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const w = words[i + j];
      const p = phrase[j];
      if (w === undefined || p === undefined || !wordMatches(w, p)) continue outer;
    }
    return i;
  }
  return -1;
}

/**
 * The section kinds a header name denotes, in the order they are named, or [] when it is
 * not a section name. "Root Cause and Resolution" gives ['root-cause', 'resolution'].
 */
const classifyMemo = new Memo<SectionKind[]>(5_000);

export function classifySectionName(name: string): SectionKind[] {
  return classifyMemo.get(name, () => classify(name));
}

function classify(name: string): SectionKind[] {
  // `#testing-ops chat log`: a channel or tag names where it was said, not what the section is.
  const words = normaliseName(name.replace(/(^|\s)#[\p{L}\p{N}_-]+/gu, ' ')).filter((w) => !/^\d+$/.test(w));
  if (words.length === 0 || words.length > 8) return [];
  const used = new Array<boolean>(words.length).fill(false);
  const found: { kind: SectionKind; at: number }[] = [];
  for (const { kind, phrases } of PATTERNS) {
    let first = -1;
    for (const phrase of phrases) {
      const at = findPhrase(words, phrase);
      if (at < 0 || used.slice(at, at + phrase.length).some(Boolean)) continue;
      for (let k = at; k < at + phrase.length; k++) used[k] = true;
      if (first < 0 || at < first) first = at;
    }
    if (first >= 0) found.push({ kind, at: first });
  }
  if (found.length === 0) return [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!used[i] && w !== undefined && !FILLER.has(w)) return [];
  }
  found.sort((a, b) => a.at - b.at);
  // "Follow-up timeline", "Impact timeline", "Timeline of follow-ups": a timeline the other
  // words qualify is the timeline; only a conjunction joins two sections ("Timeline and
  // follow-ups", "Root Cause & Resolution").
  if (found.length > 1 && found.some((f) => f.kind === 'timeline') && !/\band\b|[&/+,]/i.test(name)) return ['timeline'];
  const kinds = found.map((f) => f.kind);
  // "Lessons learned" is not the measures: across the labelled corpus a careful reader calls its
  // bullets lessons (the item reader takes them as measures only where nothing else lists any).
  // "Corrective Actions with Owners": measures that have owners are the tasks as well.
  if (words.includes('owners') && kinds.includes('measures') && !kinds.includes('action-items')) kinds.push('action-items');
  return [...new Set(kinds)];
}

/**
 * A heading asked as a question names its section by what it asks: how or why the incident
 * was caught (or missed) is the detection ("Why nobody's sweep caught it", "How we noticed"),
 * what shows it is over is the resolution ("What proves it is over", "How we know it is
 * fixed"). Only for headings: a question in a list is a point of the list.
 */
const QUESTIONS: { kind: SectionKind; re: RegExp }[] = [
  { kind: 'detection', re: /^(?:how|why|when)\b(?:\s+[\w'’-]+){0,4}?\s+(?:caught|catch|noticed|detected|spotted|missed)(?:\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?))?\s*\??$/i },
  { kind: 'resolution', re: /^(?:what|how)\b(?:\s+[\w'’-]+){0,3}?\s+(?:proves?|shows?|know|knew|confirms?|confirmed|verified)\s+(?:that\s+)?(?:it|this|the\s+[\w-]+)\s+(?:is|was)\s+(?:over|fixed|resolved|gone|done)\s*\??$/i },
];

export function questionKinds(name: string): SectionKind[] {
  const t = name.replace(/[*_`]/g, '').trim();
  return QUESTIONS.filter((q) => q.re.test(t)).map((q) => q.kind);
}

const BUCKET = /^(?:P[0-4]|critical|urgent|high|medium|low|immediate|short[- ]term|mid[- ]term|medium[- ]term|long[- ]term)(?:[- ](?:priority|term))?(?:\s+(?:actions?|action items?|items?|fixes|tasks?|follow[- ]ups?|measures?))?(?:\s*\([^)]*\))?$/i;

/** A label that groups items by priority or horizon (`Immediate`, `Short-term`, `P1 items`). */
export function isBucketLabel(name: string): boolean {
  return BUCKET.test(name.replace(/[*_`]/g, '').replace(/[:;.]\s*$/, '').trim());
}

/** A name that is a section a reader sees but none of the kinds ("Conclusion", "References"). */
export function isOtherSectionName(name: string, heading = true): boolean {
  const words = normaliseName(name).filter((w) => !/^\d+$/.test(w) && !FILLER.has(w));
  if (words.length === 0 || words.length > 4) return false;
  const names = heading ? OTHER_NAMES : OTHER_NAMES.filter((p) => !FIELD_LIKE.has(p.join(' ')));
  return names.some((p) => p.length === words.length && p.every((w, i) => wordMatches(words[i] ?? '', w)));
}

/** Names that head a section as a heading but are a field as a bold or plain line (`**Status:**`). */
const FIELD_LIKE = new Set(['status', 'severity', 'metadata', 'notes', 'contents', 'questions', 'findings', 'context', 'author', 'authors', 'attendees', 'participants', 'contributors']);

// Misspelt as people do ("Postmorten", "POST MORTUM", "Post-Mortem").
const DOCUMENT_NAME = '(?:post[\\s-]?mort[eu][mn]|incident\\s+(?:report|review|analysis)|root\\s+cause\\s+analysis|RCA)';

/** Words that name the document itself anywhere in a line: a title candidate. */
export const DOCUMENT_NAME_RE = new RegExp(`\\b${DOCUMENT_NAME}\\b`, 'i');

/**
 * A line that names the document as what it is ("Postmortem: X", "X post-mortem",
 * "Incident report", "RCA - X"), not a word in it ("# Postmortem Linter", "how we write
 * postmortems"): a detection signal.
 */
export const NAMES_ITSELF_RE = new RegExp(`(?:^[\\W_]*${DOCUMENT_NAME}(?:\\s*(?:[:\\-–—(|]|for\\b|of\\b|on\\b|covering\\b|about\\b|regarding\\b|into\\b|report\\b|review\\b)|[\\W_]*$))|(?:\\b${DOCUMENT_NAME}[\\W_]*$)`, 'i');
