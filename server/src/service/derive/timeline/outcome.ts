/**
 * What an entry says about the incident's outcome, beyond the timeline's keyword lists:
 * resolution said in words ("outage ends", "fully restored", "back to normal", "users can
 * log in again"), and an action the writer says did not work ("the rollback did not fix
 * it"), which is no mitigation.
 */
import { saysMitigation, saysResolution } from './keywords';

const NEGATED = /\b(?:not|never|no longer|wasn't|was not|isn't|is not|did not|didn't|without)\s+(?:yet\s+|fully\s+|been\s+|be\s+)?(?:resolved|solved|fixed|restored|recovered|back|over|ended|up|healthy)\b|\bunresolved\b|\bstill (?:down|failing|broken|unavailable)\b/i;

// "OUTAGE ENDS", "the incident ended", "back online", "up and running", "users could log in again".
const RESOLVED_IN_WORDS = new RegExp(
  [
    String.raw`\b(?:outage|incident|issue|problem|disruption|downtime|degradation|impact|errors?)\s+(?:\w+\s+){0,2}(?:ends?|ended|cleared|subsided|stopped|ceased|disappeared)\b`,
    String.raw`\b(?:back|came back|coming back|is back|was back)\s+(?:up|online|to normal|in service)\b`,
    String.raw`\bup and running\b`,
    String.raw`\b(?:fully|completely)\s+(?:operational|functional|available|recovered|restored|resolved)\b`,
    String.raw`\b(?:service|services|site|website|app|application|api|system|systems|server|servers)\s+(?:[\w%]+\s+){0,2}(?:restored|recovered|operational|available again|online again|working again|back)\b`,
    // "merging at its usual rate again", "traffic back to its normal levels".
    String.raw`\b(?:at|to)\s+(?:its|their|the)\s+(?:usual|normal|expected|regular)\s+(?:rate|levels?|pace|speed|throughput|volume)\b`,
    // A backlog that catches up or drains ends a lag: "the index caught up", "the queue drained".
    String.raw`\b(?:caught|catch(?:es)?|catching)\s+up\b(?!\s+(?:on|with)\b)|\b(?:backlog|queue)s?\s+(?:\w+\s+){0,2}(?:cleared|drained|emptied)\b`,
    String.raw`\b(?:again|once more)\s+(?:available|accessible|reachable|working|functional)\b|\b(?:available|accessible|reachable|working|functional|responsive)\s+again\b`,
    String.raw`\bresum(?:ed|es|ing)\s+(?:normal|service|operations?)\b|\bnormal (?:service|operations?|functionality|performance)\b`,
    String.raw`\b(?:mark(?:ed)?|declared)\s+(?:the\s+)?(?:incident\s+)?(?:as\s+)?(?:resolved|closed|over)\b`,
    String.raw`\bresolv(?:ing|es)\b|\brestoration\b|\b(?:goes|went|gone) away\b|\bsubsided\b|\bresumed\b|\bregain(?:ed|s)?\b|\brevived\b`,
    String.raw`\b(?:function(?:ing|ed|s)?|work(?:ing|ed|s)?|runn?(?:ing|s)?|perform(?:ing|ed|s)?|behav(?:ing|ed|es))\s+(?:\w+\s+)?(?:correctly|normally|properly|as expected|fine|again)\b`,
    String.raw`\b(?:accessible|available|reachable|functional|responsive|permitted|allowed|online|healthy)\s+again\b|\b(?:is|was|are|were|became|confirmed|reported)\s+(?:\w+\s+)?healthy\b`,
    // "a return to normal error rates", "returns to normal".
    String.raw`\breturn(?:s|ed|ing)?\s+to\s+(?:normal|its normal|usual|baseline|healthy)\b`,
    String.raw`\bback\s+(?:at|to|in)\s+(?:full|normal|its normal|usual|working order|work(?:ing)?|service|business|order)\b`,
    String.raw`^\W*healthy\b|\b(?:all|fully|now)\s+healthy\b`,
    // "the problem solved", "we solved the issue".
    String.raw`\b(?:issue|problem|incident|bug|error|outage)s?\s+(?:was\s+|were\s+|is\s+|got\s+|has been\s+|had been\s+)?(?:solved|sorted out)\b|\bsolved (?:the|this|that) (?:issue|problem|incident|bug|error|outage)\b`,
    // "uploads recover", "the error rate recovered": what was failing recovers.
    String.raw`\b(?:uploads?|downloads?|requests?|traffic|logins?|sign-?ins?|payments?|checkouts?|jobs?|builds?|queries|pages?|latency|error rates?|success rates?|throughput|deliver(?:y|ies)|writes?|reads?|searches|deploys?|deployments?)\s+(?:\w+\s+)?recover(?:s|ed)?\b`,
    String.raw`\b(?:can|could|were able to|was able to|are able to)\s+(?:log ?in|sign ?in|access|use|connect|reach|load|open|save|upload|download|check ?out|pay)\b(?:\s+\S+){0,4}?\s+again\b`,
  ].join('|'),
  'i',
);

/** The entry says the incident was resolved, in the timeline's words or in plain ones. */
export function saysResolved(text: string): boolean {
  // Emphasis is no word: `__Resolution:__`, `**OUTAGE ENDS**`.
  const plain = text.replace(/[*_`~]+/g, ' ');
  if (saysResolution(plain)) return true;
  return RESOLVED_IN_WORDS.test(plain) && !NEGATED.test(plain);
}

// "the rollback did not fix the issue", "restarting had no effect", "errors persisted".
const DID_NOT_WORK = new RegExp(
  [
    String.raw`\b(?:did(?:n['’]t| not)|does(?:n['’]t| not)|failed to|could(?:n['’]t| not)|was(?:n['’]t| not)\s+(?:enough|sufficient)|not\s+(?:enough|sufficient))\s*(?:\w+\s+){0,2}?(?:fix|help|resolve|solve|work|improve|restore|change|stop|mitigate|address|enough|sufficient)`,
    String.raw`\bno (?:effect|improvement|change|difference|luck)\b|\bhad no\b|\bineffective\b|\bto no avail\b|\bunsuccessful\b`,
    String.raw`\b(?:issue|problem|errors?|outage|symptoms?|latency|failures?|it)\s+(?:\w+\s+){0,2}(?:persisted|persists|continued|continues|remained|remains|returned|came back|recurred)\b`,
  ].join('|'),
  'i',
);

// "all runners were stopped, removing the access", "Ross made a commit to fix the version",
// "the compromised host was deleted": an action that contains the incident or fixes its cause.
// The writer may mean it as the end, or stop the timeline before the recovery: a reader cannot tell.
const ENDING_ACTION = new RegExp(
  [
    String.raw`\b(?:stopped|halt(?:s|ed)|paus(?:es|ed)\s+(?!to\b|for\b)(?:the\s+)?\w+|shut (?:down|off)|taken (?:down|offline)|took (?:\w+\s+){0,3}(?:down|offline)|removed|removing|revoked|revoking|rotated|rotating|isolated|isolating|quarantined|deleted|deleting|terminated|killed|contained|disabled|disabling|banned|wiped|decommissioned|pinned|downgraded)\b`,
    String.raw`\b(?:commit(?:ted)?|made (?:a |the )?commit|pushed|merged|landed|shipped|released|deployed|applied|rolled out)\s+(?:a |the |an? \w+ )?(?:to fix|fix(?:es)?|patch(?:es)?|hotfix(?:es)?)\b`,
    String.raw`\bfix(?:es)?\s+(?:was |were )?(?:committed|merged|deployed|released|pushed|applied|rolled out|landed|shipped)\b`,
    // "engineers run the manifest to rename the file and fix error on all servers".
    String.raw`\bfix(?:es|ing)?\s+(?:the\s+|this\s+|that\s+)?(?:error|issue|problem|bug|typo|fault)s?\b`,
  ].join('|'),
  'i',
);

/**
 * The entry is an action that contains the incident or fixes its cause (stopping, removing,
 * revoking, a fix committed or deployed, or a mitigation from the keyword lists), and does not
 * say it failed. Not a resolution by itself: the timeline rules say less when one ends it.
 */
export function saysEndingAction(text: string): boolean {
  const plain = text.replace(/[*_`~]+/g, ' ');
  if (saysDidNotWork(plain) || /\b(?:will|plan(?:s|ned)? to|to be|should)\b/i.test(plain)) return false;
  return ENDING_ACTION.test(plain) || saysMitigation(plain);
}

/** The entry says an earlier action did not work (or this one's own text says so). */
export function saysDidNotWork(text: string): boolean {
  return DID_NOT_WORK.test(text);
}
