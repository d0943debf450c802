/**
 * Is an action item an action? It should start with an imperative verb ("Add alerting"),
 * not a noun phrase ("Implementation of redundant servers"), not a vague promise
 * ("Investigate ...", "Look into ..."), and not a report of what was done ("Tried to ...",
 * "Fixed ..."). Leading labels, statuses and modal phrases are skipped first.
 */
import { ACTION_VERBS, IRREGULAR_PAST, VAGUE_OPENINGS } from './verbs';

export interface Actionability { ok: boolean; reason?: 'no-verb' | 'vague' | 'past-tense' }

const PREFIXES: RegExp[] = [
  /^\s*(?:[-*+]|\d+[.)])\s+/, // list marker left in the text
  /^\s*\[[ xX]?\]\s*/, // checkbox
  /^\s*(?:TODO|DONE|WIP)\b[:\s-]*/, // status words
  /^\s*(?:\(|\[)?(?:P[0-4]|high|medium|low|immediate|short[- ]term|long[- ]term)(?:\)|\])?\s*[:–—-]\s*/i,
  /^\s*(?:\(|\[)(?:P[0-4]|high|medium|low|immediate|short[- ]term|long[- ]term)(?:\)|\])\s*/i,
  /^\s*@[\w.-]+\s*[:–—-]\s*/, // @owner:
  /^\s*(?:we|the team|our team|i|they)\s+(?:will|shall|should|must|need to|are going to|plan to)\s+/i,
  /^\s*(?:will|should|must|need to|to|please)\s+/i,
];

/** A leading bold label such as "**Update Review Process:**", and the text after it. */
const BOLD_LABEL = /^\s*(\*\*|__)(.+?)\1\s*:?\s*/;

function stripPrefixes(text: string): string {
  let t = text.replace(/^\s*[*_`]+(?=\w)/, '');
  let changed = true;
  while (changed) {
    changed = false;
    for (const re of PREFIXES) {
      const next = t.replace(re, '');
      if (next !== t) { t = next; changed = true; }
    }
  }
  return t.trim();
}

function firstWord(text: string): string {
  return (/^[A-Za-z][A-Za-z-]*/.exec(text)?.[0] ?? '').toLowerCase();
}

/** Base forms a regular past participle may come from: added->add, updated->update, tried->try, stopped->stop. */
function pastBases(word: string): string[] {
  if (!word.endsWith('ed')) return [];
  const stem = word.slice(0, -2);
  const bases = [stem, word.slice(0, -1)];
  if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`);
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) bases.push(stem.slice(0, -1));
  return bases;
}

function judge(text: string): Actionability {
  const t = stripPrefixes(text);
  if (VAGUE_OPENINGS.test(t)) return { ok: false, reason: 'vague' };
  const w = firstWord(t);
  if (w === '') return { ok: false, reason: 'no-verb' };
  if (ACTION_VERBS.has(w)) return { ok: true };
  if (IRREGULAR_PAST.has(w) || pastBases(w).some((b) => ACTION_VERBS.has(b) || b === 'try')) return { ok: false, reason: 'past-tense' };
  return { ok: false, reason: 'no-verb' };
}

export function actionability(text: string): Actionability {
  const label = BOLD_LABEL.exec(text);
  if (!label) return judge(text);
  // "**Update Review Process:** Implement a peer review": either part may carry the verb.
  const rest = judge(text.slice(label[0].length));
  if (rest.ok || text.slice(label[0].length).trim() === '') return rest.ok ? rest : judge(label[2] ?? '');
  const head = judge(label[2] ?? '');
  return head.ok ? head : rest;
}

/** "was created", "were enforced", "has been re-enabled": a report of work already done. */
const PASSIVE_PAST = /\b(?:was|were|(?:has|have|had)\s+(?:(?:also|now|since|already)\s+)?been)\s+(?:(?:also|now|already|then)\s+)?(?:\w+ly\s+)?(?:re-?)?[a-z]+(?:ed|en|wn|ne|un|t)\b/i;
const FUTURE = /\b(?:will|shall|should|must|need(?:s)?\s+to|going\s+to|plan(?:s|ned)?\s+to|to\s+be|would|could|may|might)\b/i;

