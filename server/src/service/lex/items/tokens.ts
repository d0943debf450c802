/**
 * Meaning-bearing keywords of an item: lower-case words, English stop words removed
 * (stopword), a few domain phrases joined, generic postmortem words removed, Porter-stemmed
 * (stemmer), and then folded into synonym groups.
 *
 * Why the synonym groups: measures say what to improve in general words and tasks say what
 * to do in concrete ones, so the same idea comes in different words. Calibrated on the
 * seeds and the corpus: "communication channels" is realised as "regular meetings", "improve
 * monitoring" as "add alerts" or "dashboards", "auto-scaling" as "automatic scaling",
 * "redundant servers" as "failover" or "replication", "validate" as "test". Each group is a
 * set of words a reviewer would accept as the same action; groups stay narrow so that
 * "training" does not cover "communication" (seed 004's uncovered measure).
 *
 * Why the generic words: every measure and task in a postmortem says "improve", "ensure",
 * "issues", "team", "incident", "system"; they carry no meaning for matching and made
 * seed 004's "Improve communication between teams ... of issues" look covered by
 * "Assign ownership ... to a specific team ... of issues".
 */
import { removeStopwords, eng } from 'stopword';
import { stemmer } from 'stemmer';
import { Memo } from '../../text/memo';

const SYNONYMS: Record<string, string[]> = {
  monitor: ['monitor', 'monitoring', 'monitored', 'alert', 'alerts', 'alerting', 'dashboard', 'dashboards', 'observability', 'telemetry', 'pager', 'paging'],
  communicate: ['communication', 'communications', 'communicate', 'meeting', 'meetings', 'meet', 'sync', 'syncs', 'channel', 'channels', 'coordination', 'coordinate', 'collaboration', 'collaborate', 'liaison'],
  train: ['train', 'training', 'trained', 'educate', 'education', 'workshop', 'workshops', 'onboarding'],
  test: ['test', 'testing', 'tests', 'tested', 'validate', 'validation', 'verify', 'verification', 'qa'],
  document: ['document', 'documentation', 'documented', 'runbook', 'runbooks', 'playbook', 'playbooks', 'wiki'],
  scale: ['scale', 'scaling', 'autoscaling', 'autoscale', 'capacity', 'elastic', 'scalability', 'scalable'],
  automate: ['automatic', 'automatically', 'automated', 'automate', 'automation', 'auto'],
  redundancy: ['redundant', 'redundancy', 'failover', 'replication', 'replica', 'replicas', 'standby'],
  review: ['review', 'reviews', 'audit', 'audits', 'auditing', 'inspect', 'inspection'],
  database: ['database', 'databases', 'db', 'dbs', 'mysql', 'postgres', 'postgresql'],
  deploy: ['deploy', 'deployment', 'deployments', 'rollout', 'rollouts', 'release', 'releases'],
  config: ['config', 'configuration', 'configurations', 'configure', 'settings', 'misconfiguration', 'misconfigurations', 'misconfigured'],
  owner: ['owner', 'ownership', 'accountability', 'accountable', 'responsible', 'responsibility'],
  maintain: ['maintenance', 'maintain', 'upkeep'],
  upgrade: ['upgrade', 'upgrades', 'upgraded', 'upgrading', 'patch', 'patches', 'patched', 'patching', 'bump', 'bumped'],
  remove: ['remove', 'removal', 'delete', 'deletion', 'decommission', 'retire', 'disable', 'disabled'],
  restrict: ['restrict', 'restriction', 'restrictions', 'limit', 'limits', 'limiting', 'cap', 'throttle', 'throttling'],
  rotate: ['rotate', 'rotation', 'rotating', 'renew', 'renewal', 'renewing'],
  backup: ['backup', 'backups', 'snapshot', 'snapshots'],
  revert: ['revert', 'rollback', 'rollbacks'],
  secret: ['secret', 'secrets', 'credential', 'credentials', 'token', 'tokens', 'password', 'passwords', 'apikey', 'apikeys'],
};

/**
 * Concepts that name what an item does, when it opens with one: a task that opens with a
 * different one of these, and does not carry the measure's, does another thing to the same
 * object ("Rotate the provider key" does not improve communication with the provider).
 */
export const ACTION_CONCEPTS: ReadonlySet<string> = new Set([
  'monitor', 'communicate', 'train', 'test', 'document', 'review', 'scale', 'owner',
  'upgrade', 'remove', 'restrict', 'rotate', 'backup', 'revert', 'encrypt', 'migrat', 'replac', 'assign',
]);

const GENERIC = [
  'improve', 'improvement', 'improvements', 'improved', 'enhance', 'enhanced', 'enhancement', 'ensure', 'implement',
  'implementation', 'establish', 'better', 'more', 'additional', 'new', 'future', 'similar', 'quick', 'quickly', 'issue',
  'issues', 'problem', 'problems', 'team', 'teams', 'incident', 'incidents', 'system', 'systems', 'provide', 'make',
  'take', 'help', 'able', 'address', 'arise', 'occur', 'potential', 'related', 'specific', 'thorough', 'thoroughly',
  'comprehensive', 'proper', 'properly', 'clear', 'robust', 'add', 'create', 'develop', 'conduct', 'set', 'use',
  'will', 'may', 'might', 'can', 'could', 'should', 'must', 'need', 'needs', 'etc', 'e.g', 'ie', 'regular', 'regularly', 'also', 'way', 'ways', 'any',
];

const canonical = new Map<string, string>();
for (const [group, words] of Object.entries(SYNONYMS)) for (const w of words) canonical.set(stemmer(w), group);
const generic = new Set(GENERIC.map((w) => stemmer(w)));

/** Multi-word phrases that are one idea; joined before splitting. */
const PHRASES: [RegExp, string][] = [
  [/\b(?:third|3rd)[\s-]+part(?:y|ies)\b/g, 'thirdparty'],
  [/\bauto[\s-]+scal(?:e|ing)\b/g, 'autoscaling'],
  [/\bon[\s-]+call\b/g, 'oncall'],
  [/\bload[\s-]+balanc(?:er|ers|ing)\b/g, 'loadbalancer'],
  [/\bpost[\s-]?mortems?\b/g, 'postmortem'],
  [/\brate[\s-]+limit(?:s|ing|er)?\b/g, 'ratelimit'],
  [/\bcode[\s-]?base\b/g, 'code'],
  // "provider" stems like the generic "provide"; it names a party, as "vendor" does.
  [/\bproviders?\b/g, 'vendor'],
  [/\b(?:api|access|secret|signing|private)[\s-]+keys?\b/g, 'apikey'],
];

/** The keyword set of a text, in first-seen order without repeats. */
// Tokenising and stemming is the costly part of matching; item texts rarely change
// between keystrokes. Callers must not mutate the returned array.
const keywordMemo = new Memo<string[]>();

export function keywords(text: string): string[] {
  return keywordMemo.get(text, () => computeKeywords(text));
}

function computeKeywords(text: string): string[] {
  // Link text and target exclude their opening bracket, so a run of `[` or `](` is scanned once (linear).
  let t = text.toLowerCase().replace(/\[([^[\]]*)\]\([^()]*\)/g, '$1').replace(/https?:\/\/\S+/g, ' ');
  for (const [re, joined] of PHRASES) t = t.replace(re, joined);
  const words = t.split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !/^\d+$/.test(w));
  const out: string[] = [];
  for (const w of removeStopwords(words, eng)) {
    const stem = stemmer(w);
    if (generic.has(stem)) continue;
    const key = canonical.get(stem) ?? stem;
    if (!out.includes(key)) out.push(key);
  }
  return out;
}
