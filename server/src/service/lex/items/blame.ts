/**
 * Blame in a postmortem: "human error", "careless", "X's fault", "should have known",
 * "negligence", "X forgot to". A suggestion is offered only where a rewording keeps the
 * meaning without a judgement of a person (drop the adjective, name the process gap).
 */
/** Offsets into the text; `suggestion` replaces [start, end) (it may be '' to drop a word and its space). */
export interface BlameFinding { start: number; end: number; phrase: string; suggestion?: string }

import { Memo } from '../../text/memo';
import { allMatches } from '../../text/matches';

interface Pattern { re: RegExp; suggest?: (m: RegExpExecArray) => string | undefined }

const PATTERNS: Pattern[] = [
  // "human error" says who, not what failed: the process let a manual step go wrong.
  { re: /\b(?:human|operator|user|engineer|developer)\s+error\b/gi, suggest: () => 'a manual step that no safeguard caught' },
  // Adjectives about a person's care: dropping the adjective keeps the sentence's facts.
  { re: /\b(?:careless(?:ly)?|sloppy|sloppily|lazy|negligent(?:ly)?|incompetent(?:ly)?|reckless(?:ly)?)\s+(?=\w)/gi, suggest: () => '' },
  { re: /\b(?:carelessness|negligence|incompetence|recklessness)\b/gi },
  { re: /\b(?:careless|sloppy|lazy|negligent|incompetent|reckless)\b/gi },
  // "Bob's fault", "the on-call's fault"; not "fault domain", "fault tolerance".
  { re: /\b[\w-]+'s\s+(?:fault|mistake|error|blunder)\b(?!\s*(?:domain|tolerance|injection|detector))/gi },
  { re: /\b(?:the\s+)?fault\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?/gi },
  { re: /\b(?:is|are|was|were)\s+to\s+blame\b|\bblame[ds]?\s+(?:on\s+)?(?:the\s+)?[A-Za-z-]+/gi },
  { re: /\bshould\s+have\s+(?:known|noticed|caught|checked|seen|realized|realised|double-checked)\b/gi },
  { re: /\b[\w-]+\s+forgot\s+to\b/gi },
  { re: /\b[\w-]+\s+(?:messed|screwed)\s+up\b/gi },
  // "warn him about his mistake": a person's mistake, not the system's.
  { re: /\b(?:his|her|their|your|my)\s+(?:own\s+)?(?:mistake|fault|blunder|error)s?\b/gi },
  // A person as the subject of the fault: "a programmer made a typo", "the engineer in
  // charge of the page entered an extra character". A person who made a change is a fact;
  // one who made a mistake is blame.
  { re: /\b(?:a|an|the|our|one)\s+(?:junior\s+|new\s+|senior\s+)?(?:programmer|developer|engineer|intern|admin(?:istrator)?|sysadmin|operator|employee|teammate|colleague|coworker|co-worker)\b(?:\s+[\w-]+){0,7}?\s+(?:made|caused|introduced|entered|typed|pushed|committed)\s+(?:a|an|the|some)?\s*(?:\w+\s+)?(?:typo|mistake|error|bug|wrong|extra|incorrect|faulty|bad|broken)\b/gi },
  // "an intern who bypassed standard procedures", "the engineer on call skipped the review":
  // a person as the one who broke a procedure. The procedure that let it through is the gap;
  // a change that bypassed a check, with no person named, is a fact.
  { re: /\b(?:a|an|the|our|one)\s+(?:junior\s+|new\s+|senior\s+)?(?:programmer|developer|engineer|intern|admin(?:istrator)?|sysadmin|operator|employee|teammate|colleague|coworker|co-worker|contractor|staff\s+member)\b(?:\s+[\w-]+){0,5}?\s+(?:bypassed|circumvented|ignored|skipped|violated|disregarded|side-?stepped)\s+(?:the\s+|our\s+|all\s+)?(?:standard\s+|established\s+|usual\s+|required\s+|normal\s+|mandatory\s+)?(?:procedures?|process(?:es)?|protocols?|polic(?:y|ies)|rules|guidelines|runbooks?|reviews?|approvals?|checks?|safeguards?|controls?)\b/gi },
  // "didn't run the tests before committing his changes": an omission pinned on him or her.
  { re: /\b(?:didn't|did\s+not|failed\s+to|neglected\s+to)\s+[^.;]{0,60}?\b(?:his|her)\s+(?:own\s+)?(?:changes?|code|commit|work|config\w*)\b/gi },
];

// One cheap test first: most lines have none of the trigger words. Results are memoised
// per line text (the rule runs on every keystroke over every line).
const TRIGGER = /error|careless|sloppy|lazy|neglig|incompet|reckless|fault|mistake|blunder|blame|should\s+have|forgot|messed|screwed|typo|bug|wrong|extra|incorrect|faulty|broke|bad|didn't|did\s+not|failed\s+to|bypass|circumvent|ignored|skipped|violated|disregard|side-?stepped/i;
const blameMemo = new Memo<BlameFinding[]>();

export function findBlame(text: string): BlameFinding[] {
  if (!TRIGGER.test(text)) return [];
  return blameMemo.get(text, () => computeBlame(text));
}

function computeBlame(text: string): BlameFinding[] {
  const found: BlameFinding[] = [];
  // Characters already inside a finding: checking a match costs its own length, not one pass
  // over every earlier finding (quadratic on a line repeating "human error").
  const taken = new Uint8Array(text.length);
  const overlaps = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (taken[i] === 1) return true;
    return false;
  };
  for (const { re, suggest } of PATTERNS) {
    for (const m of allMatches(text, re)) {
      const start = m.index ?? 0;
      const phrase = m[0].trimEnd();
      const end = start + phrase.length;
      if (overlaps(start, end)) continue;
      taken.fill(1, start, end);
      let s = suggest?.(m as RegExpExecArray);
      if (s && /^[A-Z]/.test(phrase)) s = s.charAt(0).toUpperCase() + s.slice(1);
      found.push(s === undefined ? { start, end, phrase } : { start, end: s === '' ? start + m[0].length : end, phrase, suggestion: s });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