/**
 * An item written as already done ("Implemented stricter reviews", "New tests were created"),
 * with no word of the future in it: its status is done though no checkbox or status says so.
 */
export function writtenAsDone(text: string): boolean {
  // The first sentence says what the item is; a later "it would be better to ..." does not
  // turn work done into a promise.
  const first = text.split(/(?<=[.;!?])\s+/)[0] ?? text;
  if (FUTURE.test(first) || /^[\W_]*(?:planned|proposed|suggested|recommended|expected|intended)\b/i.test(text)) return false;
  const label = BOLD_LABEL.exec(first);
  const rest = label ? first.slice(label[0].length) : first;
  const plain = /^\s*(?:\*\*|__)?[^:*_]{2,60}?(?:\*\*|__)?\s*:\s+(?=\S)/.exec(rest);
  // "Note that in response to this error, I wrote ...": the aside and the opening clause
  // before the subject say when, not what.
  const body = (plain ? rest.slice(plain[0].length) : rest).replace(LEAD_CLAUSE, '');
  if (judge(body).reason === 'past-tense' || PASSIVE_PAST.test(body.split(/[.;]/)[0] ?? '')) return true;
  // "The team implemented a new workflow", "We added an alert": a subject, then a past verb.
  // "We have developed a script", "The team has now added ...": the same in the present perfect.
  const subject = SUBJECT.exec(body);
  if (subject === null) return false;
  const verb = body.slice(subject[0].length).replace(/^(?:have|has)\s+(?:(?:also|now|already|since|recently)\s+)?(?=[a-z])/i, '');
  return judge(verb).reason === 'past-tense';
}

const LEAD_CLAUSE = /^\s*(?:note(?:\s+that)?[:,]?\s+)?(?:(?:in response to|after|following|because of|to fix|to address|as a result of)\b[^,]{1,60},\s*)?/i;
const SUBJECT = /^\s*(?:the\s+(?:[\w-]+\s+)?team|our\s+(?:[\w-]+\s+)?team|we|i|they|(?:the\s+)?engineers?|(?:the\s+)?developers?|(?:the\s+)?on-?call(?:\s+engineer)?)\s+(?:(?:also|then|quickly|immediately|successfully|finally)\s+)?/i;

/**
 * A line introducing a list of work already done ("The following preventive measures were
 * introduced:", "We implemented the following:"): its items are done, not open tasks.
 */
export function introducesDoneWork(text: string): boolean {
  const t = text.replace(/[*_`]/g, '').trim();
  if (FUTURE.test(t) || !/:\s*$|\bfollowing\b/i.test(t)) return false;
  if (PASSIVE_PAST.test(t) && /\b(?:following|these|measures|steps|actions|changes|fixes|improvements)\b/i.test(t)) return true;
  const subject = SUBJECT.exec(t);
  return subject !== null && judge(t.slice(subject[0].length)).reason === 'past-tense' && /\bfollowing\b|:\s*$/i.test(t);
}

/**
 * Openings that are plainly not an imperative: articles, determiners, pronouns and
 * prepositions ("The dashboard ...", "For the API ..."), and nouns made from verbs
 * ("Implementation of ...", "Improvement to ...", "Monitoring for ..."). A first word the
 * verb list does not know may still be a verb ("Register the scheduler ..."), so a finding
 * that says "not an action" rests on these, not on the list's silence.
 */
const NOT_A_VERB = /^(?:the|a|an|this|that|these|those|our|their|its|his|her|my|your|all|some|any|each|every|more|better|new|no|for|on|in|of|with|to|from|by|about|regarding|re|[a-z]+(?:tion|sion|ment|ness|ity|ance|ence|ings?|ure|ship|ism))$/;

/** The task plainly opens with something other than a verb (see NOT_A_VERB); false when unsure. */
export function opensWithNonVerb(text: string): boolean {
  const label = BOLD_LABEL.exec(text);
  const body = label ? text.slice(label[0].length) : text;
  const w = firstWord(stripPrefixes(body.trim() === '' && label ? (label[2] ?? '') : body));
  return w === '' || NOT_A_VERB.test(w);
}

